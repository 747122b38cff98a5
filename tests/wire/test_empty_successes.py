"""Empty successes (a 204, or a 200 or 202 without a body) read as ``None`` on both clients. Answers no
emulator sends come from a scripted loopback server."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

from eigenpal import AsyncEigenpalClient, EigenpalClient
from eigenpal._generated import api
from eigenpal._generated.types import Request
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


def _json_operations() -> list[Any]:
    modules = []
    for package in pkgutil.iter_modules(api.__path__):
        tag = importlib.import_module(f"{api.__name__}.{package.name}")
        for module in pkgutil.iter_modules(tag.__path__):
            endpoint = importlib.import_module(f"{tag.__name__}.{module.name}")
            if '"json"' in open(endpoint.__file__, encoding="utf-8").read():  # noqa: SIM115
                modules.append(endpoint)
    return modules


@pytest.mark.parametrize("answer", [Canned(204, b"", {}), Canned(200, b""), Canned(202, b"", {})])
async def test_an_empty_success_is_none_for_every_json_operation_in_the_pipeline(
    canned_server: CannedServer, answer: Canned
) -> None:
    operations = _json_operations()
    assert len(operations) > 40
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for endpoint in operations:
                request = Request(
                    operation_id=endpoint.OPERATION_ID, response_kind="json",
                    parse=endpoint._parse_response, method="GET", url="/v1/x",
                )  # fmt: skip
                canned_server.push(answer, answer)
                assert sync_client._pipeline.send(request) is None, endpoint.OPERATION_ID
                assert await async_client._pipeline.send(request) is None, endpoint.OPERATION_ID


async def test_deletes_the_service_may_answer_with_204_return_none(canned_server: CannedServer) -> None:
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for c in (sync_client, async_client):
                canned_server.push(*[Canned(204, b"", {})] * 4)
                assert await maybe(c.files.delete("file_1")) is None
                assert await maybe(c.automations.examples.delete(TARGET, "ex_1")) is None
                assert await maybe(c.runs.reviews.clear("run_1")) is None
                assert await maybe(c.runs.reviews.delete_expected("run_1", "a/b.json")) is None
    assert [r.method for r in canned_server.requests] == ["DELETE"] * 8

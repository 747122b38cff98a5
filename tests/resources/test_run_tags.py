"""``run(tags=...)``: today's run labels, on JSON and multipart starts, found again by ``runs.list(tag=...)``."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal._run_request import run_tags
from tests.support.canned_server import CannedServer
from tests.support.either import maybe

pytestmark = pytest.mark.anyio
TARGET = "workflows.extract-invoice"


async def test_tags_label_json_and_multipart_starts(client: Any) -> None:
    plain = await maybe(client.run(TARGET, {"n": 1}, tags=["nightly", "eu"], wait_for_completion=5))
    uploaded = await maybe(
        client.run(TARGET, {"doc": {"content": b"%PDF", "filename": "a.pdf"}}, tags=["nightly"])
    )
    assert plain.tags == ["nightly", "eu"]
    page = await maybe(client.runs.list(tag="nightly"))
    assert {run.id for run in page} == {plain.id, uploaded.id}
    assert [run.id for run in await maybe(client.runs.list(tag="eu"))] == [plain.id]


@pytest.mark.parametrize("tags", ["nightly", [""], ["a,b"], [1], b"x", {"a": 1}])
async def test_bad_tags_are_refused_before_sending(canned_server: CannedServer, tags: Any) -> None:
    for client in (
        EigenpalClient(api_key="k", base_url=canned_server.url),
        AsyncEigenpalClient(api_key="k", base_url=canned_server.url),
    ):
        with pytest.raises(EigenpalUsageError, match="tags"):
            await maybe(client.run(TARGET, {}, tags=tags))
    assert canned_server.requests == []


@given(st.lists(st.text(min_size=1).filter(lambda t: t.strip() and "," not in t), max_size=5))
def test_good_tags_pass_through_unchanged(tags: list[str]) -> None:
    assert run_tags(tags) == tags and run_tags(tuple(tags)) == tags

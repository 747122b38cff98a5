"""JSON-typed multipart parts: sent as ``application/json`` by both clients and read so by the emulator."""

from __future__ import annotations

import email.parser
import email.policy
import json

import pytest

from eigenpal import AsyncEigenpalClient, EigenpalClient
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import both, maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


def _parts(request_body: bytes, content_type: str) -> dict[str, email.message.Message]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request_body
    )
    return {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}


async def test_multipart_json_parts_are_sent_as_application_json(canned_server: CannedServer) -> None:
    accepted = {"id": "run_1", "status": "queued", "finished": False, "createdAt": "2026-01-01T00:00:00Z"}
    canned_server.push(*[Canned(201, json.dumps(accepted).encode())] * 2)
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for c in (sync_client, async_client):
                await maybe(
                    c.run(TARGET, {"contract": {"content": b"%PDF", "filename": "c.pdf"}, "n": 1},
                          metadata={"m": 1}, overrides={"steps": {}})
                )  # fmt: skip
    for sent in canned_server.requests:
        parts = _parts(sent.body, sent.headers["content-type"])
        assert {name: parts[name].get_content_type() for name in ("input", "metadata", "overrides")} == {
            "input": "application/json",
            "metadata": "application/json",
            "overrides": "application/json",
        }
        assert parts["target"].get_content_type() == "text/plain"
        assert json.loads(parts["input"].get_content()) == {"n": 1}


async def test_the_emulator_reads_json_typed_parts(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(
                c.run_and_wait(TARGET, {"contract": {"content": b"%PDF"}, "n": 7}, metadata={"m": 1})
            )
            assert run.output["input"]["n"] == 7 and emu.world.store.runs[run.id].metadata == {"m": 1}

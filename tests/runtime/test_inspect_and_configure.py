"""Inspect what happened and configure per client or per call (issue 14), on both clients."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalAPIError,
    EigenpalAuthError,
    EigenpalClient,
    EigenpalNotFoundError,
    EigenpalResponseError,
    EigenpalUsageError,
    RawResponse,
    RequestOptions,
)
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import maybe
from tests.support.hostile_server import HostileServer, answer

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


async def test_raw_responses_record_status_headers_and_request_id_of_every_method(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for c in (emu.client(), async_client):
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            with c.raw_responses() as seen:
                got = await maybe(c.runs.get(run.id))
                data = await maybe(c.runs.artifacts.download(run.id, "output/summary.json"))
            assert got.id == run.id and data  # results stay what they were
            assert [r.status_code for r in seen] == [200, 200] and all(
                isinstance(r, RawResponse) for r in seen
            )
            assert seen[0].request_id and seen[0].request_id.startswith("req_") and seen[0].method == "GET"
            assert seen[0].headers["Content-Type"].startswith("application/json")
            assert seen[0].url == f"{emu.url}/v1/runs/{run.id}"
            with pytest.raises(EigenpalNotFoundError) as missing:
                await maybe(c.runs.get("run_missing"))
            assert missing.value.response is not None and missing.value.response.status_code == 404
            assert missing.value.response.request_id == missing.value.request_id


@pytest.mark.parametrize(
    ("script", "error", "says"),
    [
        (answer("404 Not Found", b"<html>nope</html>", "text/html"), EigenpalNotFoundError, "an HTML page"),
        (
            [
                (
                    b"HTTP/1.1 301 Moved\r\nlocation: https://eigenpal.example/v1/runs/r\r\ncontent-length: 0\r\n\r\n",
                    0,
                )
            ],
            EigenpalAPIError,
            "redirected to https://eigenpal.example/v1/runs/r",
        ),
        (answer("200 OK", b"<html>login</html>", "text/html"), EigenpalResponseError, "got 'text/html'"),
    ],
)
async def test_a_wrong_base_url_is_diagnosed(script: Any, error: type[Exception], says: str) -> None:
    with HostileServer(script) as server:
        for c in (
            EigenpalClient(api_key="k", base_url=server.url),
            AsyncEigenpalClient(api_key="k", base_url=server.url),
        ):
            with pytest.raises(error) as raised:
                await maybe(c.runs.get("r"))
            assert says in str(raised.value) and "check base_url" in str(raised.value)


def test_eigenpal_log_info_shows_retries_and_their_waits_debug_adds_every_request(emu: Emulator) -> None:
    probe = "from eigenpal import EigenpalClient\nclient = EigenpalClient()\nclient.auth.check()\n"
    env = {**os.environ, "EIGENPAL_API_KEY": emu.api_key, "EIGENPAL_BASE_URL": emu.url}
    emu.fail_next("auth.check", 503, retry_after="0")
    info = subprocess.run([sys.executable, "-c", probe], env={**env, "EIGENPAL_LOG": "info"},
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert info.returncode == 0, info.stderr
    assert re.search(r"INFO GET /v1/auth/check: 503 on attempt 1; retrying in \d+\.\d\d s", info.stderr), (
        info.stderr
    )
    assert "-> 200" not in info.stderr and emu.api_key not in info.stderr
    emu.fail_next("auth.check", 503, retry_after="0")
    debug = subprocess.run([sys.executable, "-c", probe], env={**env, "EIGENPAL_LOG": "debug"},
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert "retrying in" in debug.stderr and "GET /v1/auth/check -> 200" in debug.stderr


async def test_with_options_takes_every_setting_and_shares_the_pool(emu: Emulator) -> None:
    with Emulator(latency=0.01) as other:
        async with emu.async_client() as async_client:
            for c in (emu.client(), async_client):
                await maybe(c.auth.check())
                wrong = c.with_options(api_key="ep_wrong_key")
                with pytest.raises(EigenpalAuthError):
                    await maybe(wrong.auth.check())
                moved = c.with_options(base_url=other.url, api_key=other.api_key, max_retries=0)
                assert (await maybe(moved.auth.check())).ok and moved.base_url == other.url
                assert moved._pipeline._connections is c._pipeline._connections  # one pool
                slow = c.with_options(
                    timeout_seconds=httpx.Timeout(5.0, read=30.0), default_headers={"X-Team": "ops"}
                )
                assert slow.timeout_seconds == 30.0 and (await maybe(slow.auth.check())).ok
                assert (await maybe(c.auth.check())).ok  # the original is unchanged
                with pytest.raises(EigenpalUsageError):
                    c.with_options(api_key="bad key\n")


async def test_extra_query_and_extra_body_reach_the_wire(canned_server: CannedServer) -> None:
    detail = {"review": None}
    options = RequestOptions(extra_query={"preview": True, "n": 2}, extra_body={"reviewer": {"team": "ops"}})
    for c in (
        EigenpalClient(api_key="k", base_url=canned_server.url),
        AsyncEigenpalClient(api_key="k", base_url=canned_server.url),
    ):
        canned_server.push(Canned(200, json.dumps(detail).encode()))
        await maybe(c.runs.reviews.update("run_1", verdict="correct", options=options))
        sent = canned_server.requests[-1]
        assert sent.path == "/v1/runs/run_1/reviews?preview=true&n=2"
        assert json.loads(sent.body) == {"verdict": "correct", "reviewer": {"team": "ops"}}
        with pytest.raises(EigenpalUsageError, match="extra_body"):
            await maybe(c.runs.get("run_1", options=RequestOptions(extra_body={"x": 1})))
    with pytest.raises(EigenpalUsageError):
        RequestOptions(extra_query={"x": object()})

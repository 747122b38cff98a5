"""The async client's transports (issue 13): aiohttp under asyncio, httpx under trio and for a caller's
``http_client``, with the same behaviour on each: which failures are retried, deadlines, transfers,
streams, cancellation, pools shared and closed.

Async tests run once per anyio backend (``tests/conftest.py``): ``asyncio`` exercises aiohttp, ``trio``
httpx, and each test checks which one carried its calls.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import anyio
import httpx
import pytest

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalConnectionError,
    EigenpalRateLimitError,
    EigenpalTimeoutError,
    EigenpalUsageError,
)
from eigenpal._retry import Failure, failure_of
from eigenpal._transports.aiohttp import _failure
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.hostile_server import HostileServer
from tests.support.pools import library, stuck_connections

TARGET = "workflows.extract-invoice"
KEY = "ep_live_0123456789abcdef"


def expected_library(anyio_backend: str) -> str:
    return "aiohttp" if anyio_backend == "asyncio" else "httpx"


# ---- which library carries the calls ------------------------------------------------------------------------
def test_import_eigenpal_does_not_load_aiohttp() -> None:
    probe = (
        "import sys, eigenpal\n"
        "assert 'aiohttp' not in sys.modules\n"
        "client = eigenpal.AsyncEigenpalClient(api_key='ep_x', base_url='http://127.0.0.1:9')\n"
        "assert 'aiohttp' not in sys.modules, 'made before any call'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=60)


@pytest.mark.anyio
async def test_asyncio_calls_go_through_aiohttp_and_trio_calls_through_httpx(
    emu: Emulator, anyio_backend: str
) -> None:
    async with emu.async_client() as client:
        assert (await client.auth.check()).ok
        assert library(client) == expected_library(anyio_backend)
        assert stuck_connections(client) == []


@pytest.mark.anyio
async def test_a_callers_http_client_is_used_as_it_is(emu: Emulator) -> None:
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    async with httpx.AsyncClient(event_hooks={"request": [record]}) as http:
        client = AsyncEigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=http)
        assert (await client.auth.check()).ok
        assert library(client) == "httpx" and len(seen) == 1
        await client.aclose()  # the caller's client stays open
        assert not http.is_closed


@pytest.mark.anyio
async def test_with_options_shares_the_pool_and_closing_closes_it(emu: Emulator) -> None:
    client = emu.async_client()
    quick = client.with_options(timeout_seconds=5, max_retries=0)
    assert (await quick.auth.check()).ok
    assert quick._pipeline._connections is client._pipeline._connections
    await quick.aclose()  # a no-op: the pool is the parent's
    assert (await client.auth.check()).ok
    await client.aclose()
    with pytest.raises(EigenpalUsageError, match="closed"):
        await client.auth.check()


def test_one_client_belongs_to_the_event_loop_of_its_first_call(emu: Emulator) -> None:
    client = emu.async_client()
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(client.auth.check()).ok
        with pytest.raises(EigenpalUsageError, match="event loop"):
            asyncio.run(client.auth.check())
        first.run_until_complete(client.aclose())
    finally:
        first.close()


# ---- which failures are retried ------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.anyio
@pytest.mark.usefixtures("no_backoff")
async def test_a_refused_connection_is_retried_even_for_a_start(
    anyio_backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="eigenpal")
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: refused before anything is sent
    async with AsyncEigenpalClient(api_key=KEY, base_url=url, max_retries=2) as client:
        with pytest.raises(EigenpalConnectionError) as raised:
            await client.run(TARGET, {"n": 1})
        assert library(client) == expected_library(anyio_backend)
    retried = [r for r in caplog.records if "ConnectError on attempt" in r.getMessage()]
    assert len(retried) == 2 and KEY not in str(raised.value)


class ResettingServer(HostileServer):
    """Reads each request head, then resets the connection (RST) without answering."""

    def __init__(self) -> None:
        super().__init__([])

    def _answer(self, connection: socket.socket) -> None:
        connection.settimeout(5)
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = connection.recv(65536)
            if not chunk:
                connection.close()
                return
            head += chunk
        self.requests += 1
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()


@pytest.mark.anyio
@pytest.mark.usefixtures("no_backoff")
async def test_a_reset_after_sending_is_retried_for_a_get_but_never_for_a_start(anyio_backend: str) -> None:
    with ResettingServer() as server:
        async with AsyncEigenpalClient(api_key=KEY, base_url=server.url, max_retries=2) as client:
            with pytest.raises(EigenpalConnectionError):
                await client.run(TARGET, {"n": 1})
            assert server.requests == 1
            with pytest.raises(EigenpalConnectionError):
                await client.runs.get("run_1")
            assert server.requests == 1 + 3
            assert library(client) == expected_library(anyio_backend)


@pytest.mark.anyio
@pytest.mark.usefixtures("no_backoff")
async def test_a_read_timeout_after_sending_is_retried_for_a_get_but_never_for_a_start(
    anyio_backend: str,
) -> None:
    with HostileServer([(b"", 5.0)]) as server:  # reads the request, then says nothing
        async with AsyncEigenpalClient(
            api_key=KEY, base_url=server.url, timeout_seconds=0.3, max_retries=2
        ) as client:
            with pytest.raises(EigenpalTimeoutError):
                await client.run(TARGET, {"n": 1})
            assert server.requests == 1
            with pytest.raises(EigenpalTimeoutError):
                await client.runs.get("run_1")
            assert server.requests == 1 + 3
            assert library(client) == expected_library(anyio_backend)


@pytest.mark.anyio
async def test_a_dropped_answer_is_retried_for_a_get_and_never_for_a_start(emu: Emulator) -> None:
    async with emu.async_client(max_retries=2) as client:
        run = await client.run_and_wait(TARGET, {"n": 0})
        emu.drop_next("runs.get")
        assert (await client.runs.get(run.id)).id == run.id
        emu.drop_next("runs.start")
        with pytest.raises(EigenpalConnectionError):
            await client.run(TARGET, {"n": 1})
        await anyio.sleep(0.2)
        assert len(emu.world.store.runs) == 2  # the dropped start ran once, and was not sent again


@pytest.mark.anyio
async def test_503_and_retry_after_are_honoured_for_a_start(emu: Emulator) -> None:
    async with emu.async_client(max_retries=2) as client:
        emu.fail_next("runs.start", 503, retry_after="0")
        started = await client.run(TARGET, {"n": 1})
        assert started.id and len(emu.world.store.runs) == 1
        emu.fail_next("runs.get", 429, count=3, retry_after="0")
        with pytest.raises(EigenpalRateLimitError) as raised:
            await client.runs.get(started.id)
        assert raised.value.retry_after == 0


def test_each_aiohttp_failure_maps_to_the_httpx_exception_the_retry_policy_reads() -> None:
    """Each aiohttp failure reaches the retry policy (``test_retry_policy.py``) as the outcome it is."""
    cases: list[tuple[BaseException, type[httpx.TransportError], Failure]] = [
        (aiohttp.ConnectionTimeoutError("no slot in time"), httpx.ConnectTimeout, Failure.NOT_SENT),
        (aiohttp.SocketTimeoutError("stalled"), httpx.ReadTimeout, Failure.TIMEOUT),
        (asyncio.TimeoutError(), httpx.ReadTimeout, Failure.TIMEOUT),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, Failure.MAYBE_SENT),
        (aiohttp.ClientPayloadError("cut short"), httpx.RemoteProtocolError, Failure.MAYBE_SENT),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError, Failure.MAYBE_SENT),
        (ConnectionResetError(104, "reset"), httpx.ReadError, Failure.MAYBE_SENT),
    ]
    for error, expected, outcome in cases:
        assert type(_failure(error)) is expected, error
        assert failure_of(_failure(error)) is outcome, error
    for error, _, _ in cases:  # only a failure to connect means nothing was sent
        assert not isinstance(_failure(error), httpx.ConnectError)


# ---- timeouts ------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_per_call_timeout_bounds_one_call(emu: Emulator) -> None:
    from eigenpal import RequestOptions

    async with emu.async_client(max_retries=0) as client:
        emu.add_latency("auth.check", 2.0)
        started = time.monotonic()
        with pytest.raises(EigenpalTimeoutError):
            await client.auth.check(options=RequestOptions(timeout_seconds=0.3))
        assert time.monotonic() - started < 1.5
        assert (await client.auth.check()).ok


# ---- transfers and streams -----------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_uploads_stream_with_progress_and_downloads_go_to_disk(
    emu: Emulator, tmp_path: Path, anyio_backend: str
) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    async with emu.async_client() as client:
        seen: list[tuple[int, int | None]] = []
        uploaded = await client.files.upload(source, progress=lambda done, total: seen.append((done, total)))
        assert library(client) == expected_library(anyio_backend)
        assert seen[-1] == (len(data), len(data))
        assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
        got: list[tuple[int, int | None]] = []
        target = tmp_path / "copy.bin"
        written = await client.files.download(
            uploaded.id, to=target, progress=lambda d, t: got.append((d, t))
        )
        assert written == len(data) and target.read_bytes() == data and got[-1] == (len(data), len(data))
        assert await client.files.download(uploaded.id) == data
        emu.drop_next("files.content.get")
        assert await client.files.download(uploaded.id, to=tmp_path / "retried.bin") == len(data)
        assert (tmp_path / "retried.bin").read_bytes() == data
        with source.open("rb") as handle:
            run = await client.run_and_wait(
                TARGET, {"doc": handle, "inline": {"content": b"x", "filename": "x.txt"}}
            )
        assert sorted(run.output["files"]) == ["doc", "inline"]
        assert stuck_connections(client) == []


@pytest.mark.anyio
async def test_an_ndjson_stream_yields_each_line_as_it_arrives(canned_server: CannedServer) -> None:
    events = [{"type": "started", "n": 1}, {"type": "progress", "text": "é" * 70_000}, {"type": "done"}]
    body = "\n".join(json.dumps(e, ensure_ascii=False) for e in events[:2]).encode() + b"\r\n"
    body += json.dumps(events[2]).encode()  # the last line has no line ending
    canned_server.push(Canned(200, body, {"content-type": "application/x-ndjson"}))
    async with AsyncEigenpalClient(api_key=KEY, base_url=canned_server.url) as client:
        lines = [line async for line in client.automations.experiments.create_stream(TARGET, {})]
    assert [line.data for line in lines] == events
    assert [json.loads(line) for line in lines] == events


@pytest.mark.anyio
async def test_run_and_wait_long_polls_over_either_library(emu: Emulator) -> None:
    emu.set_latency(0.3)
    async with emu.async_client() as client:
        started = time.monotonic()
        run = await client.run_and_wait(TARGET, {"n": 1})
        assert run.finished and run.execution.status == "completed"
        assert time.monotonic() - started < 2


# ---- cancellation --------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_cancelled_download_gives_its_connection_back(emu: Emulator, tmp_path: Path) -> None:
    emu.set_latency(0.01)
    async with emu.async_client() as client:
        uploaded = await client.files.upload({"content": os.urandom(4 * 1024 * 1024), "filename": "a.bin"})
        for delay in (0.0, 0.001, 0.005, 0.02):
            with anyio.move_on_after(delay):
                await client.files.download(uploaded.id, to=tmp_path / "a.bin")
            assert stuck_connections(client) == []
        assert not list(tmp_path.glob("*.part"))
        assert await client.files.download(uploaded.id, to=tmp_path / "a.bin") == 4 * 1024 * 1024


ASYNC_STREAMING_PROBE = """
import asyncio, hashlib, os, resource, sys
from pathlib import Path
from eigenpal import AsyncEigenpalClient

url, key, size_mib, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
source = workdir / "source.bin"
block = os.urandom(1024 * 1024)
with source.open("wb") as out:
    for _ in range(size_mib):
        out.write(block)

async def main() -> None:
    async with AsyncEigenpalClient(api_key=key, base_url=url, timeout_seconds=300) as client:
        await client.auth.check()
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        uploaded = await client.files.upload(source)
        await client.run("workflows.extract-invoice", {"doc": source})
        await client.files.download(uploaded.id, to=workdir / "copy.bin")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        digest = lambda p: hashlib.sha256(p.read_bytes()).digest()
        same = digest(source) == digest(workdir / "copy.bin")
        kind = type(client._pipeline._connections.current).__name__
        print((peak - baseline) // 1024, uploaded.size, same, kind)

asyncio.run(main())
"""


@pytest.mark.slow
def test_a_large_upload_and_download_stream_in_bounded_memory_through_aiohttp(tmp_path: Path) -> None:
    size_mib = 160
    with Emulator(
        latency=0.01, max_upload_bytes=300 * 1024 * 1024, validate_responses=False, body_limit=None
    ) as emu:
        result = subprocess.run(
            [sys.executable, "-c", ASYNC_STREAMING_PROBE, emu.url, emu.api_key, str(size_mib), str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    grown_mib, size, same, kind = result.stdout.split()
    assert kind == "AiohttpHTTP" and int(size) == size_mib * 1024 * 1024 and same == "True"
    assert int(grown_mib) < 32, f"peak RSS grew by {grown_mib} MiB while streaming {size_mib} MiB"

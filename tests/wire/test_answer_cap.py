"""Bounded answers (issue 18, item 8): a JSON answer, an error body or an NDJSON line larger than
``max_response_bytes`` raises ``EigenpalResponseTooLargeError`` as soon as the cap is passed, on every
transport, holding about the cap in memory rather than everything a server sends before the deadline.
Downloads are not capped. Each test runs on every transport (``tests/support/clients.py``).
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalClient,
    EigenpalResponseTooLargeError,
    EigenpalUsageError,
)
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.clients import KEY, clients_for, close
from tests.support.either import collect, maybe
from tests.support.hostile_server import HostileServer, endless

MiB = 1024 * 1024
TARGET = "workflows.extract-invoice"
BLOCK = b'{"a": "' + b"x" * 65_000 + b'"},'
"""A piece of an endless JSON array."""
ENDLESS_BODIES = {
    "read until close": endless(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n[", BLOCK),
    "chunked": endless(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n1\r\n[\r\n",
        f"{len(BLOCK):x}\r\n".encode() + BLOCK + b"\r\n",
    ),
}


async def peak_while(call: Any) -> tuple[BaseException | None, int]:
    """What ``call`` raised, and the peak of Python's traced allocations while it ran (bytes)."""
    tracemalloc.start()
    try:
        await maybe(call())
    except Exception as error:
        return error, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return None, 0


@pytest.mark.anyio
@pytest.mark.parametrize("script", ENDLESS_BODIES.values(), ids=list(ENDLESS_BODIES))
async def test_an_endless_json_answer_stops_at_the_cap_in_bounded_memory(
    script: Any, anyio_backend: str
) -> None:
    with HostileServer(script) as server:
        for client in clients_for(anyio_backend, server.url, max_response_bytes=MiB, timeout_seconds=20):
            raised, peak = await peak_while(lambda client=client: client.runs.get("run_1"))
            assert isinstance(raised, EigenpalResponseTooLargeError), repr(raised)
            assert raised.limit == MiB and "max_response_bytes" in str(raised) and "runs.get" in str(raised)
            assert peak < 16 * MiB, f"{type(client).__name__} held {peak / MiB:.0f} MiB for a 1 MiB cap"
            await close(client)


@pytest.mark.anyio
async def test_a_content_length_over_the_cap_fails_before_reading(anyio_backend: str) -> None:
    """The body never comes: reading it would end in a timeout, not in this error."""
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000000\r\n\r\n"
    with HostileServer([(head, 0.0), (b"{", 30.0)]) as server:
        for client in clients_for(anyio_backend, server.url, max_response_bytes=MiB, timeout_seconds=20):
            with pytest.raises(EigenpalResponseTooLargeError, match="max_response_bytes"):
                await maybe(client.runs.get("run_1"))
            await close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("call", ["runs.get", "files.download", "create_stream"])
async def test_an_endless_error_body_is_capped_and_not_retried(call: str, anyio_backend: str) -> None:
    head = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\r\n"
    calls = {
        "runs.get": lambda c: c.runs.get("run_1"),
        "files.download": lambda c: c.files.download("file_1"),
        "create_stream": lambda c: collect(c.automations.experiments.create_stream(TARGET, {})),
    }
    with HostileServer(endless(head, BLOCK)) as server:
        for client in clients_for(anyio_backend, server.url, max_response_bytes=MiB, max_retries=2):
            sent = server.requests
            with pytest.raises(EigenpalResponseTooLargeError) as raised:
                await maybe(calls[call](client))
            assert raised.value.status == 503 and server.requests == sent + 1  # never retried
            await close(client)


@pytest.mark.anyio
async def test_the_cap_is_inclusive_and_with_options_sets_it(
    canned_server: CannedServer, anyio_backend: str
) -> None:
    body = json.dumps({"id": "run_1", "pad": "x" * 2000}).encode()
    for client in clients_for(anyio_backend, canned_server.url, max_response_bytes=len(body)):
        canned_server.push(Canned(200, body), Canned(200, body), Canned(200, body))
        assert (await maybe(client.runs.get("run_1"))).id == "run_1"  # exactly the cap: read
        smaller = client.with_options(max_response_bytes=len(body) - 1)
        assert smaller.max_response_bytes == len(body) - 1 and client.max_response_bytes == len(body)
        with pytest.raises(EigenpalResponseTooLargeError):
            await maybe(smaller.runs.get("run_1"))
        assert (await maybe(client.runs.get("run_1"))).id == "run_1"
        await close(client)


@pytest.mark.anyio
async def test_a_stream_line_is_capped_but_the_stream_is_not(anyio_backend: str) -> None:
    lines = b"".join(json.dumps({"type": "progress", "n": n}).encode() + b"\n" for n in range(200))
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/x-ndjson\r\n\r\n"
    with HostileServer([(head + lines, 0.0)]) as server:  # 200 short lines, 5 KiB in all
        for client in clients_for(anyio_backend, server.url, max_response_bytes=1024):
            events = await collect(client.automations.experiments.create_stream(TARGET, {}))
            assert [event.data["n"] for event in events] == list(range(200))
            await close(client)
    with HostileServer(endless(head + b'{"type": "progress", "text": "', b"x" * 65_536)) as server:
        for client in clients_for(anyio_backend, server.url, max_response_bytes=MiB):

            async def stream(client: Any = client) -> Any:
                return await collect(client.automations.experiments.create_stream(TARGET, {}))

            raised, peak = await peak_while(stream)
            assert isinstance(raised, EigenpalResponseTooLargeError) and "a line of the stream" in str(raised)
            assert peak < 16 * MiB
            await close(client)


@pytest.mark.anyio
async def test_downloads_are_not_capped(emu: Emulator, tmp_path: Path, anyio_backend: str) -> None:
    data = b"0123456789abcdef" * (MiB // 8)  # 2 MiB
    for client in clients_for(anyio_backend, emu.url, api_key=emu.api_key, max_response_bytes=MiB):
        uploaded = await maybe(client.files.upload({"content": data, "filename": "big.bin"}))
        assert await maybe(client.files.download(uploaded.id)) == data
        assert await maybe(client.files.download(uploaded.id, to=tmp_path / "big.bin")) == len(data)
        await close(client)


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "64", None])
def test_max_response_bytes_must_be_a_positive_whole_number(value: object) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError, match="max_response_bytes"):
            factory(api_key=KEY, base_url="http://127.0.0.1:9", max_response_bytes=value)  # type: ignore[arg-type]
        client = factory(api_key=KEY, base_url="http://127.0.0.1:9")
        if value is not None:  # None keeps the setting in with_options
            with pytest.raises(EigenpalUsageError, match="max_response_bytes"):
                client.with_options(max_response_bytes=value)  # type: ignore[arg-type]
        assert client.max_response_bytes == 64 * MiB


@pytest.mark.anyio
async def test_stream_lines_end_only_at_a_newline(anyio_backend: str) -> None:
    """Lines are split by the SDK on every transport: a JSON string holding U+2028 (valid unescaped JSON,
    which ``str.splitlines`` breaks on) stays one line."""
    events = [{"type": "log", "text": "a\u2028b\u2029c\x85d"}, {"type": "done"}]
    body = b"".join(json.dumps(event, ensure_ascii=False).encode() + b"\r\n" for event in events)
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/x-ndjson\r\n\r\n"
    with HostileServer([(head + body, 0.0)]) as server:
        for client in clients_for(anyio_backend, server.url):
            lines = await collect(client.automations.experiments.create_stream(TARGET, {}))
            assert [line.data for line in lines] == events
            await close(client)

"""A client's lifecycle on every transport (issue 18): closed clients, event loops, garbage collection.

A call on a closed client is an ``EigenpalUsageError`` that says how to fix it, whatever carries the
calls (httpx for the blocking client and trio, aiohttp under asyncio, a caller's ``http_client``). The
"another event loop" message appears only when another open loop holds the connections; a loop that
``asyncio.run`` has closed is followed to the new one. A client collected unclosed closes quietly:
nothing on stderr under the default warning filters, one ``ResourceWarning`` of ours when asked for.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import subprocess
import sys
import threading
import weakref
from typing import Any

import httpx
import pytest
import trio

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator
from tests.support.either import maybe
from tests.support.pools import library


async def close(client: Any) -> None:
    await maybe(client.aclose() if hasattr(client, "aclose") else client.close())


def clients(emu: Emulator) -> list[tuple[str, Any, Any]]:
    """(name, client, the caller's http_client or None) for every way calls are carried."""
    sync_http, async_http = httpx.Client(), httpx.AsyncClient()
    return [
        ("sync", emu.client(), None),
        ("async", emu.async_client(), None),
        ("sync http_client", emu.client(http_client=sync_http), sync_http),
        ("async http_client", emu.async_client(http_client=async_http), async_http),
    ]


# ---- closed clients ------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_call_on_a_closed_client_is_a_usage_error_that_says_how_to_fix_it(
    emu: Emulator, anyio_backend: str
) -> None:
    for name, client, http_client in clients(emu):
        made_before = client.with_options(max_retries=0)
        assert (await maybe(client.auth.check())).ok, name
        if name == "async":
            assert library(client) == ("aiohttp" if anyio_backend == "asyncio" else "httpx")
        await close(client)
        await close(client)  # closing twice is fine
        await close(made_before)  # and so is closing a copy
        for user in (client, made_before, client.with_options(timeout_seconds=5)):
            with pytest.raises(EigenpalUsageError) as raised:
                await maybe(user.auth.check())
            message = str(raised.value)
            assert f"this {type(client).__name__} is closed" in message, (name, message)
            block = "`async with`" if isinstance(client, AsyncEigenpalClient) else "`with`"
            assert "make a new one" in message and block in message, (name, message)
            assert emu.api_key not in message
        if http_client is not None:  # the caller's client is the caller's to close
            assert not http_client.is_closed
            await close(http_client)


@pytest.mark.anyio
async def test_a_closed_callers_http_client_is_a_usage_error_naming_it(emu: Emulator) -> None:
    async with httpx.AsyncClient() as http_client:
        client = emu.async_client(http_client=http_client)
        assert (await client.auth.check()).ok
    with pytest.raises(EigenpalUsageError, match="the http_client passed to AsyncEigenpalClient is closed"):
        await client.auth.check()
    with httpx.Client() as sync_http_client:
        sync_client = emu.client(http_client=sync_http_client)
    with pytest.raises(EigenpalUsageError, match="the http_client passed to EigenpalClient is closed"):
        sync_client.auth.check()


def test_after_async_with_in_one_loop_a_call_in_another_says_closed_not_another_loop(emu: Emulator) -> None:
    client = emu.async_client()

    async def use_and_close() -> None:
        async with client:
            assert (await client.auth.check()).ok

    async def call() -> None:
        await client.auth.check()

    asyncio.run(use_and_close())
    for run_in_another_loop in (lambda: asyncio.run(call()), lambda: trio.run(call)):
        with pytest.raises(EigenpalUsageError, match="this AsyncEigenpalClient is closed") as raised:
            run_in_another_loop()
        assert "event loop" not in str(raised.value)


# ---- event loops ---------------------------------------------------------------------------------------------
def test_another_open_loop_is_the_other_loop_error(emu: Emulator) -> None:
    client = emu.async_client()
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(client.auth.check()).ok
        with pytest.raises(EigenpalUsageError, match="belong to another event loop, which is still open"):
            asyncio.run(client.auth.check())
        first.run_until_complete(client.aclose())
    finally:
        first.close()


def test_a_client_follows_asyncio_run_to_a_new_loop_once_the_old_one_is_closed(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    """A script or notebook calling ``asyncio.run`` again with a client made at the top."""
    caplog.set_level(logging.DEBUG, logger="asyncio")
    client = emu.async_client()
    pools: list[Any] = []

    async def call() -> None:
        assert (await client.auth.check()).ok
        http = client._pipeline._connections.current
        pools.append((http._session, http.connector))

    for _ in range(3):
        asyncio.run(call())
    sessions = [session for session, _ in pools]
    assert len(set(map(id, sessions))) == 3 and all(session.closed for session in sessions[:2])
    assert [connector.closed for _, connector in pools] == [True, True, False]
    asyncio.run(client.aclose())
    assert sessions[-1].closed
    assert not [r for r in caplog.records if "Unclosed" in r.getMessage()], caplog.text


def test_an_asyncio_client_called_under_trio_is_a_usage_error(emu: Emulator) -> None:
    client = emu.async_client()
    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(client.auth.check()).ok
        with pytest.raises(EigenpalUsageError, match="under asyncio") as raised:
            trio.run(client.auth.check)  # type: ignore[arg-type]
        assert "make one client per event loop" in str(raised.value)
        loop.run_until_complete(client.aclose())
    finally:
        loop.close()


# ---- garbage collection --------------------------------------------------------------------------------------
def test_a_collected_unclosed_client_closes_its_connections_with_one_resource_warning(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    """Under asyncio (aiohttp); httpx's sockets, under trio and in the blocking client, close as collected."""
    caplog.set_level(logging.DEBUG, logger="asyncio")

    async def main() -> None:
        client = emu.async_client()
        assert (await client.auth.check()).ok
        connector = weakref.ref(client._pipeline._connections.current.connector)
        with pytest.warns(ResourceWarning, match="an AsyncEigenpalClient was not closed") as seen:
            del client
            gc.collect()
        assert len([w for w in seen if "AsyncEigenpalClient" in str(w.message)]) == 1
        held = connector()
        assert held is None or held.closed
        await asyncio.sleep(0.05)  # the transports finish closing on the loop

    asyncio.run(main())
    assert not [r for r in caplog.records if "Unclosed" in r.getMessage()], caplog.text


def test_a_client_collected_in_another_thread_than_its_loops_is_closed_on_that_loop(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asyncio")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    try:
        client = emu.async_client()
        assert asyncio.run_coroutine_threadsafe(client.auth.check(), loop).result(timeout=30).ok
        connector = client._pipeline._connections.current.connector
        with pytest.warns(ResourceWarning, match="an AsyncEigenpalClient was not closed"):
            del client
            gc.collect()
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0.05), loop).result(timeout=30)
        assert connector.closed and not connector._conns
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()
    assert not [r for r in caplog.records if "Unclosed" in r.getMessage()], caplog.text


PROBE = """
import asyncio, gc, sys
import trio
from eigenpal import AsyncEigenpalClient, EigenpalClient

url, key, shape = sys.argv[1:]
if shape == "asyncio, kept until exit":
    client = AsyncEigenpalClient(api_key=key, base_url=url)
    assert asyncio.run(client.auth.check()).ok
elif shape == "asyncio, a notebook cell run twice":
    for _ in range(2):
        async def cell():
            client = AsyncEigenpalClient(api_key=key, base_url=url)
            assert (await client.auth.check()).ok
        asyncio.run(cell())
        gc.collect()
elif shape == "asyncio, collected while the loop runs":
    async def main():
        for _ in range(2):
            client = AsyncEigenpalClient(api_key=key, base_url=url)
            assert (await client.auth.check()).ok
            del client
            gc.collect()
            await asyncio.sleep(0.05)
    asyncio.run(main())
elif shape == "trio, kept until exit":
    client = AsyncEigenpalClient(api_key=key, base_url=url)
    assert trio.run(client.auth.check).ok
else:
    client = EigenpalClient(api_key=key, base_url=url)
    assert client.auth.check().ok
"""
SHAPES = [
    "asyncio, kept until exit",
    "asyncio, a notebook cell run twice",
    "asyncio, collected while the loop runs",
    "trio, kept until exit",
    "sync, kept until exit",
]


def probe(emu: Emulator, shape: str, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS", "PYTHONDEVMODE")}
    return subprocess.run(
        [sys.executable, *flags, "-c", PROBE, emu.url, emu.api_key, shape],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("shape", SHAPES)
def test_an_unclosed_client_prints_nothing_on_stderr(emu: Emulator, shape: str) -> None:
    result = probe(emu, shape)
    assert result.returncode == 0 and result.stderr == "", result.stderr[-3000:]


@pytest.mark.parametrize("shape", SHAPES[:3])
def test_asked_for_resource_warnings_an_unclosed_client_gives_ours_and_no_aiohttp_reports(
    emu: Emulator, shape: str
) -> None:
    result = probe(emu, shape, "-W", "always::ResourceWarning")
    assert result.returncode == 0, result.stderr[-3000:]
    clients_made = 1 if shape.endswith("exit") else 2
    assert result.stderr.count("an AsyncEigenpalClient was not closed") == clients_made, result.stderr[-3000:]
    assert "Unclosed client session" not in result.stderr and "Unclosed connector" not in result.stderr
    assert emu.api_key not in result.stderr


def test_a_sync_client_made_with_a_callers_http_client_is_closed_after_close(emu: Emulator) -> None:
    with httpx.Client() as http_client:
        client = EigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=http_client)
        with client:
            assert client.auth.check().ok
        with pytest.raises(EigenpalUsageError, match="this EigenpalClient is closed"):
            client.auth.check()
        assert not http_client.is_closed

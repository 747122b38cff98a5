"""The SDK's own pool transport: httpx's, with a per-call deadline and no slot lost to a cancellation.

Every connect, read and write is capped by the deadline of the call (``eigenpal._deadline``), so a server
that trickles its answer cannot keep a JSON call past ``timeout_seconds``.

httpcore 1.0.x (encode/httpcore#1093) can leave a connection it created for a request in the pool, never
connected, when that request is cancelled before it connects: the connection is neither idle, closed nor
expired, so it holds its slot for good, and after enough cancellations every call waits for a slot until
it times out. After a request that ends in an exception (a cancellation included) this transport removes
such orphans and lets queued requests take the freed slots, so a cancelled call always gives its
connection back, and a cancellation comes out as itself, never wrapped in an exception group (anyio's
trio connect wraps it). It reads httpcore's pool internals; should they change shape, reclaiming does nothing
(and the cancellation-storm test fails), never worse.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from .._compat import async_shield, lone_cancellation
from .._deadline import capped


class AsyncTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` whose pool never keeps a slot for a request that is gone."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        pool: Any = self._pool
        pool._network_backend = AsyncDeadlineBackend(pool._network_backend)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except BaseException as error:
            with async_shield():
                await self._reclaim_orphans()
            cancelled = lone_cancellation(error)
            if cancelled is not None:
                raise cancelled from None
            raise

    async def _reclaim_orphans(self) -> None:
        pool: Any = self._pool
        try:
            with pool._optional_thread_lock:
                claimed = {id(waiting.connection) for waiting in pool._requests}
                orphans = [c for c in pool._connections if id(c) not in claimed and _never_connected(c)]
                for connection in orphans:
                    pool._connections.remove(connection)
                closing = pool._assign_requests_to_connections() if orphans else []
        except AttributeError:  # another httpcore: nothing to reclaim that we know of
            return
        for connection in [*orphans, *closing]:
            await connection.aclose()


def _never_connected(connection: object) -> bool:
    """A connection made for a request that never started connecting, and never failed to."""
    return (
        getattr(connection, "_connection", False) is None
        and getattr(connection, "_connect_failed", None) is False
    )


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend with every timeout capped by the current call's deadline."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        limit = capped(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, limit, local_address, socket_options)
        return AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        limit = capped(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(await self._backend.connect_unix_socket(path, limit, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    """A connection whose reads and writes stop at the current call's deadline."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, capped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, capped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        limit = capped(timeout, httpcore.ConnectTimeout)
        return AsyncDeadlineStream(await self._stream.start_tls(ssl_context, server_hostname, limit))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)

"""The httpx transport: ``AsyncHTTP`` over an ``httpx.AsyncClient``, and the SDK's own pool behind it.

Imported on the first call that uses httpx (the blocking client, trio, a caller's ``http_client``), never by
``import eigenpal``: it loads httpcore, as httpx does when it makes a pool.

The pool is httpx's transport with two changes. Every connect, read and write is capped by the deadline of
the call (``deadline.py``), so a server that trickles its answer cannot keep a JSON call past
``timeout_seconds``. And no slot is lost to a cancellation: httpcore 1.0.x (encode/httpcore#1093) can leave
a connection it created for a request in the pool, never connected, when that request is cancelled before
it connects: the connection is neither idle, closed nor expired, so it holds its slot for good, and after
enough cancellations every call waits for a slot until it times out. After a request that ends in an
exception (a cancellation included) ``AsyncTransport`` removes such orphans and lets queued requests take
the freed slots, so a cancelled call always gives its connection back, and a cancellation comes out as
itself, never wrapped in an exception group (anyio's trio connect wraps it). It reads httpcore's pool
internals; should they change shape, reclaiming does nothing (and the cancellation-storm test fails),
never worse.
"""

from __future__ import annotations

import functools
import re
import ssl
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from ..._compat import async_shield, lone_cancellation
from ..._errors import EigenpalUsageError
from ..._generated.types import UNSET, Request
from ..base import POOL_SIZE
from ..deadline import capped, deadline
from ..limits import AnswerTooLarge, check_length
from .closed import CALLERS_CLOSED, CLOSED

if TYPE_CHECKING:
    from ..proxies import Proxy


class AsyncHttpxHTTP:
    """``AsyncHTTP`` over an ``httpx.AsyncClient``: a pool of the SDK's own, or the caller's ``http_client``.

    Requests to the SDK's own pool go straight to its transport (``AsyncTransport``), skipping what the
    client adds per request and the SDK never uses (cookies, auth and redirect flows, event hooks); a
    caller's client sends as usual, so its own headers, hooks and settings apply.
    """

    def __init__(
        self, base_url: str, headers: Mapping[str, str], http_client: httpx.AsyncClient | None = None
    ) -> None:
        self._base_url, self._base = base_url, httpx.URL(base_url)
        self._proxied: dict[Proxy, AsyncTransport] = {}
        """A pool per proxy that calls go through (made on its first call), beside the direct one."""
        if http_client is None:
            limits = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE)
            self._transport: AsyncTransport | None = AsyncTransport(limits=limits)
            self.client = httpx.AsyncClient(
                headers=headers, follow_redirects=False, transport=self._transport
            )
        else:
            self._transport = None
            self.client = http_client
        self._headers = self.client.headers if http_client is None else httpx.Headers(headers)

    def build(
        self,
        request: Request[Any],
        url: str,
        headers: Mapping[str, str],
        timeout: float,
        proxy: Proxy | None,
    ) -> tuple[httpx.Request, AsyncTransport | None]:
        """The request, and the pool that sends it (``None``: the caller's client, with its own proxies)."""
        merged = self._headers
        if headers:
            merged = merged.copy()
            merged.update(headers)
        body: dict[str, Any] = {}
        if request.json is not UNSET:
            body["json"] = request.json
        if request.files is not None:
            body["files"] = request.files
        if request.content is not None:
            body["content"] = request.content
        params = request.params or None
        if self._transport is None:
            built = self.client.build_request(
                request.method, url, params=params, headers=merged, timeout=_timeout(timeout), **body
            )
            return built, None
        extensions = {"timeout": _timeouts(timeout)}
        target = _joined(self._base, url[len(self._base_url) :]) if url.startswith(self._base_url) else None
        built = httpx.Request(
            request.method, target or url, params=params, headers=merged, extensions=extensions, **body
        )
        return built, self._transport if proxy is None else self._through(proxy)

    def _through(self, proxy: Proxy) -> AsyncTransport:
        """The pool whose connections go through ``proxy`` (https hosts in a CONNECT tunnel)."""
        transport = self._proxied.get(proxy)
        if transport is None:
            limits = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE)
            made = AsyncTransport(limits=limits, proxy=httpx.Proxy(proxy.url, headers=proxy.headers))
            transport = self._proxied.setdefault(proxy, made)  # two threads making one: a single pool
        return transport

    async def send(
        self,
        built: tuple[httpx.Request, AsyncTransport | None],
        timeout: float,
        *,
        whole: bool,
        limit: int,
        unbounded: bool = False,
    ) -> httpx.Response:
        request, transport = built
        if unbounded:
            request.extensions = {**request.extensions, "timeout": _connect_only(timeout)}
        if self.client.is_closed:  # ours only while a close races a call; a caller's when they closed it
            raise EigenpalUsageError(CLOSED if self._transport is not None else CALLERS_CLOSED)
        if transport is None:  # the caller's client: its own settings, hooks and timeouts
            if not whole:
                response = await self.client.send(request, stream=True)
                if not 200 <= response.status_code < 300:
                    await _read(response, limit)
                return response
            with deadline(timeout):
                response = await self.client.send(request, stream=True)
                await _read(response, limit)
            return response
        if not whole:
            response = await transport.handle_async_request(request)
            if not 200 <= response.status_code < 300:
                await _read(response, limit)
        else:
            with deadline(timeout):
                response = await transport.handle_async_request(request)
                await _read(response, limit)
        response.request = request
        return response

    async def aclose(self) -> None:
        await self.client.aclose()
        for transport in self._proxied.values():
            await transport.aclose()


async def _read(response: httpx.Response, limit: int) -> None:
    """Read ``response``'s body into it, as ``aread`` does, counting: more than ``limit`` bytes raise
    ``AnswerTooLarge`` at once (before reading, when ``Content-Length`` says so). Closed on any failure."""
    chunks: list[bytes] = []
    size = 0
    try:
        check_length(response, limit)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise AnswerTooLarge(limit, response)
            chunks.append(chunk)
    except BaseException:
        with async_shield():
            await response.aclose()
        raise
    response._content = b"".join(chunks)  # where aread() keeps the body: .content and .text read it


_PLAIN_PATH = r"(?:/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+"
"""A path httpx keeps exactly as it is: only characters it leaves unquoted, and valid escapes (compiled
on first use, by ``re``'s cache)."""


def _joined(base: httpx.URL, path: str) -> httpx.URL | None:
    """``base`` with ``path`` (quoted by the generated code) appended, without parsing the URL again.

    Parsing a URL is a fifth of what httpx spends building a request; a path that httpx would keep as it
    is (``_PLAIN_PATH``, no ``.`` or ``..`` segment) only extends the base's. ``None`` leaves any other
    URL, and another httpx's, to httpx."""
    if not re.fullmatch(_PLAIN_PATH, path) or "/./" in path + "/" or "/../" in path + "/":
        return None
    try:
        parsed = base._uri_reference
        joined = httpx.URL.__new__(httpx.URL)
        joined._uri_reference = parsed._replace(path=parsed.path + path)
    except AttributeError:
        return None
    return joined


@functools.lru_cache(maxsize=32)
def _timeout(seconds: float) -> httpx.Timeout:
    """One ``httpx.Timeout`` per distinct value, shared by every request that uses it."""
    return httpx.Timeout(seconds)


@functools.lru_cache(maxsize=32)
def _connect_only(seconds: float) -> dict[str, float | None]:
    """The ``timeout`` extension of an unbounded transfer: a pool slot and a connection, no read or write."""
    return {"connect": seconds, "pool": seconds, "read": None, "write": None}


@functools.lru_cache(maxsize=32)
def _timeouts(seconds: float) -> dict[str, float]:
    """The ``timeout`` extension httpcore reads (connect, read, write, pool), one per distinct value."""
    return _timeout(seconds).as_dict()  # type: ignore[return-value]  # all four set: none is None


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

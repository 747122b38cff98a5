"""What the pipeline sends through: the ``AsyncHTTP`` interface, the pool behind it, and its httpx version.

``_base_client.py`` builds, sends and reads every call through ``AsyncHTTP``, so auth, retries, errors
and logging are written once whichever library carries the bytes: httpx (the blocking client, trio, a
caller's ``http_client``) or aiohttp (asyncio, ``eigenpal._aiohttp``). Every implementation reports a
failure as the httpx exception that names it (``ConnectError`` and ``ConnectTimeout``: nothing was sent;
``ReadTimeout``, ``RemoteProtocolError`` …: it may have been), which is what the retry policy reads. A body
read in full is counted as it arrives and capped (``eigenpal._limits``); each call names the proxy it goes
through (``eigenpal._proxies`` decides), so every implementation follows one decision.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, SupportsIndex

import httpx

from .._answer import Answer
from .._compat import async_default_http, async_shield
from .._deadline import deadline
from .._errors import EigenpalUsageError
from .._fork import track
from .._generated.types import UNSET, Request
from .._limits import AnswerTooLarge, check_length

if TYPE_CHECKING:
    from .._proxies import Proxy
    from ._transport import AsyncTransport

POOL_SIZE = 100
"""Connections the SDK's own pool keeps (and keeps alive), whichever library holds them."""


class AsyncResponse(Answer, Protocol):
    """An answer being received: read whole by ``send``, or in pieces, then closed."""

    def aiter_bytes(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class AsyncHTTP(Protocol):
    """Builds and sends one attempt of a call."""

    def build(
        self,
        request: Request[Any],
        url: str,
        headers: Mapping[str, str],
        timeout: float,
        proxy: Proxy | None,
    ) -> Any:
        """What ``send`` takes, to go through ``proxy`` (``None``: directly). Arguments no request can carry
        raise ``UnicodeError``, ``TypeError`` or ``ValueError`` here, before anything is sent."""
        ...

    async def send(self, built: Any, timeout: float, *, whole: bool, limit: int) -> AsyncResponse:
        """The answer to ``built``: with ``whole`` read in full within ``timeout`` seconds (a deadline for
        the attempt), else unread, each wait for bytes bounded by ``timeout`` (a stall timeout); an error
        status's body is read in full either way. A body read in full holds at most ``limit`` bytes: past
        that, or with a ``Content-Length`` over it, ``AnswerTooLarge`` is raised and the connection closed."""
        ...

    async def aclose(self) -> None: ...


class AsyncConnections:
    """The pool of one client and its ``with_options`` copies, made on first use.

    Made inside the first call, so the library is chosen by what runs it: aiohttp under asyncio
    (``_compat.async_default_http``), httpx anywhere else; a caller's ``http_client`` is always used as is.

    Closing, and a fork, leave ``_http`` empty, so the hot path (``get``) tests nothing else: the next
    call takes the slow path, which refuses a closed client or makes a pool of this process's own
    (``eigenpal._fork``). The pool refuses pickling, and with it every object that holds it: a pickled
    client would carry the API key in clear through queues and across hosts (dask ships pickles).
    """

    def __init__(
        self, base_url: str, headers: Mapping[str, str], http_client: httpx.AsyncClient | None
    ) -> None:
        self._base_url = base_url
        self._headers = dict(headers)
        self._callers = http_client
        self._http: AsyncHTTP | None = None
        self._lock = threading.Lock()  # threads sharing a blocking client must not make two pools
        self._closed = False
        self._callers_inherited = False
        track(self)

    def get(self) -> AsyncHTTP:
        """The pool, made now if this is the first call (in this process)."""
        http = self._http
        if http is None:
            http = self._make()
        return http

    def _make(self) -> AsyncHTTP:
        with self._lock:
            if self._closed:
                raise EigenpalUsageError(CLOSED)
            if self._callers_inherited:
                raise EigenpalUsageError(
                    "this AsyncEigenpalClient came into this process through a fork after calls went "
                    "through its http_client, whose connections belong to the parent process and "
                    "cannot be renewed here; make the client (and its http_client) in each process."
                )
            if self._http is None:
                if self._callers is not None:
                    self._http = AsyncHttpxHTTP(self._base_url, self._headers, self._callers)
                else:
                    made = async_default_http(self._base_url, self._headers)
                    self._http = made if made is not None else AsyncHttpxHTTP(self._base_url, self._headers)
            return self._http

    @property
    def current(self) -> AsyncHTTP | None:
        """The pool if a call has made it (for tests and introspection)."""
        return self._http

    async def aclose(self) -> None:
        """Refuse further calls and close the pool (a caller's ``http_client`` stays open)."""
        with self._lock:
            self._closed = True
            http, self._http = self._http, None
        if http is not None and self._callers is None:
            await http.aclose()

    def forget_after_fork(self) -> None:
        """In a forked child: drop the parent's pool, unclosed, and a lock a parent thread may have held."""
        self._lock = threading.Lock()
        if self._http is not None and self._callers is not None:
            self._callers_inherited = True
        self._http = None

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise EigenpalUsageError(NOT_PICKLED)


CLOSED = (
    "this AsyncEigenpalClient is closed; make a new one, or make its calls inside its `async with` block."
)
NOT_PICKLED = (
    "an AsyncEigenpalClient (or a method of one) cannot be pickled or deep-copied: it holds the API key, "
    "which a pickle carries in clear, and connections of this process. Make one client per process "
    "instead, in the worker: AsyncEigenpalClient() reads EIGENPAL_API_KEY and EIGENPAL_BASE_URL from its "
    "environment (or pass base_url=... and keep the key in the environment). With a ProcessPoolExecutor, "
    "make it in the pool's initializer; with dask, inside the task (or once per worker) and pass ids, "
    "not the client."
)


class AsyncHttpxHTTP:
    """``AsyncHTTP`` over an ``httpx.AsyncClient``: a pool of the SDK's own, or the caller's ``http_client``.

    Requests to the SDK's own pool go straight to its transport (``_transport.py``), skipping what the
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
            from ._transport import AsyncTransport  # loads httpcore, as httpx does when it makes a pool

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
            from ._transport import AsyncTransport

            limits = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE)
            made = AsyncTransport(limits=limits, proxy=httpx.Proxy(proxy.url, headers=proxy.headers))
            transport = self._proxied.setdefault(proxy, made)  # two threads making one: a single pool
        return transport

    async def send(
        self, built: tuple[httpx.Request, AsyncTransport | None], timeout: float, *, whole: bool, limit: int
    ) -> httpx.Response:
        request, transport = built
        if self.client.is_closed:  # ours only while a close races a call; a caller's when they closed it
            raise EigenpalUsageError(
                CLOSED
                if self._transport is not None
                else "the http_client passed to AsyncEigenpalClient is closed; keep it open while the "
                "client is in use (close it after the client's `async with` block)."
            )
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
on first use, by ``re``'s cache, not by ``import eigenpal``)."""


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
def _timeouts(seconds: float) -> dict[str, float]:
    """The ``timeout`` extension httpcore reads (connect, read, write, pool), one per distinct value."""
    return _timeout(seconds).as_dict()  # type: ignore[return-value]  # all four set: none is None

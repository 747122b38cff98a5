"""The asyncio transport: ``AsyncHTTP`` (``base.py``) over one ``aiohttp.ClientSession``.

Imported on the async client's first call under asyncio, never by ``import eigenpal``. aiohttp parses
HTTP in C and keeps its pool without per-request bookkeeping, so a call costs a fraction of the CPU that
httpx's async stack takes (see the README's benchmarks). What it carries matches the httpx path: the same
headers, query encoding (``httpx.QueryParams``), JSON encoding, multipart bodies (httpx's encoder,
streamed from disk) and trust store (``httpx.create_ssl_context``); no cookies, no redirects, a pool of 100
connections kept alive 5 s. Proxies are the SDK's decision (``proxies.py``), passed with each call,
never aiohttp's own reading of the environment (``trust_env`` would also read ``.netrc``).

A body read in full (a JSON answer, an error's) is read in chunks and counted, and fails with
``AnswerTooLarge`` once it passes the call's cap (``limits.py``).

Timeouts: a JSON call gets aiohttp's ``total`` timeout, a deadline for the whole attempt however slowly
the answer trickles; a transfer gets ``sock_read`` (a stall timeout) and ``connect``; an unbounded one
(a storage upload) ``connect`` only.

Failures come out as the httpx exceptions the retry policy reads (``_failure``): a connection that could
not be made (refused, DNS, TLS, no pool slot in time) is ``ConnectError`` or ``ConnectTimeout``, so nothing
was sent; a deadline, a stalled read, a reset or a disconnect may come after the request went out and is
``ReadTimeout``, ``ReadError`` or ``RemoteProtocolError``, never retried for POST; a proxy that refuses the
tunnel is ``ProxyError``. Their messages keep aiohttp's reason, not its URL (whose query may hold a secret);
the pipeline never chains them, as aiohttp's errors hold the request's headers (``request_info``).
"""

from __future__ import annotations

import asyncio
import codecs
import functools
import json
import os
import warnings
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

import aiohttp
import httpx
from yarl import URL

from .._errors import EigenpalUsageError
from .._generated.types import UNSET, Request
from .base import POOL_SIZE
from .limits import AnswerTooLarge, check_length

if TYPE_CHECKING:
    from .proxies import Proxy

DEFAULT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
"""What httpx sends with every request, sent here too (before the SDK's own headers)."""
KEEPALIVE_SECONDS = 5.0
"""As httpx: shorter than servers' idle timeouts, so a connection is never reused as the server drops it."""
_FAILURES = (aiohttp.ClientError, OSError, asyncio.TimeoutError)
"""What aiohttp raises for a failed exchange (``asyncio.TimeoutError`` is not an ``OSError`` before 3.11)."""
Outgoing = tuple[str, URL, Mapping[str, str], Any, "URL | None", "Mapping[str, str] | None"]
"""Method, URL, headers of this request (the session adds the fixed ones), body, and the proxy with the
headers it is sent (``None``: directly)."""


class AiohttpHTTP:
    """``AsyncHTTP`` over an ``aiohttp.ClientSession`` bound to the event loop of the first call."""

    def __init__(self, base_url: str, headers: Mapping[str, str]) -> None:
        self._base_url = base_url
        self._headers = dict(headers)
        """Sent with each request, not as the session's defaults: aiohttp copies a session's default headers
        into the CONNECT request it sends a proxy, turning ``Authorization`` into ``Proxy-Authorization``."""
        self._pid = os.getpid()
        self._open(asyncio.get_running_loop())

    def _open(self, loop: asyncio.AbstractEventLoop) -> None:
        """A session on ``loop`` (the running one), with its own pool."""
        self._loop = loop
        connector = aiohttp.TCPConnector(
            limit=POOL_SIZE,
            keepalive_timeout=KEEPALIVE_SECONDS,
            ssl=httpx.create_ssl_context() if self._base_url.startswith("https:") else True,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers=DEFAULT_HEADERS,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None),
            auto_decompress=True,
            trust_env=False,
        )
        # aiohttp resends an idempotent request once when a connection drops; the pipeline's retry policy
        # alone decides what is sent again, so max_retries counts every request (aiohttp's own test client
        # turns this off the same way).
        if hasattr(self._session, "_retry_connection"):
            self._session._retry_connection = False

    @property
    def connector(self) -> aiohttp.BaseConnector:
        """The pool (for tests: ``connector._acquired`` holds the connections in use)."""
        connector = self._session.connector
        assert connector is not None
        return connector

    def build(
        self,
        request: Request[Any],
        url: str,
        headers: Mapping[str, str],
        timeout: float,
        proxy: Proxy | None,
    ) -> Outgoing:
        if request.params:
            url += "?" + str(httpx.QueryParams(request.params))  # httpx's encoding: True is "true" …
        body: Any = None
        if request.json is not UNSET:
            body = json.dumps(
                request.json, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode()
            if not any(name.lower() == "content-type" for name in headers):
                headers = {**headers, "Content-Type": "application/json"}
        elif request.files is not None:  # httpx's multipart encoder: parts streamed from disk as sent
            encoded = httpx.Request(request.method, url, files=request.files)
            framing = {k: v for k, v in encoded.headers.items() if k in ("content-type", "content-length")}
            headers, body = {**headers, **framing}, encoded.stream
        elif request.content is not None:
            body = request.content
        headers = {**self._headers, **headers} if headers else self._headers
        if proxy is None:
            return request.method, _url(url), headers, body, None, None
        return request.method, _url(url), headers, body, *_through(proxy)

    async def send(
        self, built: Outgoing, timeout: float, *, whole: bool, limit: int, unbounded: bool = False
    ) -> AiohttpResponse:
        if asyncio._get_running_loop() is not self._loop:  # None under trio; public API raises instead
            self._follow_running_loop()
        method, url, headers, body, proxy, proxy_headers = built
        try:
            response = await self._session.request(
                method,
                url,
                headers=headers,
                data=body,
                timeout=_connect_only(timeout)
                if unbounded
                else _deadline(timeout)
                if whole
                else _stall(timeout),
                allow_redirects=False,
                proxy=proxy,
                proxy_headers=proxy_headers,
            )
        except _FAILURES as error:
            raise _failure(error) from error
        answer = AiohttpResponse(response)
        if whole or not 200 <= answer.status_code < 300:
            await answer.read(limit)
        return answer

    async def aclose(self) -> None:
        if asyncio._get_running_loop() is self._loop:
            await self._session.close()
        else:
            self._release()

    def _follow_running_loop(self) -> None:
        """A call on another loop than the session's: follow it if the session's loop is closed.

        ``asyncio.run`` closes its loop, and the session's connections died with it: a script or notebook
        calling ``asyncio.run`` again with the same client gets a new session. A loop still open may be
        using the connections, so a call from another one is refused, as is one outside asyncio."""
        running: asyncio.AbstractEventLoop | None = asyncio._get_running_loop()
        if running is None:
            raise EigenpalUsageError(
                "this AsyncEigenpalClient made its connections under asyncio and is now called outside "
                "it (under trio?); make one client per event loop."
            )
        if not self._loop.is_closed():
            raise EigenpalUsageError(
                "this AsyncEigenpalClient's connections belong to another event loop, which is still open; "
                "make one client per event loop (for example inside the function asyncio.run runs)."
            )
        self._release()
        self._open(running)

    def _release(self) -> None:
        """Close the session without awaiting: from a finalizer, another loop or a forked child.

        The session reads as closed at once, so aiohttp reports nothing for it. In a forked child nothing
        more is done: the sockets are the parent's, and so is the epoll set the loop registered them in
        (``eigenpal._fork``). Otherwise the connector closes its connections on its own loop; with that
        loop closed there is nothing left to send on, and Python closes the sockets as it collects them."""
        session = self._session
        connector = session.connector
        if connector is None or connector.closed:
            return
        try:
            session._connector = None  # what ClientSession.close leaves: `closed` is true
            if os.getpid() != self._pid:
                connector._closed = True  # its finalizer then reports and closes nothing
            elif self._loop.is_running() and asyncio._get_running_loop() is not self._loop:
                self._loop.call_soon_threadsafe(connector._close)
            else:
                connector._close()  # a closed loop: only marked closed
        except (AttributeError, RuntimeError):  # another aiohttp, or the loop closed meanwhile
            connector._closed = True

    def __del__(self) -> None:
        """Collected unclosed: close quietly, with one ``ResourceWarning`` (hidden by default), as files do."""
        session = getattr(self, "_session", None)
        if session is None or session.closed:
            return
        if os.getpid() == self._pid:
            warnings.warn(UNCLOSED, ResourceWarning, stacklevel=1)
        self._release()


UNCLOSED = (
    "an AsyncEigenpalClient was not closed; use it in `async with AsyncEigenpalClient() as client:` "
    "or await client.aclose()"
)
"""What a client collected unclosed warns (a ``ResourceWarning``: shown under ``-X dev`` or ``-W default``)."""


class AiohttpResponse:
    """An aiohttp answer with the ``httpx.Response`` surface the pipeline and the parsers read."""

    __slots__ = ("_response", "content", "headers", "reason_phrase", "status_code")

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status_code: int = response.status
        self.reason_phrase: str = response.reason or ""
        self.headers: Mapping[str, str] = response.headers
        self.content = b""

    @property
    def text(self) -> str:
        return self.content.decode(self._charset(), "replace")

    async def read(self, limit: int) -> None:
        """Read the body into ``content``, counting: past ``limit`` bytes (or a ``Content-Length`` over
        it) ``AnswerTooLarge`` is raised at once, so no more than ``limit`` bytes are ever held."""
        stream = self._response.content
        parts: list[bytes] = []
        size = 0
        try:
            check_length(self, limit)
            while chunk := await stream.readany():
                size += len(chunk)
                if size > limit:
                    raise AnswerTooLarge(limit, self)
                parts.append(chunk)
        except _FAILURES as error:
            self._response.close()
            raise _failure(error) from error
        except BaseException:  # too large, or a cancellation: the connection cannot be reused mid-body
            self._response.close()
            raise
        self.content = b"".join(parts)

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except _FAILURES as error:
            raise _failure(error) from error

    async def aclose(self) -> None:
        """Give the connection back once the body was read in full; close it otherwise."""
        self._response.close()

    def _charset(self) -> str:
        charset = self._response.charset or "utf-8"
        try:
            return codecs.lookup(charset).name
        except LookupError:
            return "utf-8"


def _failure(error: BaseException) -> httpx.TransportError:
    """The httpx exception for an aiohttp failure: ``ConnectError``/``ConnectTimeout`` only when nothing
    was sent; anything that may have followed the request going out is a read-side failure. The message
    is aiohttp's type and reason; a response error's own text would add the URL, query included (and its
    status is aiohttp's own 400 for an answer it could not parse, but a proxy's for a refused tunnel)."""
    if isinstance(error, aiohttp.ClientHttpProxyError):  # the proxy refused the tunnel: not sent to the API
        return httpx.ProxyError(f"{type(error).__name__}: {error.status}, {error.message}")
    reason = error.message if isinstance(error, aiohttp.ClientResponseError) else error
    message = f"{type(error).__name__}: {reason}"
    if isinstance(error, aiohttp.ConnectionTimeoutError):  # no connection (or pool slot) in time
        return httpx.ConnectTimeout(message)
    if isinstance(error, (TimeoutError, asyncio.TimeoutError)):  # the deadline, or a stalled read: maybe sent
        return httpx.ReadTimeout(message)
    if isinstance(error, aiohttp.ClientConnectorError):  # refused, DNS, TLS: never connected
        return httpx.ConnectError(message)
    if isinstance(error, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)):
        return httpx.RemoteProtocolError(message)
    if isinstance(error, aiohttp.ClientResponseError):  # not HTTP: a garbled status line or headers
        return httpx.RemoteProtocolError(message)
    return httpx.ReadError(message)  # a reset or another OS error on a connection in use


def _url(url: str) -> URL:
    """``url`` as built (paths quoted by the generated code, queries by httpx), not quoted again; yarl
    encodes a URL that is not ASCII (an international domain in ``base_url``)."""
    try:
        url.encode("ascii")
    except UnicodeEncodeError:
        return URL(url)  # lone surrogates raise UnicodeEncodeError here: a usage error before sending
    return URL(url, encoded=True)


@functools.lru_cache(maxsize=8)
def _through(proxy: Proxy) -> tuple[URL, Mapping[str, str] | None]:
    """The proxy's URL and the headers it is sent, made once per proxy rather than per call."""
    return URL(proxy.url), proxy.headers or None


@functools.lru_cache(maxsize=32)
def _deadline(seconds: float) -> aiohttp.ClientTimeout:
    """A JSON call: the whole attempt (pool slot, connect, send, the answer read in full)."""
    return aiohttp.ClientTimeout(total=seconds)


@functools.lru_cache(maxsize=32)
def _connect_only(seconds: float) -> aiohttp.ClientTimeout:
    """An unbounded transfer (a storage upload): a pool slot and a connection, then no read timeout."""
    return aiohttp.ClientTimeout(total=None, connect=seconds, sock_read=None)


@functools.lru_cache(maxsize=32)
def _stall(seconds: float) -> aiohttp.ClientTimeout:
    """A transfer: a pool slot and a connection, then each wait for bytes."""
    return aiohttp.ClientTimeout(total=None, connect=seconds, sock_read=seconds)

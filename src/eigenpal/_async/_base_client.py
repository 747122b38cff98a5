"""The request pipeline: every API call goes through ``AsyncAPIClient``.

Generated endpoint modules build a ``Request``; this is the one place that adds the base URL, auth and
SDK headers, applies timeouts, retries what is safe to retry, maps error statuses (any code, 520
included) to exceptions, logs, and parses or streams the answer.

Whether a failed attempt is sent again, and after how long, is ``eigenpal._retry``'s decision (the
README's retry policy): the loop here only reports what ended each attempt (a transport failure, an error
status, a download cut short) and waits as told.

An empty success (204, or a 2xx with no body) of a JSON operation returns ``None``, whatever the operation.

A download answered with a redirect (``302`` to storage, a signed URL) is followed, at most
``MAX_REDIRECTS`` hops. The key and the call's headers go only to the API's own origin: once a hop leaves
it, that hop and every later one go through a second pool (``_storage``) that never held them. A hop goes
only to https, or to plain http when the API itself is on this machine (a loopback ``base_url``, such as
the emulator) and the hop before it was plain http too: never from https down to http. A signed URL is a
secret: logs and errors show its scheme, host and path, never its query (``eigenpal._redact``). Other
calls never follow a redirect (``_errors`` says to check ``base_url``).

What is held of an answer is capped by ``max_response_bytes`` (``eigenpal._transports.limits``): a JSON
body, an error body, each line of an NDJSON stream. Past the cap the call raises
``EigenpalResponseTooLargeError`` at once, never retried; downloads stream to their destination uncapped.

No exception raised here chains a transport's own: httpx's hold the request (``.request``, with its
``Authorization`` header) and aiohttp's its headers (``request_info``). The retry policy reads their types
(``_retry.failure_of``), then the pipeline raises an ``EigenpalError`` that keeps the type name and the
scrubbed message, raised outside the ``except`` block so that neither ``__cause__`` nor ``__context__``
holds the original.

The bytes travel through ``AsyncHTTP`` (``eigenpal._transports``, which also picks the library for the
pool, ``_connections.py``), a small interface of the SDK's own rather than httpx's types: under asyncio
the async client sends over aiohttp, elsewhere (the blocking client, trio, a caller's ``http_client``)
over httpx. Talking to aiohttp directly, not through an httpx transport, saves converting every request
and answer to and from httpx's models, the largest cost left once aiohttp carries the bytes. Measured
with 64 calls in flight on 2 cores (issue 13): this design about 2,200 calls/s at 400 us of CPU a call;
the same pipeline keeping httpx types over ``httpx-aiohttp``'s transport about 1,500 at 610 us (about
1,000 at 960 us through its client); plain aiohttp about 2,900 at 290 us. Every implementation reports
failures as httpx's exceptions, so the retry policy reads one vocabulary.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import random
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import parse_qsl, urljoin, urlsplit

import httpx

from .._compat import asleep, async_shield
from .._constants import DEFAULT_MAX_RESPONSE_BYTES
from .._errors import (
    EigenpalConnectionError,
    EigenpalError,
    EigenpalResponseError,
    EigenpalResponseTooLargeError,
    EigenpalTimeoutError,
    EigenpalUsageError,
    error_from_response,
)
from .._generated.types import Model, Request
from .._logging import logger
from .._options import RequestOptions, checked_options
from .._redact import guard_library_logs, redact_url, redact_urls, scrub, secret_url
from .._responses import RawResponse, record
from .._retry import Status, failure_of, retry_delay
from .._transports.base import AsyncHTTP, AsyncResponse
from .._transports.limits import AnswerTooLarge, describe
from .._transports.proxies import Proxy, proxy_for
from .._version import __version__
from ._connections import AsyncConnections

if TYPE_CHECKING:
    from .._files import Destination, Progress
    from .._json_lines import JSONLine

T = TypeVar("T")

_RUNTIME = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}"
_OS = f"{sys.platform}-{os.uname().machine.lower() if hasattr(os, 'uname') else 'unknown'}"
SDK_HEADERS = {
    "User-Agent": f"eigenpal-sdk-python/{__version__} ({_RUNTIME}; {_OS})",
    "X-Eigenpal-Sdk": "python",
    "X-Eigenpal-Sdk-Version": __version__,
    "X-Eigenpal-Sdk-Runtime": _RUNTIME,
    "X-Eigenpal-Sdk-Os": _OS,
}
STORAGE_HEADERS = {"User-Agent": SDK_HEADERS["User-Agent"]}
"""All the SDK sends a host other than the API's (where a download's redirect points): no key, no
``default_headers``, no per-call headers."""
MAX_REDIRECTS = 5
"""Redirects a download follows; more is a loop."""
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class AsyncAPIClient:
    """Sends prepared requests over one connection pool (``AsyncConnections``)."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout_seconds: float,
        max_retries: int,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        self.base_url = base_url
        self._key = api_key
        self.timeout_seconds = timeout_seconds
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self._network = (proxy, trust_env and http_client is None)
        """The proxy settings: ``proxy_for`` reads them again for a ``with_options`` copy's ``base_url``."""
        self._route = proxy_for(base_url, *self._network)
        """The proxy this client's calls go through (``None``: directly), decided once, not per call."""
        base_headers = {**SDK_HEADERS, **(default_headers or {}), "Authorization": f"Bearer {api_key}"}
        self._owns_pool = True  # closing refuses further calls; a caller's http_client stays open
        self._connections = AsyncConnections(base_url, base_headers, http_client)
        self._storage = AsyncConnections(base_url, STORAGE_HEADERS, http_client)
        """The pool for a download's redirects away from the API: made on the first one, it never holds the key."""
        self._headers: dict[str, str] = {}
        """What a ``with_options`` copy sends instead of the pool's headers (its key, its default headers)."""

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout_seconds: float | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = None,
    ) -> AsyncAPIClient:
        """The same pipeline with other settings, sharing this one's connection pool (which serves any
        host): another key and default headers are sent with each request instead of the pool's."""
        clone = AsyncAPIClient.__new__(AsyncAPIClient)
        clone.__dict__.update(self.__dict__)
        clone._owns_pool = False
        clone._headers = {**self._headers, **(default_headers or {})}
        if api_key is not None:
            clone._key = api_key
            clone._headers["Authorization"] = f"Bearer {api_key}"
        if base_url is not None:
            clone.base_url = base_url
            clone._route = proxy_for(base_url, *self._network)
        if timeout_seconds is not None:
            clone.timeout_seconds = timeout_seconds
        if max_retries is not None:
            clone.max_retries = max_retries
        if max_response_bytes is not None:
            clone.max_response_bytes = max_response_bytes
        return clone

    # ---- public entry points -----------------------------------------------------------------------
    async def send(self, request: Request[T], options: RequestOptions | None = None) -> T:
        """Send ``request`` and return its parsed result, or raise the ``EigenpalError`` for the answer."""
        response = await self._open(request, options, read_body=True)
        return self._parse(request, response)

    async def download(
        self,
        request: Request[Any],
        to: Destination | None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """The body of a binary answer: as ``bytes``, or streamed into ``to`` (returns bytes written).

        A transfer cut short is retried from the start when it is safe; a partial file is never kept.
        """
        from .._files import check_progress, open_destination

        check_progress(progress)
        guard_library_logs()  # the first answer may name a signed URL
        retries = self._retries(options)
        with ExitStack() as stack:
            sink, commit, reset = open_destination(to, stack) if to is not None else (None, None, None)
            for attempt in range(retries + 1):
                response = await self._open(request, options, follow=True)
                buffer = bytearray()
                failure: httpx.HTTPError | None = None
                try:
                    total = _content_length(response)
                    done = 0
                    async for chunk in response.aiter_bytes():  # httpx's own chunks: no re-buffering copies
                        if sink is not None:
                            sink.write(chunk)
                        else:
                            buffer += chunk
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                    if total is not None and done != total:
                        raise httpx.RemoteProtocolError(f"download ended after {done} of {total} bytes")
                except httpx.HTTPError as exc:
                    failure = exc
                finally:
                    with async_shield():
                        await response.aclose()
                if failure is not None:
                    delay = retry_delay(
                        request.method, failure_of(failure), attempt, retries, random.random()
                    )
                    if delay is not None:
                        logger.info(
                            "%s %s: transfer failed (%s); retrying in %.2f s",
                            request.method,
                            request.url,
                            type(failure).__name__,
                            delay,
                        )
                        if reset is not None:
                            reset()
                        await asleep(delay)
                        continue
                    raise self._transport_error(request, failure)  # outside `except`: no chain to it
                if commit is not None:
                    commit()
                    return done
                return bytes(buffer)
        raise AssertionError("unreachable")  # pragma: no cover

    async def stream_json_lines(
        self, request: Request[Any], options: RequestOptions | None = None
    ) -> AsyncIterator[JSONLine]:
        """Each line of an NDJSON answer as it arrives, with its JSON value parsed (``line.data``); a line
        longer than ``max_response_bytes`` raises ``EigenpalResponseTooLargeError``."""
        from .._json_lines import JSONLine

        response = await self._open(request, options)
        failure: httpx.HTTPError | AnswerTooLarge | None = None
        try:
            async for line in _lines(response.aiter_bytes(), self.max_response_bytes):
                if line.strip():
                    try:
                        yield JSONLine.parse(line)
                    except ValueError as exc:
                        raise EigenpalResponseError(
                            f"{request.operation_id}: a stream line is not JSON: {line[:200]!r}"
                        ) from exc
        except (httpx.HTTPError, AnswerTooLarge) as exc:
            failure = exc
        finally:
            with async_shield():
                await response.aclose()
        if isinstance(failure, AnswerTooLarge):  # raised outside `except`: no chain to the original
            raise self._too_large(request, failure, "a line of the stream")
        if failure is not None:
            raise self._transport_error(request, failure)

    async def send_to_storage(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        content: Any,
        options: RequestOptions | None = None,
    ) -> AsyncResponse:
        """One attempt of a request to another origin (a presigned storage URL of an upload session).

        It goes through the ``_storage`` pool, which never held the key, with ``headers`` (what the session
        negotiated) and the SDK's ``User-Agent`` only: no ``Authorization``, no ``default_headers`` or
        per-call headers, no cookies; a redirect is not followed. No read or write timeout (a part of
        gigabytes takes what the link needs): ``timeout_seconds`` bounds the wait for a pool slot and the
        connect. The answer comes back with its body read (at most ``max_response_bytes``) and its
        connection given back; sending again is the caller's decision. A transport failure raises
        ``EigenpalConnectionError`` or ``EigenpalTimeoutError`` naming the URL without its query (the
        signature of a presigned URL is a secret, as the key is)."""
        timeout = (
            self.timeout_seconds
            if options is None or options.timeout_seconds is None
            else options.timeout_seconds
        )
        shown = f"{method} {redact_url(url)}"
        request = Request(
            operation_id="storage",
            response_kind="binary",
            parse=_unread,
            method=method,
            url=url,
            content=content,
        )
        http = self._storage.get()
        try:
            built = http.build(request, url, headers, timeout, _storage_route(url, *self._network))
        except (UnicodeError, TypeError, ValueError, httpx.InvalidURL):
            built = None
        if built is None:  # outside `except`: the original (which holds the URL) is not chained
            raise EigenpalResponseError(f"{shown[:200]}: the storage URL the API gave cannot be requested")
        failure: httpx.HTTPError | AnswerTooLarge | None = None
        try:
            response = await http.send(
                built, timeout, whole=False, limit=self.max_response_bytes, unbounded=True
            )
            try:
                if 200 <= response.status_code < 300:  # an error's body was read by `send`
                    read = 0
                    async for chunk in response.aiter_bytes():
                        read += len(chunk)
                        if read > self.max_response_bytes:
                            break
            finally:
                with async_shield():
                    await response.aclose()
        except (httpx.HTTPError, AnswerTooLarge) as exc:
            failure = exc
        if isinstance(failure, AnswerTooLarge):
            raise self._too_large(request, failure, "storage's answer")
        if isinstance(failure, httpx.TimeoutException):
            raise EigenpalTimeoutError(
                f"{shown}: timed out ({type(failure).__name__}) connecting within {timeout:g} s; "
                "raise timeout_seconds if storage is slow to reach"
            )
        if failure is not None:
            detail = scrub(redact_urls(f"{type(failure).__name__}: {failure}"), self._key)
            raise EigenpalConnectionError(f"{shown}: could not complete the exchange with storage: {detail}")
        logger.debug("%s -> %d", shown, response.status_code)
        return response

    async def aclose(self) -> None:
        """Close the connection pool (a ``with_options`` copy leaves it to the client it came from)."""
        if self._owns_pool:
            await self._connections.aclose()
            await self._storage.aclose()

    # ---- the retry loop --------------------------------------------------------------------------------
    def _retries(self, options: RequestOptions | None) -> int:
        """The retries of this call; also where every call's ``options`` is checked, before sending."""
        options = checked_options(options)
        return self.max_retries if options is None or options.max_retries is None else options.max_retries

    async def _open(
        self,
        request: Request[Any],
        options: RequestOptions | None,
        *,
        read_body: bool = False,
        follow: bool = False,
    ) -> AsyncResponse:
        """Send until a 2xx arrives (retrying what is safe) and return it; raise otherwise.

        With ``read_body`` the body is read inside the retry loop, so a connection dropped mid-body
        is retried like any other transport failure; without it the response is returned unread (streams).
        With ``follow`` (downloads) redirects are followed within the attempt, so a failure at storage is
        retried from the API, which signs a fresh URL.
        """
        retries = self._retries(options)
        timeout = (
            self.timeout_seconds
            if options is None or options.timeout_seconds is None
            else options.timeout_seconds
        )
        request = _with_extras(request, options)
        for attempt in range(retries + 1):
            http = self._connections.get()
            built = self._build(http, request, options, timeout)
            started = time.monotonic()
            signed = ""  # the query of the signed URL a download was redirected to
            try:
                # A JSON call is read whole within one deadline for the attempt, however the bytes
                # trickle; a transfer is returned unread (an error's body read), each read waiting at
                # most `timeout` (a stall). What is read is capped by max_response_bytes.
                response = await http.send(built, timeout, whole=read_body, limit=self.max_response_bytes)
                if follow and response.status_code in REDIRECTS:
                    response, signed = await self._follow(request, response, options, timeout)
            except (httpx.HTTPError, AnswerTooLarge) as exc:
                failure: httpx.HTTPError | AnswerTooLarge | None = exc
            else:
                failure = None
            if isinstance(failure, AnswerTooLarge):  # the same answer next time: never retried
                raise self._too_large(request, failure)
            if failure is not None:
                delay = retry_delay(request.method, failure_of(failure), attempt, retries, random.random())
                if delay is not None:
                    logger.info(
                        "%s %s: %s on attempt %d; retrying in %.2f s",
                        request.method,
                        request.url,
                        type(failure).__name__,
                        attempt + 1,
                        delay,
                    )
                    await asleep(delay)
                    continue
                raise self._transport_error(request, failure, timeout)  # outside `except`: no chain
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s -> %d (request id %s, attempt %d, %.1f ms)",
                    request.method,
                    request.url,
                    response.status_code,
                    response.headers.get("x-request-id"),
                    attempt + 1,
                    (time.monotonic() - started) * 1000,
                )
            url = self.base_url + request.url
            if 200 <= response.status_code < 300:
                record(response, request.method, url)
                return response
            if not read_body:  # its body was read by `send`
                with async_shield():
                    await response.aclose()
            error = _without_signature(error_from_response(response), signed)
            error.response = RawResponse.of(response, request.method, url)
            outcome = Status(error.status or 0, error.retry_after)
            pause = retry_delay(request.method, outcome, attempt, retries, random.random())
            if pause is not None:
                logger.info(
                    "%s %s: %d on attempt %d; retrying in %.2f s",
                    request.method,
                    request.url,
                    error.status or 0,
                    attempt + 1,
                    pause,
                )
                await asleep(pause)
                continue
            record(response, request.method, url)
            raise error
        raise AssertionError("unreachable")  # pragma: no cover

    async def _follow(
        self, request: Request[Any], response: AsyncResponse, options: RequestOptions | None, timeout: float
    ) -> tuple[AsyncResponse, str]:
        """The answer a download's redirects lead to (see the module docstring), and the query of the URL
        that gave it: a GET for each hop, with the key only while every hop so far stayed on the API's
        origin."""
        url, keyed = self.base_url + request.url, True
        for hops in range(MAX_REDIRECTS + 1):
            location = response.headers.get("location")
            if response.status_code not in REDIRECTS or not location or hops == MAX_REDIRECTS:
                break
            with async_shield():
                await response.aclose()
            url = _redirect_target(request, url, location, local=_is_local(self.base_url))
            keyed = keyed and _same_origin(url, self.base_url)
            logger.debug("%s %s: following a redirect to %s", request.method, request.url, redact_url(url))
            hop = Request(
                operation_id=request.operation_id,
                response_kind=request.response_kind,
                parse=request.parse,
                method="GET",
                url=url,
            )
            if keyed:
                http, route = self._connections.get(), self._route
                extra = options.headers if options is not None else None
                headers = {**self._headers, **(extra or {})}
            else:
                http, route, headers = self._storage.get(), _storage_route(url, *self._network), {}
            try:
                built = http.build(hop, url, headers, timeout, route)
            except (UnicodeError, TypeError, ValueError, httpx.InvalidURL):
                built = None
            if built is None:  # outside `except`: the original (which holds the URL) is not chained
                raise _unfollowable(request, location)
            with secret_url(url):
                response = await http.send(built, timeout, whole=False, limit=self.max_response_bytes)
        if response.status_code not in REDIRECTS:
            return response, urlsplit(url).query
        with async_shield():
            await response.aclose()
        raise EigenpalResponseError(
            f"{request.operation_id}: the download redirected more than {MAX_REDIRECTS} times "
            f"(last to {redact_url(url)})",
            status=response.status_code,
        )

    def _build(
        self, http: AsyncHTTP, request: Request[Any], options: RequestOptions | None, timeout: float
    ) -> Any:
        headers = {**self._headers, **request.headers} if self._headers else request.headers
        if options is not None and options.headers:
            # checked by RequestOptions: Authorization and Host cannot be set
            headers = {**headers, **options.headers}
        try:
            return http.build(request, self.base_url + request.url, headers, timeout, self._route)
        except (UnicodeError, TypeError, ValueError, httpx.InvalidURL) as exc:  # arguments no URL can carry
            problem = f"{type(exc).__name__}: {str(exc)[:200]}"
        raise EigenpalUsageError(  # outside `except`: the original (which may hold the URL) is not chained
            f"{request.operation_id}: the arguments cannot be sent ({problem}); "
            "use plain text without lone surrogates, numbers or booleans."
        )

    # ---- answers -----------------------------------------------------------------------------------------
    def _parse(self, request: Request[T], response: AsyncResponse) -> T:
        if request.response_kind == "json" and (response.status_code == 204 or not response.content):
            return None  # type: ignore[return-value]  # an empty success: see the module docstring
        if request.response_kind == "json" and "json" not in response.headers.get("content-type", "json"):
            raise EigenpalResponseError(
                f"{request.operation_id}: expected JSON from {self.base_url}{request.url}, got "
                f"{response.headers.get('content-type')!r} (status {response.status_code}); check base_url",
                status=response.status_code,
                request_id=response.headers.get("x-request-id"),
            )
        try:
            # The generated parsers read status_code, content and text, which every AsyncResponse has.
            result = request.parse(cast("httpx.Response", response))
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            raise self._garbled(request, response, "is not valid API JSON") from exc
        if request.response_kind == "json" and not _is_answer(result):
            raise self._garbled(request, response, "is not the JSON object this operation answers")
        return result

    def _garbled(self, request: Request[Any], response: AsyncResponse, what: str) -> EigenpalResponseError:
        return EigenpalResponseError(
            f"{request.operation_id}: the answer from {self.base_url} {what} (status {response.status_code}); "
            "check base_url",
            status=response.status_code,
            request_id=response.headers.get("x-request-id"),
        )

    def _transport_error(
        self, request: Request[Any], exc: Exception, timeout: float | None = None
    ) -> EigenpalError:
        """Our error for a transport's: its type name and message (no key, no URL query), not the
        exception itself, which holds the request and its headers."""
        where = f"{request.method} {request.url}"
        if isinstance(exc, httpx.TimeoutException):
            limit = f" after {timeout:g} s" if timeout is not None else ""
            return EigenpalTimeoutError(
                f"{where} timed out{limit} ({type(exc).__name__}); raise timeout_seconds if it is slow"
            )
        host = urlsplit(self.base_url).netloc
        via = f" through the proxy {self._route.url}" if self._route is not None else ""
        return EigenpalConnectionError(
            scrub(
                redact_urls(
                    f"{where}: could not complete the exchange with {host}{via}: {type(exc).__name__}: {exc}"
                ),
                self._key,
            )
        )

    def _too_large(
        self, request: Request[Any], exc: AnswerTooLarge, what: str = "the answer"
    ) -> EigenpalResponseTooLargeError:
        status = f" (status {exc.status})" if exc.status is not None else ""
        return EigenpalResponseTooLargeError(
            f"{request.operation_id}: {what} from {self.base_url}{status} is larger than "
            f"max_response_bytes, {describe(exc.limit)}; raise max_response_bytes (a client setting, also "
            "taken by with_options) if answers this large are expected",
            limit=exc.limit,
            status=exc.status,
            request_id=exc.request_id,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _unread(response: httpx.Response) -> None:
    """A storage answer is read by its caller, never parsed."""


def _with_extras(request: Request[T], options: RequestOptions | None) -> Request[T]:
    """``request`` with the call's ``extra_query`` and ``extra_body`` (``RequestOptions``) added."""
    if options is None or not (options.extra_query or options.extra_body):
        return request
    body = request.json
    if options.extra_body:
        if not isinstance(body, dict):
            raise EigenpalUsageError(
                f"{request.operation_id} sends no JSON body, so extra_body has nowhere to go; "
                "send the values with extra_query instead."
            )
        body = {**body, **options.extra_body}
    return Request(
        operation_id=request.operation_id,
        response_kind=request.response_kind,
        parse=request.parse,
        method=request.method,
        url=request.url,
        params={**request.params, **(options.extra_query or {})},
        headers=request.headers,
        json=body,
        files=request.files,
        content=request.content,
    )


def _is_answer(result: object) -> bool:
    """Whether a parsed JSON answer is an object of the operation's shape: a model must have at least one
    of its required fields (a 200 holding an error envelope or ``[]`` has none), anything else must be
    JSON data, not a bare number, string or boolean where an object was documented."""
    if isinstance(result, Model):
        required = result._REQUIRED_KEYS
        return not required or any(key in result for key in required)
    return isinstance(result, (dict, list))


async def _lines(chunks: AsyncIterator[bytes], limit: int) -> AsyncIterator[str]:
    """The lines of an NDJSON body (UTF-8, ended by ``\\n`` or ``\\r\\n``) as they arrive, the same on every
    transport. A line longer than ``limit`` bytes raises ``AnswerTooLarge`` as soon as it passes it, so no
    more than ``limit`` bytes of a line are ever held."""
    pending = bytearray()
    async for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if len(pending) + end - start > limit:
                raise AnswerTooLarge(limit)
            pending += chunk[start:end]
            yield pending.removesuffix(b"\r").decode("utf-8", "replace")
            pending.clear()
            start = end + 1
        pending += memoryview(chunk)[start:]
        if len(pending) > limit:
            raise AnswerTooLarge(limit)
    if pending:
        yield pending.removesuffix(b"\r").decode("utf-8", "replace")


def _redirect_target(request: Request[Any], current: str, location: str, *, local: bool) -> str:
    """The absolute URL a redirect from ``current`` points to; anything but an http(s) URL with a host
    (``ftp:``, ``file:``, a garbled one) is refused before it is requested, and so is plain http unless
    the API is ``local`` and ``current`` is plain http too."""
    try:
        target = urljoin(current, location.strip())
        parts = urlsplit(target)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and target.isascii()
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        valid = False
    if not valid:
        raise _unfollowable(request, location)
    if parts.scheme == "http" and not (local and urlsplit(current).scheme == "http"):
        raise EigenpalResponseError(
            f"{request.operation_id}: the download redirected to plain http ({redact_url(target)[:200]!r}) "
            + ("from https; " if urlsplit(current).scheme == "https" else "from an API that is not local; ")
            + "refused, as a signed URL and the file must not cross the network unencrypted"
        )
    return target


def _without_signature(error: EigenpalError, query: str) -> EigenpalError:
    """``error`` with the signed query (whole, and each long value of it) cut from its message: storage's
    error bodies may echo the URL or its signature."""
    secrets = [query, *(value for _, value in parse_qsl(query) if len(value) >= 8)] if query else []
    message = error.message
    for secret in secrets:
        message = scrub(message, secret)
    if message != error.message:
        error.message, error.args = message, (message,)
    return error


def _is_local(base_url: str) -> bool:
    """Whether the API is on this machine (``localhost`` or a loopback address): its redirects may use
    plain http, as the emulator's do."""
    host = (urlsplit(base_url).hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _unfollowable(request: Request[Any], location: str) -> EigenpalResponseError:
    return EigenpalResponseError(
        f"{request.operation_id}: the download redirected to {redact_url(location)[:200]!r}, which is not "
        "an http(s) URL the SDK can follow"
    )


def _same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` is on ``base_url``'s origin: scheme, host and port (userinfo makes it another)."""
    one, other = urlsplit(url), urlsplit(base_url)
    return (one.scheme, one.netloc.lower()) == (other.scheme, other.netloc.lower())


def _storage_route(url: str, proxy: Proxy | None, trust_env: bool) -> Proxy | None:
    """The proxy a redirect away from the API goes through: as the API's for an https URL; a plain-http
    one is reached directly (it carries no key, so ``proxy_for``'s refusal does not apply)."""
    return proxy_for(url, proxy, trust_env) if urlsplit(url).scheme == "https" else None


def _content_length(response: AsyncResponse) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value and value.isdigit() and "content-encoding" not in response.headers else None

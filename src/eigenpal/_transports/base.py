"""What the pipeline sends through: ``AsyncHTTP`` (the async client's) and ``HTTP`` (the blocking one's).

The pipeline (``eigenpal._async._base_client``) builds, sends and reads every call through them, so
auth, retries, errors and logging are written once whichever library carries the bytes: httpx (the
blocking client, trio, a caller's ``http_client``: ``_async/httpx.py``) or aiohttp (asyncio:
``aiohttp.py``). Both pairs are written here by hand, as aiohttp's transport has no blocking twin.

Every implementation reports a failure as the httpx exception that names it (``ConnectError`` and
``ConnectTimeout``: nothing was sent; ``ReadTimeout``, ``RemoteProtocolError`` …: it may have been), which
is what the retry policy reads (``eigenpal._retry``). A body read in full is counted as it arrives and
capped (``limits.py``); each call names the proxy it goes through (``proxies.py`` decides), so every
implementation follows one decision.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from .._answer import Answer

if TYPE_CHECKING:
    from .._generated.types import Request
    from .proxies import Proxy

POOL_SIZE = 100
"""Connections the SDK's own pool keeps (and keeps alive), whichever library holds them."""


class AsyncResponse(Answer, Protocol):
    """An answer being received: read whole by ``send``, or in pieces, then closed."""

    def aiter_bytes(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class Response(Answer, Protocol):
    """``AsyncResponse`` for the blocking client."""

    def iter_bytes(self) -> Iterator[bytes]: ...

    def close(self) -> None: ...


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

    async def send(
        self, built: Any, timeout: float, *, whole: bool, limit: int, unbounded: bool = False
    ) -> AsyncResponse:
        """The answer to ``built``: with ``whole`` read in full within ``timeout`` seconds (a deadline for
        the attempt), else unread, each wait for bytes bounded by ``timeout`` (a stall timeout); an error
        status's body is read in full either way. A body read in full holds at most ``limit`` bytes: past
        that, or with a ``Content-Length`` over it, ``AnswerTooLarge`` is raised and the connection closed.
        ``unbounded`` (a storage upload, whose part takes as long as the link needs): no read or write
        timeout at all, ``timeout`` bounds only the wait for a pool slot and the connect."""
        ...

    async def aclose(self) -> None: ...


class HTTP(Protocol):
    """``AsyncHTTP`` for the blocking client: the same contract, without ``await``."""

    def build(
        self,
        request: Request[Any],
        url: str,
        headers: Mapping[str, str],
        timeout: float,
        proxy: Proxy | None,
    ) -> Any: ...

    def send(
        self, built: Any, timeout: float, *, whole: bool, limit: int, unbounded: bool = False
    ) -> Response: ...

    def close(self) -> None: ...

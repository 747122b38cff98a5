"""The connection pool of one client and its ``with_options`` copies: made on first use, closed once,
never used by another process, never pickled.

The pipeline asks ``AsyncConnections.get()`` for the ``AsyncHTTP`` of each attempt and never names a
library: the pool is made inside the first call, by the transport layer's chooser
(``eigenpal._transports.auto``), so the library is chosen by what runs it: aiohttp under asyncio, httpx
under trio and for the blocking client; a caller's ``http_client`` is always used as is.

Closing, and a fork, leave ``_http`` empty, so the hot path (``get``) tests nothing else: the next call
takes the slow path, which refuses a closed client or makes a pool of this process's own
(``eigenpal._fork``). The pool refuses pickling, and with it every object that holds it: a pickled client
would carry the API key in clear through queues and across hosts (dask ships pickles).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, NoReturn, SupportsIndex

from .._errors import EigenpalUsageError
from .._fork import track
from .._transports._async.closed import CLOSED
from .._transports.auto import open_http

if TYPE_CHECKING:
    import httpx

    from .._transports.base import AsyncHTTP


class AsyncConnections:
    """The pool of one client and its ``with_options`` copies, made on first use."""

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
                raise EigenpalUsageError(INHERITED)
            if self._http is None:
                self._http = open_http(self._base_url, self._headers, self._callers)
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


INHERITED = (
    "this AsyncEigenpalClient came into this process through a fork after calls went through its "
    "http_client, whose connections belong to the parent process and cannot be renewed here; make the "
    "client (and its http_client) in each process."
)
NOT_PICKLED = (
    "an AsyncEigenpalClient (or a method of one) cannot be pickled or deep-copied: it holds the API key, "
    "which a pickle carries in clear, and connections of this process. Make one client per process "
    "instead, in the worker: AsyncEigenpalClient() reads EIGENPAL_API_KEY and EIGENPAL_BASE_URL from its "
    "environment (or pass base_url=... and keep the key in the environment). With a ProcessPoolExecutor, "
    "make it in the pool's initializer; with dask, inside the task (or once per worker) and pass ids, "
    "not the client."
)

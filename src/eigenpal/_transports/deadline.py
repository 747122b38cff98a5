"""A total deadline for one attempt of a call, enforced under httpx at the socket.

httpx's timeouts bound each read, so a server that trickles a byte at a time keeps a call going for as
long as it likes. ``deadline(seconds)`` sets a point in time for the current task or thread; the SDK's
transport (``_async/httpx.py``) caps every connect, read and write by the time left and fails with
the matching timeout once it has passed, which the pipeline reports as ``EigenpalTimeoutError``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpcore

_DEADLINE: ContextVar[float | None] = ContextVar("eigenpal_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Calls in this block must finish within ``seconds`` from now."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def capped(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` capped by the time left before the deadline; raise ``expired`` once it has passed."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline (timeout_seconds) has passed")
    return left if timeout is None else min(timeout, left)

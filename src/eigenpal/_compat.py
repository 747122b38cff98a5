"""The few primitives that differ between the async runtime and its derived sync twin.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep``, ``async_shield`` to ``sync_shield`` and
``async_default_http`` to ``sync_default_http``; everything else is the same code. anyio and aiohttp are
imported on first use, keeping ``import eigenpal`` light.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    import anyio

    from ._async._http import AsyncHTTP
    from ._sync._http import HTTP


async def asleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def async_shield() -> anyio.CancelScope:
    """Let cleanup (closing a response) finish even when the surrounding task is being cancelled."""
    import anyio

    return anyio.CancelScope(shield=True)


def sync_shield() -> contextlib.nullcontext[None]:
    return contextlib.nullcontext()


def async_default_http(base_url: str, headers: Mapping[str, str]) -> AsyncHTTP | None:
    """aiohttp's pool when the first call runs under asyncio; ``None`` elsewhere (trio), where httpx serves."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return None
    from ._aiohttp import AiohttpHTTP

    return AiohttpHTTP(base_url, headers)


def sync_default_http(base_url: str, headers: Mapping[str, str]) -> HTTP | None:
    """The blocking client always uses httpx's pool."""
    return None


def lone_cancellation(error: BaseException) -> BaseException | None:
    """The cancellation inside an exception group that holds nothing but cancellations, else ``None``.

    On trio, anyio's happy-eyeballs connect can wrap the caller's ``Cancelled`` in a group; re-raising the
    cancellation itself lets the caller's cancel scope see what it expects."""
    if not hasattr(error, "exceptions") or not hasattr(error, "split"):
        return None
    leaves: list[BaseException] = []
    pending = list(error.exceptions)
    while pending:
        leaf = pending.pop()
        if hasattr(leaf, "exceptions") and hasattr(leaf, "split"):
            pending.extend(leaf.exceptions)
        else:
            leaves.append(leaf)
    loaded = (sys.modules.get("asyncio"), sys.modules.get("trio"))  # a cancellation needs its library loaded
    kinds = tuple(
        kind
        for kind in (getattr(m, "CancelledError", None) or getattr(m, "Cancelled", None) for m in loaded)
        if kind
    )
    return leaves[0] if leaves and all(isinstance(leaf, kinds) for leaf in leaves) else None

"""The few primitives that differ between the async runtime and its derived sync twin.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep`` and ``async_shield`` to ``sync_shield``; everything
else is the same code. Nothing here imports a module of the SDK, so any layer may use it; anyio is
imported on first use, keeping ``import eigenpal`` light.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import anyio


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

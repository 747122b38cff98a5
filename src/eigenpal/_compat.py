"""The few primitives that differ between the async runtime and its derived sync twin.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep`` and ``async_shield`` to ``sync_shield``;
everything else is the same code. anyio is imported on first use, keeping ``import eigenpal`` light.
"""

from __future__ import annotations

import contextlib
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

"""The few primitives that differ between the async lifecycle helpers and their derived blocking twins.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep``; everything else is the same code. anyio is
imported on first use, so blocking code never loads it.
"""

from __future__ import annotations

import time


async def asleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)

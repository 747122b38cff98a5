"""The few primitives that differ between the async runtime and its derived sync twin.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep`` and ``async_shield`` to ``sync_shield``; everything
else is the same code. Nothing here imports a module of the SDK, so any layer may use it; anyio is
imported on first use, keeping ``import eigenpal`` light.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import anyio

T = TypeVar("T")


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


class AsyncBounded:
    """Calls run by at most ``limit`` tasks at once (``codegen/unasync.py`` makes this ``Bounded``)."""

    @staticmethod
    async def map(calls: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
        """Each call's result, in order. ``limit`` workers take the calls one by one, so a long list costs
        ``limit`` tasks, not one per call. The first failure cancels the calls still running and is raised
        itself (not in an exception group) once they stopped; no task outlives this call."""
        import anyio

        results: dict[int, T] = {}
        failures: list[Exception] = []
        queue = iter(enumerate(calls))  # shared: each call is taken by exactly one worker

        async def worker() -> None:
            for index, call in queue:
                try:
                    results[index] = await call()
                except Exception as error:
                    failures.append(error)
                    group.cancel_scope.cancel()
                    return

        async with anyio.create_task_group() as group:
            for _ in range(min(limit, len(calls))):
                group.start_soon(worker)
        if failures:
            raise failures[0]
        return [results[index] for index in range(len(calls))]


class Bounded:
    """The blocking twin of ``AsyncBounded``: the calls one after another."""

    @staticmethod
    def map(calls: Sequence[Callable[[], T]], limit: int) -> list[T]:
        return [call() for call in calls]


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

"""Calls over many items with a bound on how many run at once: ``AsyncBounded`` for the async runtime, and
``Bounded``, which ``codegen/unasync.py`` puts in its place in the derived blocking code, one after another.

anyio is imported on first use (asyncio and trio alike), so the blocking client never loads it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import anyio.abc

T = TypeVar("T")


class AsyncBounded:
    """Runs an async call for each item in a task group, at most ``limit`` at a time."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    async def run(self, call: Callable[[T], Awaitable[object]], items: Sequence[T]) -> None:
        """``call(item)`` for every item. The first failure cancels the calls still running and is raised
        as itself (not in an exception group) once they stopped; a cancellation from outside stops them
        all the same, and no task outlives this call."""
        import anyio

        queue = iter(items)
        failures: list[Exception] = []

        async def worker(group: anyio.abc.TaskGroup) -> None:
            for item in queue:  # shared: each item is taken by exactly one worker
                try:
                    await call(item)
                except Exception as failure:
                    failures.append(failure)
                    group.cancel_scope.cancel()
                    return

        async with anyio.create_task_group() as group:
            for _ in range(min(self.limit, len(items))):
                group.start_soon(worker, group)
        if failures:
            raise failures[0]


class Bounded:
    """``AsyncBounded`` for the blocking client: the calls one after another, stopping at the first failure."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def run(self, call: Callable[[T], object], items: Sequence[T]) -> None:
        for item in items:
            call(item)

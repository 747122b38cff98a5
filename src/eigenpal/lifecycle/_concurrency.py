"""The few primitives that differ between the async lifecycle helpers and their derived blocking twins.

``codegen/unasync.py`` rewrites ``asleep`` to ``sleep`` and ``AsyncShadows`` to ``Shadows``; everything
else is the same code. anyio is imported on first use, so blocking code never loads it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, ClassVar

from .. import EigenpalUsageError

if TYPE_CHECKING:
    from types import TracebackType

    import anyio
    import anyio.abc


async def asleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


class AsyncShadows:
    """Shadow calls as tasks of a task group (asyncio or trio) that lives inside the router's ``async with``
    block: at most ``limit`` in flight, ``workers`` of them running at once (every one when ``None``)."""

    WORKERS: ClassVar[int | None] = None

    def __init__(self, limit: int, workers: int | None) -> None:
        self._limit = limit
        self._workers = workers
        self._pending = 0
        self._group: anyio.abc.TaskGroup | None = None
        self._limiter: anyio.CapacityLimiter | None = None

    async def __aenter__(self) -> None:
        import anyio

        if self._workers is not None:
            self._limiter = anyio.CapacityLimiter(self._workers)
        self._group = anyio.create_task_group()
        await self._group.__aenter__()

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._group is not None:
            await self._group.__aexit__(kind, error, tb)
            self._group = None

    async def aclose(self) -> None:
        """Wait for the calls in flight; later calls need the block entered again."""
        await self.__aexit__(None, None, None)

    def claim(self) -> bool:
        """Take a place for one more call; ``False`` when ``limit`` are in flight already."""
        if self._group is None:
            raise EigenpalUsageError(
                "use AsyncRouter as `async with AsyncRouter(...) as router:` so shadow calls can run."
            )
        if self._pending >= self._limit:
            return False
        self._pending += 1
        return True

    def start(self, call: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Run ``call(*args)`` in the background, in the place ``claim`` took."""
        assert self._group is not None
        self._group.start_soon(self._run, call, args)

    async def _run(self, call: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> None:
        try:
            async with self._limiter or contextlib.nullcontext():
                await call(*args)
        finally:
            self._pending -= 1


class Shadows:
    """Shadow calls on a small thread pool, running from the start: at most ``limit`` in flight (running or
    queued), ``workers`` threads running them."""

    WORKERS: ClassVar[int | None] = 4

    def __init__(self, limit: int, workers: int | None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="eigenpal-shadow")
        self._slots = threading.BoundedSemaphore(limit)

    def __enter__(self) -> None:
        """Nothing to open: the pool runs from the start."""

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the calls in flight, then stop the pool."""
        self._pool.shutdown(wait=True)

    def claim(self) -> bool:
        """Take a place for one more call; ``False`` when ``limit`` are in flight already."""
        return self._slots.acquire(blocking=False)

    def start(self, call: Callable[..., Any], *args: Any) -> None:
        """Run ``call(*args)`` on the pool, in the place ``claim`` took."""
        self._pool.submit(self._run, call, args)

    def _run(self, call: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            call(*args)
        finally:
            self._slots.release()

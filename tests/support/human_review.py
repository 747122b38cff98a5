"""Human review in tests: the queue of either client, a blocking call kept off the event loop, and a
reviewer that approves the task of the one run in flight from a client of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio

from eigenpal import EigenpalClient
from eigenpal.emulator import Emulator
from eigenpal.lifecycle import AsyncHumanReviewQueue, HumanReviewQueue

REVIEW_TARGET = "workflows.review-invoice"
LONG = 30.0
"""A timeout no test reaches: a wait that returns did not spend it."""


def queue_of(client: Any, *args: Any, **options: Any) -> Any:
    """The queue class of the client's kind."""
    kind = HumanReviewQueue if isinstance(client, EigenpalClient) else AsyncHumanReviewQueue
    return kind(client, *args, **options)


async def in_background(client: Any, call: Callable[[], Any]) -> Any:
    """A blocking client's call in a worker thread (the loop keeps running meanwhile); an async client's
    awaited."""
    if isinstance(client, EigenpalClient):
        return await anyio.to_thread.run_sync(call)
    return await call()


async def approve_when_pending(emu: Emulator, corrections: dict[str, Any]) -> str:
    """Wait for the one pending task to appear, then approve it with ``corrections``; its id."""

    def approve() -> str | None:
        with emu.client() as reviewer:
            queue = HumanReviewQueue(reviewer, REVIEW_TARGET)
            pending = list(queue.pending())
            if not pending:
                return None
            queue.approve(pending[0], corrections)
            return str(pending[0].id)

    with anyio.fail_after(LONG):
        while (approved := await anyio.to_thread.run_sync(approve)) is None:
            await anyio.sleep(0.05)
    return approved

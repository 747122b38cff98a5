"""``run_and_wait``: start a run and return it once it is terminal, with as few requests as possible.

The start request asks the server to hold it until the run ends (``wait_for_completion``, at most
600 s), so a run that finishes in time costs one request and returns the moment it ends. A longer run
is then polled with ``GET /runs/{id}`` at a growing, bounded interval until the deadline.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .._compat import asleep
from .._constants import MAX_WAIT_SECONDS
from .._errors import EigenpalTimeoutError
from .._params import seconds

if TYPE_CHECKING:
    from .._generated.models import Run, RunAccepted

POLL_FIRST_SECONDS = 0.1
POLL_MAX_SECONDS = 2.0
MAX_RUN_WAIT_SECONDS = 7 * 86_400.0
"""A week: longer waits are mistakes (or ``inf``), refused before the run starts."""
LONG_POLL_MARGIN_SECONDS = 15.0
"""Added to the request timeout of a long-poll so the client never gives up before the server answers."""


async def wait_for_run(
    start: Callable[[int | None, float | None], Awaitable[Run | RunAccepted]],
    get: Callable[[str], Awaitable[Run]],
    timeout_seconds: float,
    poll_interval_seconds: float | None,
) -> Run:
    """Start with ``start(wait, request_timeout)``, then poll ``get(run_id)`` until the run is terminal."""
    timeout_seconds, poll_interval_seconds, deadline = _limits(timeout_seconds, poll_interval_seconds)
    wait = min(MAX_WAIT_SECONDS, math.floor(timeout_seconds))
    started = await start(wait or None, wait + LONG_POLL_MARGIN_SECONDS if wait else None)
    if started.finished is True and hasattr(started, "execution"):
        return started  # type: ignore[return-value]
    return await poll_until_finished(started.id, get, deadline, timeout_seconds, poll_interval_seconds)


async def wait_for_existing_run(
    run_id: str,
    get: Callable[[str], Awaitable[Run]],
    timeout_seconds: float,
    poll_interval_seconds: float | None,
) -> Run:
    """Poll ``get(run_id)`` until the run is terminal: the first look is immediate."""
    timeout_seconds, poll_interval_seconds, deadline = _limits(timeout_seconds, poll_interval_seconds)
    run = await get(run_id)
    if run.finished is True:
        return run
    return await poll_until_finished(run_id, get, deadline, timeout_seconds, poll_interval_seconds)


def _limits(timeout_seconds: float, poll_interval_seconds: float | None) -> tuple[float, float | None, float]:
    """The checked timeout and poll interval, and the deadline they give from now."""
    timeout_seconds = seconds(timeout_seconds, "timeout_seconds", maximum=MAX_RUN_WAIT_SECONDS)
    if poll_interval_seconds is not None:
        poll_interval_seconds = seconds(poll_interval_seconds, "poll_interval_seconds")
    return timeout_seconds, poll_interval_seconds, time.monotonic() + timeout_seconds


async def poll_until_finished(
    run_id: str,
    get: Callable[[str], Awaitable[Run]],
    deadline: float,
    timeout_seconds: float,
    poll_interval_seconds: float | None,
) -> Run:
    """Poll at a growing, bounded interval (or the caller's) until the run ends or the deadline passes."""
    interval = poll_interval_seconds or POLL_FIRST_SECONDS
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise EigenpalTimeoutError(
                f"run {run_id} did not finish within {timeout_seconds:g} s. It keeps running on the server: "
                f"wait again with client.runs.wait({run_id!r}), or stop it with client.runs.cancel({run_id!r}).",
                run_id=run_id,
            )
        await asleep(min(interval, remaining))
        run = await get(run_id)
        if run.finished is True:
            return run
        if poll_interval_seconds is None:
            interval = min(interval * 1.5, POLL_MAX_SECONDS)

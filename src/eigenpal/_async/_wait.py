"""``run_and_wait``: start a run and return it once it is terminal, with as few requests as possible.

The start request asks the server to hold it until the run ends (``wait_for_completion``, at most
600 s), so a run that finishes in time costs one request and returns the moment it ends. A longer run
is then polled with ``GET /runs/{id}`` at a growing, bounded interval until the deadline.

A run may stop for a person: status ``waiting`` (not finished) while a human review task holds it. Only
someone deciding that task moves it on, so by default (``human_review="return"``) a waiting run is
returned at once, as the server's long-poll does, instead of spending the whole timeout on it. With
``"wait"`` it counts as running, and a timeout names the task to decide.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal, get_args

from .._compat import asleep
from .._constants import MAX_WAIT_SECONDS
from .._errors import EigenpalTimeoutError, EigenpalUsageError
from .._params import seconds

if TYPE_CHECKING:
    from .._generated.models import Run, RunAccepted, RunListItem

HumanReview = Literal["return", "wait"]
"""What a wait does with a run held for a person (status ``waiting``): return it, or wait for the decision."""
TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled", "rejected"})
"""A run in one of these ended; ``rejected`` is a human review's refusal."""
WAITING_STATUS = "waiting"

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
    human_review: HumanReview = "return",
) -> Run:
    """Start with ``start(wait, request_timeout)``, then poll ``get(run_id)`` until the run is terminal
    (or waiting for a person, with ``human_review="return"``)."""
    timeout_seconds, poll_interval_seconds, deadline = _limits(
        timeout_seconds, poll_interval_seconds, human_review
    )
    wait = min(MAX_WAIT_SECONDS, math.floor(timeout_seconds))
    started = await start(wait or None, wait + LONG_POLL_MARGIN_SECONDS if wait else None)
    run: Run | None = started if hasattr(started, "execution") else None  # type: ignore[assignment]
    if run is not None and settled(run, human_review):  # a Run, not a RunAccepted
        return run
    return await poll_until_finished(
        started.id, get, deadline, timeout_seconds, poll_interval_seconds, human_review, run
    )


async def wait_for_existing_run(
    run_id: str,
    get: Callable[[str], Awaitable[Run]],
    timeout_seconds: float,
    poll_interval_seconds: float | None,
    human_review: HumanReview = "return",
) -> Run:
    """Poll ``get(run_id)`` until the run is terminal (or waiting, with ``human_review="return"``): the
    first look is immediate."""
    timeout_seconds, poll_interval_seconds, deadline = _limits(
        timeout_seconds, poll_interval_seconds, human_review
    )
    run = await get(run_id)
    if settled(run, human_review):
        return run
    return await poll_until_finished(
        run_id, get, deadline, timeout_seconds, poll_interval_seconds, human_review, run
    )


def _limits(
    timeout_seconds: float, poll_interval_seconds: float | None, human_review: object
) -> tuple[float, float | None, float]:
    """The checked arguments, and the deadline they give from now."""
    check_human_review(human_review)
    timeout_seconds = seconds(timeout_seconds, "timeout_seconds", maximum=MAX_RUN_WAIT_SECONDS)
    if poll_interval_seconds is not None:
        poll_interval_seconds = seconds(poll_interval_seconds, "poll_interval_seconds")
    return timeout_seconds, poll_interval_seconds, time.monotonic() + timeout_seconds


def check_human_review(value: object) -> HumanReview:
    """``"return"`` or ``"wait"``, else ``EigenpalUsageError`` before anything is sent."""
    if isinstance(value, str) and value in get_args(HumanReview):
        return value  # type: ignore[return-value]
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
    raise EigenpalUsageError(
        f"human_review must be 'return' (hand back a run waiting for a person at once, the default) or "
        f"'wait' (keep waiting until someone decides its human review task), got {shown}."
    )


def settled(run: Run, human_review: HumanReview) -> bool:
    """Whether the wait is over: the run ended, or it waits for a person and the caller wants it back."""
    status = str(run.execution.status)
    if run.finished is True or status in TERMINAL_STATUSES:
        return True
    return human_review == "return" and status == WAITING_STATUS


def waiting_task_id(run: Run | RunListItem) -> str | None:
    """The id of the human review task a run waits on (status ``waiting``), else ``None``.

    ``run_and_wait`` and ``runs.wait`` hand back a run held for a person at once (``human_review="return"``);
    this is the task to decide: ``HumanReviewQueue(client).approve(waiting_task_id(run))``."""
    if str(run.execution.status) != WAITING_STATUS:
        return None
    summary = run.execution.human_review
    return summary.task_id if summary else None


async def poll_until_finished(
    run_id: str,
    get: Callable[[str], Awaitable[Run]],
    deadline: float,
    timeout_seconds: float,
    poll_interval_seconds: float | None,
    human_review: HumanReview = "return",
    last: Run | None = None,
) -> Run:
    """Poll at a growing, bounded interval (or the caller's) until the run settles or the deadline passes."""
    interval = poll_interval_seconds or POLL_FIRST_SECONDS
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timed_out(run_id, timeout_seconds, None if last is None else waiting_task_id(last))
        await asleep(min(interval, remaining))
        last = await get(run_id)
        if settled(last, human_review):
            return last
        if poll_interval_seconds is None:
            interval = min(interval * 1.5, POLL_MAX_SECONDS)


def _timed_out(run_id: str, timeout_seconds: float, task_id: str | None) -> EigenpalTimeoutError:
    """The timeout of a wait; for a run held for a person, which task to decide and how."""
    if task_id is None:
        return EigenpalTimeoutError(
            f"run {run_id} did not finish within {timeout_seconds:g} s. It keeps running on the server: "
            f"wait again with client.runs.wait({run_id!r}), or stop it with client.runs.cancel({run_id!r}).",
            run_id=run_id,
        )
    return EigenpalTimeoutError(
        f"run {run_id} did not finish within {timeout_seconds:g} s: it waits on human review task "
        f"{task_id}, which nobody decided. Decide it with client.human_reviews.approve({task_id!r}, "
        f"expected_version=...) or client.human_reviews.reject(...), with "
        f"eigenpal.lifecycle.HumanReviewQueue(client).approve({task_id!r}) or .reject({task_id!r}, reason=...), "
        f"or from the command line: eigenpal human-reviews approve {task_id} (or reject {task_id} --reason ...). "
        f"Then wait again with client.runs.wait({run_id!r}, human_review='wait').",
        run_id=run_id,
    )

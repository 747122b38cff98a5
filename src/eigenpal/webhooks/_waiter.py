"""``AsyncRunWaiter``: await many runs through webhook events instead of polling, with ``runs.get`` as the
fallback, so a lost webhook delays a wait but never hangs it.

    waiter = AsyncRunWaiter(client)
    waiter.feed(webhooks.verify(body, headers, secret))   # in the receiver, for every delivery
    run = await waiter.wait(run_id)                        # elsewhere: a WebhookRun once the run settles

Cheap at thousands of waits: each awaited run id holds one event object, shared by its waits and dropped
when the last of them ends (returned, timed out or cancelled); a wait runs in its caller's task and starts
none. A run whose settling event has not come within ``fallback_after`` seconds is read with ``runs.get``,
again every ``fallback_after`` seconds; a settling event that left the output out (``outputOmitted``) costs
one ``runs.get`` for it.

Async only (asyncio and trio): a service awaiting thousands of runs runs an event loop; a blocking script
has ``client.run_and_wait``, one long-poll per run, so there is no sync twin.

``feed`` is thread-safe: a receiver in another thread (a threaded listener, a WSGI app) calls it directly;
the wake-up is handed to the waiter's event loop without blocking that thread. The waits of one waiter run
on one event loop at a time.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from .._async._wait import (
    MAX_RUN_WAIT_SECONDS,
    TERMINAL_STATUSES,
    WAITING_STATUS,
    HumanReview,
    check_human_review,
    waiting_task_id,
)
from .._errors import EigenpalTimeoutError, EigenpalUsageError
from .._generated.models import RunCreatedEvent, RunStatusChangedEvent, WebhookRun
from .._params import required_id, seconds
from ._events import UnknownWebhookEvent, WebhookEvent
from ._receipts import RunStatuses

if TYPE_CHECKING:
    import anyio

    from .._async._client import AsyncEigenpalClient
    from .._generated.models import Run

CallSoon = Callable[[Callable[[], object]], object]
"""Schedules a callback on an event loop from any thread, without waiting for it."""


class AsyncRunWaiter:
    """Awaits runs by id as verified webhook events arrive (``feed``), falling back to ``client.runs.get``.

    ``fallback_after``: seconds without a settling event before a wait reads the run itself (and between
    such reads). ``statuses``: where each run's newest known status is kept (a fresh ``RunStatuses`` by
    default); it remembers events that came before their wait, so such a wait returns at once. It may be
    shared with a receiver that applies events to it too: ``feed`` still wakes the waits of a settled run."""

    def __init__(
        self,
        client: AsyncEigenpalClient,
        *,
        fallback_after: float = 30.0,
        statuses: RunStatuses | None = None,
    ) -> None:
        from .._async._client import AsyncEigenpalClient

        if not isinstance(client, AsyncEigenpalClient):
            raise EigenpalUsageError(
                f"client: an AsyncEigenpalClient, got {type(client).__name__}; a blocking script awaits a run "
                "with EigenpalClient.run_and_wait or runs.wait instead"
            )
        if statuses is not None and not isinstance(statuses, RunStatuses):
            raise EigenpalUsageError(
                f"statuses: an eigenpal.webhooks.RunStatuses, or None for a fresh one; got {type(statuses).__name__}"
            )
        self.fallback_after = seconds(fallback_after, "fallback_after", maximum=MAX_RUN_WAIT_SECONDS)
        self.statuses = RunStatuses() if statuses is None else statuses
        self._client = client
        self._awaited: dict[str, _Awaited] = {}
        self._lock = threading.Lock()
        self._home: tuple[int, CallSoon] | None = None

    def feed(self, event: WebhookEvent) -> bool:
        """Take one verified event: True when it is news about its run (never-backwards rule of
        ``RunStatuses``); a run it settles wakes its waits. Safe from any thread."""
        if not isinstance(event, (RunCreatedEvent, RunStatusChangedEvent, UnknownWebhookEvent)):
            raise EigenpalUsageError(
                f"event: an event from eigenpal.webhooks.verify(body, headers, secret), got {type(event).__name__}"
            )
        if isinstance(event, UnknownWebhookEvent):
            return False
        news = self.statuses.apply(event)
        run_id = event.data.run.id
        # News or not: ``statuses`` may be shared with a receiver that applied this event first.
        if _may_settle(self.statuses.status(run_id)):
            self._wake(run_id)
        return news

    async def wait(
        self, run_id: str, *, timeout: float | None = None, human_review: HumanReview = "return"
    ) -> WebhookRun:
        """The run once it settles: ended (completed, failed, cancelled, rejected), or held for a person
        (``waiting``) with ``human_review="return"``, as ``runs.wait`` does; ``"wait"`` waits on through the
        review. Raises ``EigenpalTimeoutError`` (``run_id`` set) after ``timeout`` seconds; the run goes on."""
        import anyio

        run_id = required_id(run_id, "run_id")
        mode = check_human_review(human_review)
        limit = None if timeout is None else seconds(timeout, "timeout", maximum=MAX_RUN_WAIT_SECONDS)
        seen = _Seen()
        awaited = self._enter(run_id)
        try:
            with anyio.move_on_after(limit):
                return await self._until_settled(run_id, mode, awaited, seen)
        finally:
            self._leave(run_id, awaited)
        raise _timed_out(run_id, limit or 0.0, mode, seen)

    async def _until_settled(
        self, run_id: str, mode: HumanReview, awaited: _Awaited, seen: _Seen
    ) -> WebhookRun:
        import anyio

        check_at = anyio.current_time() + self.fallback_after
        while True:
            if awaited.event.is_set():  # woken by a status that settles other waits, not this one
                awaited.event = anyio.Event()
            known = self.statuses.get(run_id)
            if known is not None:
                seen.event_status(str(known.status))
                if _settles(str(known.status), mode):
                    return await self._with_output(known, seen)
            with anyio.move_on_after(check_at - anyio.current_time()):
                await awaited.event.wait()
                continue
            run = await self._fetch(run_id, seen)
            if _settles(str(run.status), mode):
                return run
            check_at = anyio.current_time() + self.fallback_after

    async def _with_output(self, known: WebhookRun, seen: _Seen) -> WebhookRun:
        """``known``, or the run as ``runs.get`` reads it when the event left its output out."""
        return await self._fetch(known.id, seen) if known.output_omitted is True else known

    async def _fetch(self, run_id: str, seen: _Seen) -> WebhookRun:
        fetched = await self._client.runs.get(run_id)
        seen.fetched(fetched)
        return as_webhook_run(fetched)

    # ---- the awaited run ids ------------------------------------------------------------------------------
    def _enter(self, run_id: str) -> _Awaited:
        with self._lock:
            if not self._awaited:  # no wait going on: this one's event loop becomes the waiter's
                self._home = (threading.get_ident(), _call_soon_threadsafe())
            elif self._home is not None and self._home[0] != threading.get_ident():
                raise EigenpalUsageError(
                    "AsyncRunWaiter.wait: this waiter's waits run on another thread's event loop; make one "
                    "waiter per event loop"
                )
            awaited = self._awaited.get(run_id)
            if awaited is None:
                awaited = self._awaited[run_id] = _Awaited()
            awaited.waits += 1
            return awaited

    def _leave(self, run_id: str, awaited: _Awaited) -> None:
        with self._lock:
            awaited.waits -= 1
            if awaited.waits == 0:
                del self._awaited[run_id]

    def _wake(self, run_id: str) -> None:
        """Set the event of ``run_id``'s waits, on their loop: here, or handed to it from another thread."""
        with self._lock:
            if run_id not in self._awaited or self._home is None:
                return
            thread, call_soon = self._home
        if thread == threading.get_ident():
            self._set(run_id)
            return
        with contextlib.suppress(RuntimeError):  # the loop has closed: no wait is left to wake
            call_soon(partial(self._set, run_id))

    def _set(self, run_id: str) -> None:
        awaited = self._awaited.get(run_id)
        if awaited is not None:
            awaited.event.set()

    def __len__(self) -> int:
        """The number of run ids awaited now."""
        return len(self._awaited)

    def __repr__(self) -> str:
        return f"AsyncRunWaiter({len(self)} runs awaited, fallback_after={self.fallback_after:g} s)"


class _Awaited:
    """What the waits of one run id share: the event ``feed`` sets, and how many waits hold it."""

    __slots__ = ("event", "waits")

    def __init__(self) -> None:
        import anyio

        self.event: anyio.Event = anyio.Event()
        self.waits = 0


class _Seen:
    """What one wait last learnt of its run, for the message of its timeout."""

    __slots__ = ("run", "status", "where")

    def __init__(self) -> None:
        self.status: str | None = None
        self.where = ""
        self.run: Run | None = None

    def event_status(self, status: str) -> None:
        if self.where != "events" or status != self.status:
            self.status, self.where = status, "events"

    def fetched(self, run: Run) -> None:
        self.status, self.where, self.run = str(run.execution.status), "runs.get", run


def as_webhook_run(run: Run) -> WebhookRun:
    """``run`` (from ``runs.get``) as an event describes a run: id, type, automation, status, trigger, output."""
    wire = run.to_dict()
    projected: dict[str, Any] = {
        "id": wire["id"],
        "type": wire["type"],
        "automationId": wire["source"]["id"],
        "status": wire["execution"]["status"],
        "triggerType": wire["trigger"]["type"],
    }
    if "output" in wire:
        projected["output"] = wire["output"]
    return WebhookRun.from_dict(projected)


def _settles(status: str, mode: HumanReview) -> bool:
    return status in TERMINAL_STATUSES or (mode == "return" and status == WAITING_STATUS)


def _may_settle(status: str | None) -> bool:
    """Whether ``status`` settles some wait (which ones, each wait decides)."""
    return status is not None and _settles(status, "return")


def _call_soon_threadsafe() -> CallSoon:
    """How another thread schedules a callback on the running event loop (trio's or asyncio's)."""
    import sys

    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token().run_sync_soon  # type: ignore[no-any-return]
        except RuntimeError:  # trio is loaded, but this loop is asyncio's
            pass
    import asyncio

    return asyncio.get_running_loop().call_soon_threadsafe


def _timed_out(run_id: str, limit: float, mode: HumanReview, seen: _Seen) -> EigenpalTimeoutError:
    if seen.status is None:
        known = "nothing is known of it yet: no event came, and runs.get has not been asked"
    else:
        known = f"its last known status is {seen.status} (from {seen.where})"
    task_id = waiting_task_id(seen.run) if seen.run is not None and seen.status == WAITING_STATUS else None
    advice = (
        f" It waits on human review task {task_id}: decide it with client.human_reviews.approve({task_id!r}, "
        f"expected_version=...) or .reject(...)."
        if mode == "wait" and task_id is not None
        else ""
    )
    return EigenpalTimeoutError(
        f"run {run_id} did not settle within {limit:g} s; {known}.{advice} It keeps going on the server: wait "
        f"again with waiter.wait({run_id!r}), or stop it with client.runs.cancel({run_id!r}).",
        run_id=run_id,
    )

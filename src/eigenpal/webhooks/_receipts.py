"""What a receiver keeps, since delivery is at least once and unordered: the events it has handled, and each
run's newest known status, which an older or repeated event never moves backwards."""

from __future__ import annotations

import datetime
import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

from .._async._wait import TERMINAL_STATUSES
from .._errors import EigenpalUsageError
from .._generated.models import RunCreatedEvent, RunStatusChangedEvent, WebhookRun
from ._events import WebhookEvent

STATUS_ORDER = ("created", "pending", "running", "waiting", "finalizing")
"""The order of the statuses a run passes through; terminal ones come after all of them. Only used to
break a tie between two events made in the same instant: otherwise ``createdAt`` decides."""


@runtime_checkable
class EventStore(Protocol):
    """Where a receiver records the event ids it has handled. ``MemoryEventStore`` is the default; across
    processes, put a shared store (Redis ``SET id 1 NX EX 86400``) behind the same two methods."""

    def add(self, event_id: str) -> bool:
        """Record ``event_id``; True the first time, False for a delivery already seen."""
        ...

    def discard(self, event_id: str) -> None:
        """Forget ``event_id``: its handling failed, so its redelivery must be handled."""
        ...


class MemoryEventStore:
    """The newest ``max_events`` event ids in this process's memory (thread-safe). The service retries for a
    bounded time, so a bound well above the events of that time loses no duplicate."""

    def __init__(self, max_events: int = 100_000) -> None:
        if isinstance(max_events, bool) or not isinstance(max_events, int) or max_events < 1:
            raise EigenpalUsageError(
                f"max_events: a whole number of event ids, at least 1; got {max_events!r}"
            )
        self.max_events = max_events
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._ids:
                self._ids.move_to_end(event_id)
                return False
            self._ids[event_id] = None
            if len(self._ids) > self.max_events:
                self._ids.popitem(last=False)
            return True

    def discard(self, event_id: str) -> None:
        with self._lock:
            self._ids.pop(event_id, None)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return f"MemoryEventStore({len(self)} of {self.max_events} ids)"


class RunStatuses:
    """Each run's newest known status, as events tell it: ``apply(event)`` is True when the event is news.

    The rule: a run in a terminal status (``completed``, ``failed``, ``cancelled``, ``rejected``) stays
    there; otherwise an event counts only when it was made after the one that set the known status (its
    ``createdAt``; a tie goes to the later status), so a late or repeated delivery never moves a run back.
    The newest ``max_runs`` runs are kept."""

    def __init__(self, max_runs: int = 100_000) -> None:
        if isinstance(max_runs, bool) or not isinstance(max_runs, int) or max_runs < 1:
            raise EigenpalUsageError(f"max_runs: a whole number of runs, at least 1; got {max_runs!r}")
        self.max_runs = max_runs
        self._runs: OrderedDict[str, tuple[datetime.datetime, int, WebhookRun]] = OrderedDict()
        self._lock = threading.Lock()

    def apply(self, event: WebhookEvent) -> bool:
        """Record what ``event`` says about its run; True when that moves the run's known status forward."""
        if not isinstance(event, (RunCreatedEvent, RunStatusChangedEvent)):
            return False
        run = event.data.run
        status = str(event.data.current_status if isinstance(event, RunStatusChangedEvent) else run.status)
        made = _aware(event.created_at_datetime)
        with self._lock:
            known = self._runs.get(run.id)
            if known is not None:
                known_made, known_rank, known_run = known
                if str(known_run.status) in TERMINAL_STATUSES or (made, _rank(status)) <= (
                    known_made,
                    known_rank,
                ):
                    return False
            self._runs[run.id] = (made, _rank(status), _with_status(run, status))
            self._runs.move_to_end(run.id)
            if len(self._runs) > self.max_runs:
                self._runs.popitem(last=False)
            return True

    def get(self, run_id: str) -> WebhookRun | None:
        """The run as its newest event described it (``.status``, ``.output``), or None if no event came."""
        known = self._runs.get(run_id)
        return None if known is None else known[2]

    def status(self, run_id: str) -> str | None:
        """The run's newest known status, or None."""
        run = self.get(run_id)
        return None if run is None else str(run.status)

    def __len__(self) -> int:
        return len(self._runs)

    def __repr__(self) -> str:
        return f"RunStatuses({len(self)} runs)"


def _rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def _aware(moment: datetime.datetime | None) -> datetime.datetime:
    """``createdAt`` as read (timezone-aware); an event without a readable one sorts first."""
    return moment if moment is not None else datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)


def _with_status(run: WebhookRun, status: str) -> WebhookRun:
    """``run`` with the event's ``currentStatus``, should its ``status`` lag behind it."""
    if str(run.status) == status:
        return run
    return WebhookRun.from_dict({**run.to_dict(), "status": status})

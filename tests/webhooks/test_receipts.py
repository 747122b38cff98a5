"""What a receiver keeps: the ids it handled (bounded) and each run's status, which no late, repeated or
reordered event moves backwards."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import EigenpalUsageError
from eigenpal.types import JSONObject
from eigenpal.webhooks import EventStore, MemoryEventStore, RunStatuses, UnknownWebhookEvent, parse_event
from eigenpal.webhooks._receipts import STATUS_ORDER
from tests.support.webhooks import event_body

TERMINAL = ("completed", "failed", "cancelled", "rejected")


def event(run_id: str, status: str, second: int, previous: str | None = "running", **run: Any) -> Any:
    body = event_body(
        run_id,
        status,
        previous=previous,
        event_id=f"whev_{run_id}_{second}_{status}",
        created_at=f"2026-12-01T10:00:{second:02d}.000Z",
        **run,
    )
    return parse_event(body)


def test_the_store_says_first_once_and_keeps_the_newest_ids() -> None:
    store = MemoryEventStore(max_events=3)
    assert isinstance(store, EventStore)
    assert [store.add(i) for i in ("a", "b", "a", "c", "d")] == [True, True, False, True, True]
    assert "b" not in store and "a" in store and len(store) == 3  # "a" was seen again: it stays newest
    store.discard("a")
    assert store.add("a") and repr(store) == "MemoryEventStore(3 of 3 ids)"


def test_the_store_gives_each_id_to_one_thread() -> None:
    store, firsts = MemoryEventStore(), []
    barrier = threading.Barrier(8)

    def deliver() -> None:
        barrier.wait()
        firsts.extend(i for i in range(500) if store.add(f"whev_{i}"))

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(firsts) == list(range(500))


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "10"])
def test_bounds_are_checked(bad: Any) -> None:
    with pytest.raises(EigenpalUsageError, match=r"^max_events:"):
        MemoryEventStore(bad)
    with pytest.raises(EigenpalUsageError, match=r"^max_runs:"):
        RunStatuses(bad)


def test_a_late_running_after_completed_changes_nothing() -> None:
    statuses = RunStatuses()
    assert statuses.apply(event("exec_1", "completed", 3, output={"total": 2}))
    assert not statuses.apply(event("exec_1", "running", 2, previous="pending"))
    assert not statuses.apply(event("exec_1", "pending", 1, previous=None))
    assert not statuses.apply(event("exec_1", "completed", 3, output={"total": 2}))  # a redelivery
    known = statuses.get("exec_1")
    assert known is not None and known.status == "completed" and known.output == {"total": 2}
    assert statuses.status("exec_2") is None and statuses.get("exec_2") is None


def test_a_run_may_leave_waiting_and_come_back() -> None:
    """Statuses are not a ladder: a run held for a person runs again once decided."""
    statuses = RunStatuses()
    steps = [("running", 1), ("waiting", 2), ("running", 3), ("waiting", 4), ("completed", 5)]
    assert [statuses.apply(event("exec_1", s, t)) for s, t in steps] == [True] * 5


def test_a_tie_in_time_goes_to_the_later_status_and_a_terminal_status_is_final() -> None:
    statuses = RunStatuses()
    assert statuses.apply(event("exec_1", "running", 1))
    assert statuses.apply(event("exec_1", "failed", 1))
    assert not statuses.apply(event("exec_1", "running", 9))  # nothing follows an end


def test_unknown_events_are_not_news() -> None:
    unknown = UnknownWebhookEvent(id="whev_1", type="run.deleted", body=JSONObject(json.loads(event_body())))
    assert not RunStatuses().apply(unknown)


def test_the_newest_runs_are_kept() -> None:
    statuses = RunStatuses(max_runs=2)
    for n in range(3):
        statuses.apply(event(f"exec_{n}", "running", 1))
    assert (
        statuses.status("exec_0") is None and len(statuses) == 2 and repr(statuses) == "RunStatuses(2 runs)"
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Any], dict[str, str]]:
    """The events of a few runs, each a path through the statuses ending (or not) in a terminal one, then
    delivered at least once in any order."""
    events, finals = [], {}
    for n in range(draw(st.integers(1, 4))):
        path = draw(st.lists(st.sampled_from(STATUS_ORDER), min_size=1, max_size=6))
        path = [s for i, s in enumerate(path) if i == 0 or s != path[i - 1]]
        if draw(st.booleans()):
            path.append(draw(st.sampled_from(TERMINAL)))
        run = f"exec_{n}"
        previous = None
        for second, status in enumerate(path):
            events.append(event(run, status, second, previous=previous))
            previous = status
        finals[run] = path[-1]
    delivered = events + draw(st.lists(st.sampled_from(events), max_size=len(events)))
    return draw(st.permutations(delivered)), finals


@given(histories())
@settings(max_examples=200, deadline=None)
def test_any_order_with_repeats_ends_at_each_runs_last_status(
    history: tuple[list[Any], dict[str, str]],
) -> None:
    deliveries, finals = history
    statuses = RunStatuses()
    news = [e for e in deliveries if statuses.apply(e)]
    assert {run: statuses.status(run) for run in finals} == finals
    for run, final in finals.items():  # the last status is news exactly once; nothing after it is
        last = [e for e in news if e.data.run.id == run and str(e.data.run.status) == final]
        assert news.index(last[-1]) == max(i for i, e in enumerate(news) if e.data.run.id == run)
        if final in TERMINAL:
            assert len(last) == 1

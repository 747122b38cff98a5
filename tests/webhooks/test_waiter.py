"""``AsyncRunWaiter``: runs awaited through fed webhook events, with ``runs.get`` as the fallback, on asyncio
and trio against the emulator over loopback.

Most events here are made by the test (``sign`` + ``verify``) about real runs of the emulator, so a wait
that falls back reads the same run; the last tests take the emulator's own webhooks, under its delivery
faults, through a ``WebhookListener`` whose thread feeds the waiter. Every ``runs.get`` is counted on the wire.
"""

from __future__ import annotations

import datetime
import itertools
import json
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalTimeoutError, EigenpalUsageError
from eigenpal.emulator import Emulator, WebhookFaults, WebhookRetry, new_webhook_secret
from eigenpal.webhooks import (
    AsyncRunWaiter,
    RunCreatedEvent,
    RunStatusChangedEvent,
    RunStatuses,
    UnknownWebhookEvent,
    WebhookListener,
    WebhookRun,
    sign,
    verify,
)

pytestmark = pytest.mark.anyio

TARGET = "workflows.extract-invoice"
REVIEW_TARGET = "workflows.review-invoice"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
LONG = 600.0
"""A ``fallback_after`` no test reaches: the wait can only end through an event."""
GUARD = 30.0
"""The ``timeout`` of waits that must end: a broken waiter fails the test instead of hanging it."""
_moments = itertools.count()


class Counted:
    """An ``AsyncEigenpalClient`` on the emulator whose ``GET /v1/runs/{id}`` requests are counted."""

    def __init__(self, emu: Emulator) -> None:
        self.gets: list[str] = []
        http = httpx.AsyncClient(event_hooks={"request": [self._record]})
        self.client: AsyncEigenpalClient = emu.async_client(http_client=http)

    async def _record(self, request: httpx.Request) -> None:
        parts = request.url.path.split("/")
        if request.method == "GET" and parts[:3] == ["", "v1", "runs"] and len(parts) == 4:
            self.gets.append(parts[3])


@pytest.fixture
async def counted(emu: Emulator, anyio_backend: str) -> AsyncIterator[Counted]:
    made = Counted(emu)
    async with made.client:
        yield made


def event(
    run_id: str,
    status: str,
    *,
    created: bool = False,
    output: dict[str, Any] | None = None,
    omitted: bool = False,
    at: int | None = None,
) -> RunCreatedEvent | RunStatusChangedEvent:
    """An event about ``run_id``, made after every earlier one (or at second ``at``), read as ``verify`` reads a
    signed delivery."""
    moment = datetime.datetime(2026, 7, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        seconds=next(_moments) if at is None else at
    )
    run: dict[str, Any] = {"id": run_id, "type": "workflow", "automationId": "wf_extract_invoice",
                           "status": status, "triggerType": "api"}  # fmt: skip
    if output is not None:
        run["output"] = output
    if omitted:
        run["outputOmitted"] = True
    data: dict[str, Any] = {"run": run}
    if not created:
        data |= {"previousStatus": "running", "currentStatus": status}
    body = json.dumps({
        "id": f"whev_{next(_moments)}", "type": "run.created" if created else "run.status_changed",
        "apiVersion": "2026-07-01", "createdAt": moment.isoformat(), "test": False, "data": data,
    }).encode()  # fmt: skip
    parsed = verify(body, sign(body, SECRET, event_id=json.loads(body)["id"]), SECRET)
    assert isinstance(parsed, (RunCreatedEvent, RunStatusChangedEvent))
    return parsed


async def started(client: AsyncEigenpalClient, target: str = TARGET) -> str:
    return (await client.run(target, {"customer": "ACME"})).id


async def until(condition: Any) -> None:
    """Yield to the loop until ``condition()`` holds (a wait registered, a request sent)."""
    with anyio.fail_after(GUARD):
        while not condition():
            await anyio.sleep(0.001)


# ---- events ---------------------------------------------------------------------------------------------------
async def test_an_event_before_the_wait_returns_it_at_once_without_a_request(
    emu: Emulator, counted: Counted
) -> None:
    emu.set_latency(LONG)
    run_id = await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    assert waiter.feed(event(run_id, "completed", output={"total": 12}))
    run = await waiter.wait(run_id, timeout=GUARD)
    assert isinstance(run, WebhookRun)
    assert (run.id, str(run.status), run.output.to_dict()) == (run_id, "completed", {"total": 12})
    assert counted.gets == [] and len(waiter) == 0


async def test_an_event_after_the_wait_wakes_every_wait_of_that_run_and_no_other(
    emu: Emulator, counted: Counted
) -> None:
    emu.set_latency(LONG)
    run_id, other_id = await started(counted.client), await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    results: list[WebhookRun] = []

    async def wait(run: str) -> None:
        results.append(await waiter.wait(run, timeout=GUARD))

    async with anyio.create_task_group() as group:
        for _ in range(3):
            group.start_soon(wait, run_id)
        group.start_soon(wait, other_id)
        await until(lambda: len(waiter) == 2)  # two run ids awaited, one event object each
        assert waiter.feed(event(run_id, "running")) and waiter.feed(event(run_id, "failed"))
        await until(lambda: len(results) == 3)
        assert len(waiter) == 1
        waiter.feed(event(other_id, "cancelled"))
    assert sorted(str(r.status) for r in results) == ["cancelled", "failed", "failed", "failed"]
    assert counted.gets == [] and len(waiter) == 0


async def test_duplicates_and_late_events_change_nothing(emu: Emulator, counted: Counted) -> None:
    emu.set_latency(LONG)
    run_id = await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    created, running = event(run_id, "created", created=True), event(run_id, "running")
    completed = event(run_id, "completed", output={"total": 1})
    assert waiter.feed(completed)
    assert not waiter.feed(completed)  # a second delivery of the same event
    assert not waiter.feed(running) and not waiter.feed(created)  # made before it, delivered after it
    assert not waiter.feed(event(run_id, "failed"))  # a terminal status stays
    run = await waiter.wait(run_id, timeout=GUARD)
    assert str(run.status) == "completed" and waiter.statuses.status(run_id) == "completed"
    assert counted.gets == []


async def test_a_run_event_the_waiter_does_not_know_is_no_news(counted: Counted) -> None:
    waiter = AsyncRunWaiter(counted.client)
    assert not waiter.feed(UnknownWebhookEvent(id="whev_1", type="run.deleted", body={}))  # type: ignore[arg-type]


async def test_a_settling_event_without_its_output_costs_one_runs_get(
    emu: Emulator, counted: Counted
) -> None:
    finished = await counted.client.run_and_wait(TARGET, {"customer": "ACME"})
    counted.gets.clear()
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    waiter.feed(event(finished.id, "completed", omitted=True))
    run = await waiter.wait(finished.id, timeout=GUARD)
    assert counted.gets == [finished.id]
    assert run.output.to_dict() == finished.to_dict()["output"] and str(run.status) == "completed"


# ---- the fallback -----------------------------------------------------------------------------------------------
async def test_without_events_the_wait_reads_the_run_after_fallback_after(counted: Counted) -> None:
    run_id = await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=0.02)
    run = await waiter.wait(run_id, timeout=GUARD)
    fetched = await counted.client.runs.get(run_id)
    assert counted.gets[0] == run_id and str(run.status) == "completed"
    assert run.to_dict() == {
        "id": run_id,
        "type": "workflow",
        "automationId": fetched.source.id,
        "status": "completed",
        "triggerType": fetched.trigger.type_,
        "output": fetched.to_dict()["output"],
    }


async def test_a_fallback_that_finds_the_run_going_keeps_waiting_for_the_event(
    emu: Emulator, counted: Counted
) -> None:
    emu.set_latency(LONG)
    run_id = await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=0.02)
    results: list[WebhookRun] = []

    async def wait() -> None:
        results.append(await waiter.wait(run_id, timeout=GUARD))

    async with anyio.create_task_group() as group:
        group.start_soon(wait)
        await until(lambda: len(counted.gets) >= 2)  # read twice, still running: still waiting
        assert results == []
        waiter.feed(event(run_id, "completed", output={"total": 3}))
    assert str(results[0].status) == "completed" and results[0].output.to_dict() == {"total": 3}


async def test_statuses_shared_with_a_receiver_that_applied_the_event_first_still_wake_the_wait(
    emu: Emulator, counted: Counted
) -> None:
    emu.set_latency(LONG)
    run_id = await started(counted.client)
    shared = RunStatuses()
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG, statuses=shared)
    results: list[str] = []

    async def wait() -> None:
        results.append(str((await waiter.wait(run_id, timeout=GUARD)).status))

    async with anyio.create_task_group() as group:
        group.start_soon(wait)
        await until(lambda: len(waiter) == 1)
        completed = event(run_id, "completed")
        assert shared.apply(completed)  # the receiver's own bookkeeping came first
        assert not waiter.feed(completed)  # no news, but the wait must still wake
    assert results == ["completed"] and counted.gets == []


# ---- timeout and cancellation -------------------------------------------------------------------------------------
async def test_a_timeout_names_the_run_and_its_last_known_status(emu: Emulator, counted: Counted) -> None:
    emu.set_latency(LONG)
    run_id = await started(counted.client)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    waiter.feed(event(run_id, "running"))
    with pytest.raises(EigenpalTimeoutError) as raised:
        await waiter.wait(run_id, timeout=0.05)
    assert raised.value.run_id == run_id
    assert run_id in str(raised.value) and "last known status is running (from events)" in str(raised.value)
    with pytest.raises(EigenpalTimeoutError, match="nothing is known of it yet"):
        await waiter.wait("exec_unheard_of", timeout=0.01)
    assert len(waiter) == 0 and counted.gets == []


async def test_a_storm_of_cancellations_leaves_nothing_behind_and_the_rest_resolve(counted: Counted) -> None:
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    ids = [f"exec_storm_{index}" for index in range(500)]
    scopes: dict[str, anyio.CancelScope] = {}
    results: dict[str, str] = {}

    async def wait(run_id: str) -> None:
        with anyio.CancelScope() as scope:
            scopes[run_id] = scope
            results[run_id] = str((await waiter.wait(run_id, timeout=GUARD)).status)

    async with anyio.create_task_group() as group:
        for run_id in ids:
            group.start_soon(wait, run_id)
        await until(lambda: len(waiter) == len(ids))
        for run_id in ids[::2]:
            scopes[run_id].cancel()
        await until(lambda: len(waiter) == len(ids) // 2)  # each cancelled wait took its event with it
        for run_id in ids[1::2]:
            waiter.feed(event(run_id, "completed"))
    assert results == dict.fromkeys(ids[1::2], "completed")
    assert len(waiter) == 0 and waiter._awaited == {} and counted.gets == []


async def test_one_wait_cancelled_leaves_the_other_waits_of_its_run_waiting(counted: Counted) -> None:
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    results: list[str] = []

    async def wait() -> None:
        results.append(str((await waiter.wait("exec_shared", timeout=GUARD)).status))

    async with anyio.create_task_group() as group:
        group.start_soon(wait)
        with anyio.move_on_after(0.01):
            await waiter.wait("exec_shared")
        assert len(waiter) == 1
        waiter.feed(event("exec_shared", "completed"))
    assert results == ["completed"] and len(waiter) == 0


# ---- a run held for a person -------------------------------------------------------------------------------------
async def test_human_review_return_hands_back_a_waiting_run(counted: Counted) -> None:
    run_id = await started(counted.client, REVIEW_TARGET)
    waiter = AsyncRunWaiter(counted.client, fallback_after=0.02)
    run = await waiter.wait(run_id, timeout=GUARD)  # no event: the fallback finds it waiting
    assert str(run.status) == "waiting" and run.automation_id == "wf_review_invoice"


async def test_a_waiting_event_settles_the_return_waits_and_not_the_wait_waits(
    emu: Emulator, counted: Counted
) -> None:
    run_id = await started(counted.client, REVIEW_TARGET)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    results: dict[str, str] = {}

    async def wait(mode: Any) -> None:
        results[mode] = str((await waiter.wait(run_id, timeout=GUARD, human_review=mode)).status)

    async with anyio.create_task_group() as group:
        group.start_soon(wait, "wait")
        group.start_soon(wait, "return")
        await until(lambda: len(waiter) == 1 and waiter._awaited[run_id].waits == 2)
        waiter.feed(event(run_id, "waiting"))
        await until(lambda: "return" in results)
        assert "wait" not in results  # woken too, it found the run not settled for it and waits on
        waiter.feed(event(run_id, "completed"))
    assert results == {"return": "waiting", "wait": "completed"}


async def test_human_review_wait_times_out_on_a_waiting_run(counted: Counted) -> None:
    run_id = await started(counted.client, REVIEW_TARGET)
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    waiter.feed(event(run_id, "waiting"))
    with pytest.raises(EigenpalTimeoutError, match="last known status is waiting"):
        await waiter.wait(run_id, timeout=0.05, human_review="wait")


# ---- threads ---------------------------------------------------------------------------------------------------------
async def test_a_receiver_thread_feeds_the_waiter_directly(emu: Emulator, counted: Counted) -> None:
    emu.set_latency(LONG)
    run_ids = [await started(counted.client) for _ in range(3)]
    waiter = AsyncRunWaiter(counted.client, fallback_after=LONG)
    results: list[str] = []

    async def wait(run_id: str) -> None:
        results.append(str((await waiter.wait(run_id, timeout=GUARD)).status))

    async with anyio.create_task_group() as group:
        for run_id in run_ids:
            group.start_soon(wait, run_id)
        await until(lambda: len(waiter) == 3)
        receiver = threading.Thread(target=lambda: [waiter.feed(event(r, "completed")) for r in run_ids])
        receiver.start()  # a plain thread, unknown to anyio, as a threaded listener is
        # No polling from here on: the loop sleeps until the feed's wake-up reaches it (or GUARD fails).
    receiver.join()
    assert results == ["completed"] * 3 and len(waiter) == 0


# ---- arguments ---------------------------------------------------------------------------------------------------------
not_seconds = st.one_of(
    st.booleans(), st.text(max_size=3), st.none(), st.just(float("nan")), st.just(float("inf")),
    st.floats(max_value=0.0), st.integers(max_value=0), st.floats(min_value=7 * 86_400.0 + 1),
)  # fmt: skip


def unsent() -> AsyncEigenpalClient:
    """A client whose requests would fail to connect: a usage error must come before any is sent."""
    return AsyncEigenpalClient(
        api_key="ep_live_0123456789abcdef", base_url="http://127.0.0.1:9", max_retries=0
    )


@settings(max_examples=40, deadline=None)
@given(value=not_seconds)
def test_fallback_after_must_be_seconds(value: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="fallback_after"):
        AsyncRunWaiter(unsent(), fallback_after=value)


@settings(max_examples=40, deadline=None)
@given(value=not_seconds.filter(lambda v: v is not None), backend=st.sampled_from(["asyncio", "trio"]))
def test_timeout_must_be_seconds_or_none(value: Any, backend: str) -> None:
    waiter = AsyncRunWaiter(unsent())
    with pytest.raises(EigenpalUsageError, match="timeout"):
        anyio.run(lambda: waiter.wait("exec_1", timeout=value), backend=backend)
    assert len(waiter) == 0


@settings(max_examples=30, deadline=None)
@given(
    run_id=st.one_of(st.none(), st.integers(), st.just(""), st.just("   "), st.just(".."), st.binary()),
    backend=st.sampled_from(["asyncio", "trio"]),
)
def test_run_id_must_be_an_id(run_id: Any, backend: str) -> None:
    with pytest.raises(EigenpalUsageError, match="run_id"):
        anyio.run(lambda: AsyncRunWaiter(unsent()).wait(run_id), backend=backend)


async def test_other_arguments_are_checked_before_anything_happens(emu: Emulator, counted: Counted) -> None:
    waiter = AsyncRunWaiter(counted.client, statuses=RunStatuses(10))
    with pytest.raises(EigenpalUsageError, match="human_review"):
        await waiter.wait("exec_1", human_review="later")  # type: ignore[arg-type]
    with pytest.raises(EigenpalUsageError, match=r"event: an event from eigenpal\.webhooks\.verify"):
        waiter.feed({"type": "run.status_changed"})  # type: ignore[arg-type]
    with pytest.raises(EigenpalUsageError, match="statuses"):
        AsyncRunWaiter(counted.client, statuses={})  # type: ignore[arg-type]
    with emu.client() as blocking, pytest.raises(EigenpalUsageError, match="run_and_wait"):
        AsyncRunWaiter(blocking)  # type: ignore[arg-type]
    assert counted.gets == [] and "0 runs awaited" in repr(waiter)


# ---- end to end: the emulator's webhooks through a WebhookListener ----------------------------------------------------
@contextmanager
def sending(
    secret: str, faults: WebhookFaults | None = None, **options: Any
) -> Iterator[tuple[Emulator, WebhookListener]]:
    """An emulator whose runs send their webhooks, with ``faults``, to a listener in a thread of this process."""
    with (
        WebhookListener(secret) as listener,
        Emulator(latency=0.01, webhook_url=listener.url, webhook_secret=secret, webhook_faults=faults,
                 **options) as emulator,
    ):  # fmt: skip
        yield emulator, listener


EVERY_FAULT = WebhookFaults(
    duplicate=0.5, reorder=True, delay=0.01, drop_first_attempt=True, bad_signature=0.5, seed=23
)


@pytest.mark.parametrize("faults", [None, EVERY_FAULT], ids=["clean", "every-fault"])
async def test_runs_awaited_through_the_emulators_webhooks_end_once_each_without_polling(
    faults: WebhookFaults | None, anyio_backend: str
) -> None:
    with sending(new_webhook_secret(), faults) as (emulator, listener):
        counted = Counted(emulator)
        async with counted.client as client:
            waiter = AsyncRunWaiter(client, fallback_after=LONG)
            listener.on_event = waiter.feed  # the listener's thread feeds the waiter directly
            finals: dict[str, list[str]] = {}

            async def one(index: int) -> None:
                run_id = await started(client)
                run = await waiter.wait(run_id, timeout=GUARD)
                finals.setdefault(run_id, []).append(str(run.status))

            async with anyio.create_task_group() as group:
                for index in range(20):
                    group.start_soon(one, index)
        emulator.wait_for_webhooks()
    assert len(finals) == 20 and all(statuses == ["completed"] for statuses in finals.values())
    assert counted.gets == [] and len(waiter) == 0
    terminal = [e for e in listener.events if isinstance(e, RunStatusChangedEvent)
                and str(e.data.current_status) == "completed"]  # fmt: skip
    assert sorted(e.data.run.id for e in terminal) == sorted(finals)  # each run's final status, exactly once
    if faults is not None:
        assert listener.duplicates > 0 and listener.rejected  # the faults did happen, and changed nothing


async def test_an_output_past_the_events_limit_costs_one_runs_get_end_to_end(anyio_backend: str) -> None:
    with sending(new_webhook_secret(), webhook_output_limit=8) as (emulator, listener):
        counted = Counted(emulator)
        async with counted.client as client:
            waiter = AsyncRunWaiter(client, fallback_after=LONG)
            listener.on_event = waiter.feed
            run_id = await started(client)
            run = await waiter.wait(run_id, timeout=GUARD)
            fetched = await client.runs.get(run_id)
    assert counted.gets == [run_id, run_id]  # the waiter's one, then the test's own
    assert str(run.status) == "completed" and run.output.to_dict() == fetched.to_dict()["output"]


async def test_lost_webhooks_fall_back_to_runs_get(anyio_backend: str) -> None:
    lost = WebhookFaults(drop_first_attempt=True)
    with sending(new_webhook_secret(), lost, webhook_retry=WebhookRetry(max_attempts=1)) as (
        emulator,
        listener,
    ):
        counted = Counted(emulator)
        async with counted.client as client:
            waiter = AsyncRunWaiter(client, fallback_after=0.05)
            listener.on_event = waiter.feed
            run_id = await started(client)
            run = await waiter.wait(run_id, timeout=GUARD)
    assert str(run.status) == "completed" and counted.gets and listener.events == []


async def test_a_run_held_for_a_person_end_to_end(anyio_backend: str) -> None:
    with sending(new_webhook_secret(), EVERY_FAULT) as (emulator, listener):
        counted = Counted(emulator)
        async with counted.client as client:
            waiter = AsyncRunWaiter(client, fallback_after=LONG)
            listener.on_event = waiter.feed
            run_id = await started(client, REVIEW_TARGET)
            held = await waiter.wait(run_id, timeout=GUARD)
            with pytest.raises(EigenpalTimeoutError, match="last known status is waiting"):
                await waiter.wait(run_id, timeout=0.05, human_review="wait")
    assert str(held.status) == "waiting" and counted.gets == []


async def test_the_pytest_fixture_feeds_a_waiter(eigenpal_webhooks: Any, anyio_backend: str) -> None:
    async with eigenpal_webhooks.emulator.async_client() as client:
        waiter = AsyncRunWaiter(client, fallback_after=LONG)
        eigenpal_webhooks.listener.on_event = waiter.feed
        run = await waiter.wait(await started(client), timeout=GUARD)
    assert str(run.status) == "completed"

"""``HumanReviewQueue`` / ``AsyncHumanReviewQueue`` against the emulator's ``workflows.review-invoice`` (output
``supplier``, ``total``, ``currency``; ``total`` is required): listing and paging, confirming, approving with
corrections, rejecting, stale versions and idempotent retries, on both clients (asyncio and trio)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalAPIError, EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator, HumanReviewStep
from eigenpal.lifecycle import AsyncHumanReviewQueue, HumanReviewQueue, is_stale_decision, waiting_task_id
from tests.support.either import collect, maybe
from tests.support.human_review import LONG, REVIEW_TARGET, queue_of

pytestmark = pytest.mark.anyio

TARGET = REVIEW_TARGET
MACHINE = {"supplier": "ACME GmbH", "total": 1180.0, "currency": "EUR"}


async def waiting_run(client: Any, **input: Any) -> tuple[str, str]:
    """A run of the seeded automation held for review: its id and its task's id."""
    run = await maybe(client.run_and_wait(TARGET, input, timeout_seconds=LONG))
    assert str(run.execution.status) == "waiting"
    return run.id, str(waiting_task_id(run))


async def ended(client: Any, run_id: str) -> Any:
    return await maybe(client.runs.wait(run_id, timeout_seconds=LONG, human_review="wait"))


async def test_pending_lists_oldest_first_a_page_at_a_time_and_filters(client: Any, emu: Emulator) -> None:
    emu.add_automation("workflows.other-review", human_review=HumanReviewStep(confidences={"total": 0.1}))
    tasks = [(await waiting_run(client, n=n))[1] for n in range(3)]
    other = await maybe(client.run_and_wait("workflows.other-review", {}, timeout_seconds=LONG))
    queue = queue_of(client, TARGET, page_size=1)
    assert [task.id for task in await collect(queue.pending())] == tasks  # every page, oldest first
    first = await maybe(queue.page())
    assert [task.id for task in first] == tasks[:1] and first.next_cursor
    second = await maybe(queue.page(first.next_cursor))
    assert [task.id for task in second] == tasks[1:2]
    everyone = [task.id for task in await collect(queue_of(client).pending())]
    assert everyone == [*tasks, waiting_task_id(other)]
    before_all = queue_of(client, waiting_before=datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc))
    assert await collect(before_all.pending()) == []
    assert len(await collect(queue_of(client, TARGET, waiting_before="2999-01-01T00:00:00Z").pending())) == 3


async def test_approve_with_corrections_completes_the_run_with_them(client: Any) -> None:
    run_id, task_id = await waiting_run(client)
    queue = queue_of(client, TARGET)
    task = await maybe(queue.get(task_id))
    assert (task.machine_data, task.required_paths, task.version) == (MACHINE, ["total"], 1)
    approved = await maybe(queue.approve(task, corrections={"total": 1200.0, "supplier": "ACME AG"}))
    assert (str(approved.status), approved.draft_data["total"]) == ("approved", 1200.0)
    assert all(
        decision.confirmed_by for decision in approved.decisions if decision.path in ("total", "supplier")
    )
    run = await ended(client, run_id)
    assert (str(run.execution.status), run.output) == (
        "completed",
        {"supplier": "ACME AG", "total": 1200.0, "currency": "EUR"},
    )
    assert await collect(queue.pending()) == []


async def test_approve_names_unconfirmed_required_fields_before_writing(client: Any) -> None:
    run_id, task_id = await waiting_run(client)
    queue = queue_of(client, TARGET)
    with pytest.raises(EigenpalUsageError, match=r"nobody confirmed: total\..*confirm_remaining=True"):
        await maybe(queue.approve(task_id, corrections={"supplier": "ACME AG"}))
    untouched = await maybe(queue.get(task_id))
    assert (untouched.version, untouched.draft_data) == (1, MACHINE)  # not even the correction was written
    approved = await maybe(queue.approve(task_id, confirm_remaining=True))
    assert str(approved.status) == "approved"
    assert (await ended(client, run_id)).output == MACHINE


async def test_unknown_fields_are_refused_before_writing(client: Any) -> None:
    _, task_id = await waiting_run(client)
    queue = queue_of(client)
    with pytest.raises(EigenpalUsageError, match="no field 'totl'; its fields are supplier, total, currency"):
        await maybe(queue.approve(task_id, {"total": 1.0, "totl": 2.0}))
    with pytest.raises(EigenpalUsageError, match="no field 'nope'"):
        await maybe(queue.confirm(task_id, "nope", 1))
    assert (await maybe(queue.get(task_id))).version == 1


async def test_confirm_sets_a_field_and_each_call_is_its_own_write(client: Any) -> None:
    _, task_id = await waiting_run(client)
    queue = queue_of(client)
    first = await maybe(queue.confirm(task_id, "total", 1.0))
    second = await maybe(queue.confirm(task_id, "total", 2.0))  # a fresh key: not a replay of the first
    assert (first.version, second.version, second.draft_data["total"]) == (2, 3, 2.0)
    assert second.confirmed_count == second.required_count == 1


async def test_a_retried_confirm_reuses_its_key_and_changes_the_task_once(
    client: Any, emu: Emulator, no_backoff: None
) -> None:
    _, task_id = await waiting_run(client)
    emu.drop_next("humanReviews.fields.confirm")  # handled, then the answer is lost: the pipeline re-sends
    confirmed = await maybe(queue_of(client).confirm(task_id, "total", 1300.0))
    assert (confirmed.version, confirmed.draft_data["total"]) == (2, 1300.0)


async def test_a_stale_version_says_to_re_read_the_task(client: Any) -> None:
    _, task_id = await waiting_run(client)
    queue = queue_of(client)
    read = await maybe(queue.get(task_id))
    await maybe(queue.confirm(task_id, "supplier", "Someone Else GmbH"))  # another reviewer, meanwhile
    for decide in (lambda: queue.approve(read, {"total": 1.0}), lambda: queue.reject(read, "wrong")):
        with pytest.raises(EigenpalAPIError) as caught:
            await maybe(decide())
        assert is_stale_decision(caught.value) and caught.value.has_code("version_conflict")
        assert caught.value.request_id
        assert f"Re-read it with queue.get({task_id!r})" in caught.value.message
    current = await maybe(queue.get(task_id))
    assert (current.version, str(current.status)) == (2, "pending")
    assert str((await maybe(queue.approve(current, {"total": 1.0}))).status) == "approved"
    with pytest.raises(EigenpalAPIError, match=r"[Rr]e-read") as caught:
        await maybe(queue.reject(task_id, "too late"))  # decided already
    assert is_stale_decision(caught.value) and caught.value.has_code("task_decided")


async def test_reject_ends_the_run_rejected_with_the_reason(client: Any) -> None:
    run_id, _ = await waiting_run(client)
    listed = (await collect(queue_of(client, TARGET).pending()))[0]
    rejected = await maybe(queue_of(client).reject(listed, "not an invoice"))
    assert (str(rejected.status), rejected.outcome_reason) == ("rejected", "not an invoice")
    run = await ended(client, run_id)
    assert (str(run.execution.status), run.finished) == ("rejected", True)
    assert "not an invoice" in run.error


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@settings(max_examples=40, deadline=None)
@given(
    st.one_of(
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=1),
        st.lists(st.integers(), max_size=2),
        st.floats(allow_nan=True).filter(lambda number: number != number or abs(number) == float("inf")),
        st.sets(st.integers(), max_size=1),
    )
)
async def test_bad_arguments_are_refused_before_sending(anyio_backend: str, value: Any) -> None:
    unreachable = "http://127.0.0.1:9"  # anything sent would fail to connect, not be refused
    with EigenpalClient(api_key="ep_test_key", base_url=unreachable) as blocking:
        async with AsyncEigenpalClient(api_key="ep_test_key", base_url=unreachable) as async_client:
            calls = (
                ("confirm", ("htask_1", "total", value), "value"),
                ("approve", ("htask_1", {"total": value}), "corrections['total']"),
                ("approve", ("htask_1", [("total", 1)]), "corrections must be a dict"),
                ("reject", ("htask_1", "  "), "reason"),
                ("get", (42,), "task must be a human review task id"),
            )
            for queue in (HumanReviewQueue(blocking), AsyncHumanReviewQueue(async_client)):
                for method, arguments, named in calls:
                    with pytest.raises(EigenpalUsageError, match=re.escape(named)):
                        await maybe(getattr(queue, method)(*arguments))
    for options, named in (
        ({"page_size": 0}, "page_size"),
        ({"page_size": 101}, "page_size"),
        ({"waiting_before": datetime.datetime(2026, 1, 1)}, "timezone-aware"),
        ({"waiting_before": 3}, "waiting_before"),
    ):
        with pytest.raises(EigenpalUsageError, match=named):
            HumanReviewQueue(blocking, **options)

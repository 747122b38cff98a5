"""Runs held for a person (status ``waiting``): ``run_and_wait`` and ``runs.wait`` hand them back at once by
default (``human_review="return"``), or wait for the decision (``"wait"``), on both clients against the
emulator's seeded ``workflows.review-invoice``; ``rejected`` ends a wait like any terminal status."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalTimeoutError, EigenpalUsageError
from eigenpal.emulator import Emulator
from eigenpal.lifecycle import waiting_task_id
from tests.support.either import maybe
from tests.support.human_review import LONG, REVIEW_TARGET, approve_when_pending, in_background, queue_of

pytestmark = pytest.mark.anyio

TARGET = REVIEW_TARGET


async def test_a_waiting_run_comes_back_at_once_with_its_task(client: Any) -> None:
    with client.raw_responses() as seen:
        run = await maybe(client.run_and_wait(TARGET, {"total": 1180.0}, timeout_seconds=LONG))
    assert (str(run.execution.status), run.finished) == ("waiting", False)
    assert len(seen) == 1  # the long-poll answered with the waiting run: no polling, no timeout spent
    summary = run.execution.human_review
    assert summary.task_id.startswith("htask_") and waiting_task_id(run) == summary.task_id
    assert (summary.required_count, summary.confirmed_count, str(summary.status)) == (1, 0, "pending")
    with client.raw_responses() as seen:
        again = await maybe(client.runs.wait(run.id, timeout_seconds=LONG))
    assert (str(again.execution.status), waiting_task_id(again), len(seen)) == ("waiting", summary.task_id, 1)


async def test_wait_resumes_when_another_client_approves(client: Any, emu: Emulator) -> None:
    async with anyio.create_task_group() as group:
        decided: list[str] = []

        async def approve() -> None:
            decided.append(await approve_when_pending(emu, {"total": 1200.0}))

        group.start_soon(approve)
        run = await in_background(
            client, lambda: client.run_and_wait(TARGET, {}, timeout_seconds=LONG, human_review="wait")
        )
    assert (str(run.execution.status), run.finished) == ("completed", True)
    assert run.output == {"supplier": "ACME GmbH", "total": 1200.0, "currency": "EUR"}
    assert waiting_task_id(run) is None and decided


async def test_runs_wait_with_wait_follows_an_existing_run_to_its_end(client: Any, emu: Emulator) -> None:
    started = await maybe(client.run_and_wait(TARGET, {}, timeout_seconds=LONG))
    async with anyio.create_task_group() as group:
        group.start_soon(approve_when_pending, emu, {"total": 1180.0})
        run = await in_background(
            client, lambda: client.runs.wait(started.id, timeout_seconds=LONG, human_review="wait")
        )
    assert (str(run.execution.status), run.output["total"]) == ("completed", 1180.0)


async def test_wait_times_out_naming_the_task_to_decide(client: Any) -> None:
    with pytest.raises(EigenpalTimeoutError) as caught:
        await maybe(client.run_and_wait(TARGET, {}, timeout_seconds=1, human_review="wait"))
    run = await maybe(client.runs.get(caught.value.run_id))
    task_id = waiting_task_id(run)
    assert task_id is not None and f"human review task {task_id}" in caught.value.message
    assert f"client.human_reviews.approve({task_id!r}" in caught.value.message
    assert f"eigenpal human-reviews approve {task_id}" in caught.value.message
    with pytest.raises(EigenpalTimeoutError, match=task_id):
        await maybe(client.runs.wait(run.id, timeout_seconds=0.3, human_review="wait"))


async def test_a_rejected_run_is_terminal(client: Any) -> None:
    run = await maybe(client.run_and_wait(TARGET, {}, timeout_seconds=LONG))
    await maybe(queue_of(client, TARGET).reject(waiting_task_id(run), "not an invoice"))
    with client.raw_responses() as seen:
        ended = await maybe(client.runs.wait(run.id, timeout_seconds=LONG, human_review="wait"))
    assert (str(ended.execution.status), ended.finished, len(seen)) == ("rejected", True, 1)
    assert "not an invoice" in ended.error and waiting_task_id(ended) is None


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=20), st.none(), st.integers(), st.booleans()))
async def test_a_bad_human_review_is_refused_before_sending(anyio_backend: str, value: Any) -> None:
    if value in ("return", "wait"):
        return
    unreachable = "http://127.0.0.1:9"  # anything sent would fail to connect, not be refused
    with EigenpalClient(api_key="ep_test_key", base_url=unreachable) as blocking:
        async with AsyncEigenpalClient(api_key="ep_test_key", base_url=unreachable) as async_client:
            clients = (blocking, async_client)
            calls = [(c.run_and_wait, (TARGET, {})) for c in clients] + [
                (c.runs.wait, ("run_1",)) for c in clients
            ]
            for method, arguments in calls:
                with pytest.raises(EigenpalUsageError) as caught:
                    await maybe(method(*arguments, human_review=value))
                assert "human_review" in caught.value.message
                assert "'return'" in caught.value.message and "'wait'" in caught.value.message

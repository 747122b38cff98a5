"""The production guide end to end in today's terms, on both clients (asyncio and trio), over loopback:
eval first, integrate, shadow, sample for review at the service, review and promote, fix and close the
loop, read review health and the recommended rate, and a run that waits for a person."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from eigenpal.emulator import Emulator
from eigenpal.lifecycle import (
    AsyncHumanReviewQueue,
    AsyncReviewQueue,
    AsyncRouter,
    HumanReviewQueue,
    ReviewQueue,
    Rollout,
    Router,
    waiting_task_id,
)
from tests.support.either import collect, maybe

pytestmark = pytest.mark.anyio
TARGET = "workflows.extract-invoice"
TRUTH = {f"INV-{n}": 1000.0 + 90 * n for n in range(12)}


def buggy(input: dict[str, Any], files: Any) -> dict[str, Any]:
    """Version 1 drops the thousands: 1,090.00 reads as 90.0."""
    return {"invoice": input["invoice"], "total": TRUTH[input["invoice"]] % 1000}


def fixed(input: dict[str, Any], files: Any) -> dict[str, Any]:
    return {"invoice": input["invoice"], "total": TRUTH[input["invoice"]]}


async def finished_experiment(client: Any, experiment_id: str) -> Any:
    while (
        detail := await maybe(client.automations.experiments.get(TARGET, experiment_id))
    ).status != "completed":
        await anyio.sleep(0.02)
    return detail


def is_async(client: Any) -> bool:
    return hasattr(client, "aclose")


async def shadow(client: Any, key: str, input: dict[str, Any]) -> Any:
    """Shadow mode: the automation is called, the existing answer is used."""
    if is_async(client):

        async def existing() -> str:
            return "legacy"

        async with AsyncRouter(client, TARGET, Rollout("shadow")) as router:
            return await router.route(key, input, existing=existing)
    with Router(client, TARGET, Rollout("shadow")) as router:
        return router.route(key, input, existing=lambda: "legacy")


async def test_the_production_guide_in_todays_terms(client: Any, emu: Emulator) -> None:
    emu.register(TARGET, buggy)
    review_queue, human_queue = (
        (AsyncReviewQueue, AsyncHumanReviewQueue) if is_async(client) else (ReviewQueue, HumanReviewQueue)
    )

    # 1. Eval first: a dataset of known cases, an experiment that scores the workflow on it.
    for number in ("INV-0", "INV-1"):
        await maybe(
            client.automations.examples.create(
                TARGET, name=number, input={"invoice": number}, expected=fixed({"invoice": number}, {})
            )
        )
    created = await maybe(client.automations.experiments.create(TARGET))
    first_eval = await finished_experiment(client, created.id)
    assert (first_eval.passed_count, first_eval.failed_count) == (0, 2)  # the bug shows before production

    # 2. Integrate: a run with a file input, waited on with one long-poll.
    run = await maybe(
        client.run_and_wait(
            TARGET, {"invoice": "INV-2", "scan": {"filename": "scan.pdf", "content": b"%PDF-1.4 scan"}}
        )
    )
    assert (str(run.execution.status), run.output["total"]) == ("completed", 180.0)

    # 3. Shadow: the automation sees production input, the product keeps its answer.
    routed = await shadow(client, "order-3", {"invoice": "INV-3"})
    assert (routed.source, routed.value) == ("existing", "legacy")

    # 4. Production runs, sampled for review at the service: every worker agrees on the sample.
    for number in [f"INV-{n}" for n in range(4, 12)]:
        await maybe(client.run_and_wait(TARGET, {"invoice": number}))
    queue = review_queue(client, TARGET, rate=0.8)
    sample = await collect(queue.pending())
    with emu.client() as other_worker:
        assert {r.id for r in ReviewQueue(other_worker, TARGET, rate=0.8).pending()} == {r.id for r in sample}
    assert sample and all(r.sample_rank < 0.8 for r in sample)

    # 5. Review: every sampled run is wrong under version 1; one is corrected and promoted.
    wrong = (await maybe(client.runs.get(sample[0].id))).output
    corrected = fixed({"invoice": wrong["invoice"]}, {})
    await maybe(queue.incorrect(sample[0].id, corrected_output=corrected, note="thousands dropped"))
    promoted = await maybe(queue.promote(sample[0].id, name=f"regression-{wrong['invoice']}"))
    assert (await maybe(client.automations.examples.get(TARGET, promoted.example_id))).expected == corrected

    # 6. Fix the workflow and close the loop: the promoted example passes, its review closes.
    emu.register(TARGET, fixed)
    (outcome,) = await maybe(queue.close_loop(poll_interval_seconds=0.02))
    assert (outcome.run_id, outcome.passed, outcome.closed) == (sample[0].id, True, True)

    # 7. Health and the next rate, from the reviews the service stored.
    advice = await maybe(queue.recommend_rate())
    assert (advice.stage, advice.rate, advice.reviewed_runs, advice.open_reviews) == ("start", 0.15, 1, 0)

    # 8. A run that waits for a person comes back at once; a reviewer's correction completes it.
    held = await maybe(client.run_and_wait("workflows.review-invoice", {"total": 99.0}, timeout_seconds=60))
    task_id = waiting_task_id(held)
    assert str(held.execution.status) == "waiting" and task_id
    humans = human_queue(client, "workflows.review-invoice")
    assert [task.id for task in await collect(humans.pending())] == [task_id]
    await maybe(humans.approve(task_id, corrections={"total": 990.0}))
    done = await maybe(client.runs.wait(held.id, timeout_seconds=60))
    assert (str(done.execution.status), done.output["total"]) == ("completed", 990.0)
    assert await collect(humans.pending()) == []

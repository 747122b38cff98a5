"""Human review tasks in the emulator, through both clients (sync, and async under asyncio and trio) and
over plain HTTP: a run of a workflow with a human step waits with its task; the task's draft, metadata
and files; confirming with versions and idempotency keys; approve, reject and cancel; the list's filters
and pages; the long-poll that answers once the run waits."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import EigenpalAPIError, EigenpalNotFoundError, EigenpalUsageError, EigenpalValidationError
from eigenpal.emulator import Emulator, HumanReviewStep
from tests.support.either import collect, maybe

TARGET = "workflows.review-invoice"
MACHINE = {"supplier": "ACME GmbH", "total": 1180.0, "currency": "EUR"}
USER = "usr_emulator"

pytestmark = pytest.mark.anyio


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """An emulator of each test's own: tasks are listed across runs, so tests must not share one."""
    with Emulator(latency=0.01) as emulator:
        yield emulator


async def waiting(client: Any, input: dict[str, Any] | None = None, target: str = TARGET) -> tuple[str, str]:
    """Start a run that waits for a person; its id and its task's id."""
    run = await maybe(client.run(target, input or {}, wait_for_completion=60))
    assert run.execution.status == "waiting" and run.finished is False
    return run.id, run.execution.human_review.task_id


async def task_of(client: Any, task_id: str) -> Any:
    return (await maybe(client.human_reviews.get(task_id))).task


async def confirm(client: Any, task_id: str, path: str, value: Any, version: int, key: str) -> Any:
    answer = client.human_reviews.confirm_field(
        task_id, expected_version=version, idempotency_key=key, path=path, value=value
    )
    return (await maybe(answer)).task


def refused(error: pytest.ExceptionInfo[EigenpalAPIError]) -> list[str]:
    """The fields a stale or refused decision names: a 400, since the spec declares no 409 here."""
    assert error.value.status == 400
    return [issue.field for issue in error.value.issues]


async def test_a_run_with_a_human_step_waits_with_its_task(client: Any) -> None:
    run_id, task_id = await waiting(client)
    summary = (await maybe(client.runs.get(run_id))).execution.human_review
    assert task_id.startswith("htask_")
    assert summary.to_dict() == {
        "taskId": task_id,
        "sourceKind": "workflow_step",
        "sourceLabel": "Review extracted fields",
        "status": "pending",
        "requiredCount": 1,
        "confirmedCount": 0,
        "version": 1,
    }
    listed = (await maybe(client.runs.list(status="waiting"))).items
    assert [(run.id, run.execution.status) for run in listed] == [(run_id, "waiting")]


def test_the_long_poll_answers_once_the_run_waits(emu: Emulator) -> None:
    """A server that held the request until ``wait_for_completion`` would time the client out first."""
    with httpx.Client(
        base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}, timeout=30
    ) as http:
        started = http.post("/v1/runs", params={"wait_for_completion": 120}, json={"target": TARGET})
        assert started.status_code == 200, started.text
        body = started.json()
        assert (body["finished"], body["execution"]["status"]) == (False, "waiting")
        assert body["execution"]["humanReview"]["status"] == "pending"
        rerun = http.post(f"/v1/runs/{body['id']}/rerun", params={"wait_for_completion": 120})
        assert rerun.status_code == 200 and rerun.json()["execution"]["status"] == "waiting"
        done = http.post(
            "/v1/runs", params={"wait_for_completion": 120}, json={"target": "workflows.extract-invoice"}
        )
        assert done.status_code == 200 and done.json()["execution"]["status"] == "completed"


async def test_the_task_shows_draft_metadata_input_and_files(client: Any) -> None:
    pdf = b"%PDF-1.7 invoice"
    run_id, task_id = await waiting(
        client, {"total": 99.5, "invoice": {"content": pdf, "filename": "inv.pdf"}}
    )
    task = await task_of(client, task_id)
    assert (task.id, task.execution_id, task.automation_id) == (task_id, run_id, "wf_review_invoice")
    assert (task.automation_name, task.status, task.version) == ("Extract invoice with review", "pending", 1)
    wire = task.to_dict()
    expected = {**MACHINE, "total": 99.5}
    assert wire["machineData"] == wire["draftData"] == expected
    assert wire["input"] == {"status": "available", "data": {"total": 99.5}}
    assert {path: meta["confidence"] for path, meta in wire["fieldMetadata"].items()} == {
        "supplier": 0.97,
        "total": 0.42,
        "currency": 0.99,
    }
    assert wire["requiredPaths"] == ["total"]
    assert wire["selectionReasons"] == {
        "supplier": "threshold_met",
        "total": "low_confidence",
        "currency": "threshold_met",
    }
    assert [
        (d["path"], d["originalValue"], d["currentValue"], d["required"], d["confirmedBy"], d["version"])
        for d in wire["decisions"]
    ] == [
        ("supplier", "ACME GmbH", "ACME GmbH", False, None, 1),
        ("total", 99.5, 99.5, True, None, 1),
        ("currency", "EUR", "EUR", False, None, 1),
    ]
    [file] = task.files
    assert (file.filename, file.role, file.artifact_path, file.size) == (
        "inv.pdf",
        "run_input",
        "input/invoice/inv.pdf",
        len(pdf),
    )
    assert await maybe(client.human_reviews.download_file(task_id, file.file_id)) == pdf
    with pytest.raises(EigenpalNotFoundError, match="file_other"):
        await maybe(client.human_reviews.download_file(task_id, "file_other"))
    with pytest.raises(EigenpalNotFoundError, match="htask_missing"):
        await maybe(client.human_reviews.get("htask_missing"))


async def test_confirming_corrects_or_confirms_and_bumps_the_version(client: Any) -> None:
    run_id, task_id = await waiting(client)
    corrected = await confirm(client, task_id, "total", 1200.0, 1, "k1")
    assert (corrected.version, corrected.confirmed_count) == (2, 1)
    assert corrected.draft_data.to_dict() == {**MACHINE, "total": 1200.0}
    assert corrected.machine_data.to_dict() == MACHINE
    total = next(d for d in corrected.decisions if d.path == "total")
    assert (total.original_value, total.current_value, total.confirmed_by, total.version) == (
        1180.0,
        1200.0,
        USER,
        2,
    )
    assert total.confirmed_at
    same = await confirm(client, task_id, "supplier", "ACME GmbH", 2, "k2")
    supplier = next(d for d in same.decisions if d.path == "supplier")
    assert (same.version, supplier.current_value, supplier.confirmed_by) == (3, "ACME GmbH", USER)
    summary = (await maybe(client.runs.get(run_id))).execution.human_review
    assert (summary.confirmed_count, summary.version) == (1, 3)
    unconfirmed = client.human_reviews.confirm_field(
        task_id, expected_version=3, idempotency_key="k3", path="total", value=1250.0, confirmed=False
    )
    total = next(d for d in (await maybe(unconfirmed)).task.decisions if d.path == "total")
    assert (total.current_value, total.confirmed_by, total.confirmed_at) == (1250.0, None, None)
    assert (await task_of(client, task_id)).confirmed_count == 0


async def test_a_stale_expected_version_is_refused_naming_it(client: Any) -> None:
    _, task_id = await waiting(client)
    await confirm(client, task_id, "total", 1200.0, 1, "k1")
    with pytest.raises(EigenpalAPIError) as stale:
        await confirm(client, task_id, "currency", "USD", 1, "k2")
    assert refused(stale) == ["expectedVersion"]
    with pytest.raises(EigenpalAPIError) as approving:
        await maybe(client.human_reviews.approve(task_id, expected_version=1))
    assert refused(approving) == ["expectedVersion"]
    with pytest.raises(EigenpalAPIError) as rejecting:
        await maybe(
            client.human_reviews.reject(task_id, expected_version=3, idempotency_key="r", reason="no")
        )
    assert refused(rejecting) == ["expectedVersion"]
    assert (await task_of(client, task_id)).version == 2


async def test_an_unknown_path_is_a_400_naming_it(client: Any) -> None:
    _, task_id = await waiting(client)
    with pytest.raises(EigenpalValidationError, match="iban") as error:
        await confirm(client, task_id, "iban", "DE00", 1, "k1")
    assert [issue.field for issue in error.value.issues] == ["path"]
    assert (await task_of(client, task_id)).version == 1


async def test_a_replayed_idempotency_key_answers_the_first_result_without_a_second_change(
    client: Any,
) -> None:
    _, task_id = await waiting(client)
    first = await confirm(client, task_id, "total", 1200.0, 1, "k1")
    again = await confirm(client, task_id, "total", 1200.0, 1, "k1")
    assert again.to_dict() == first.to_dict() and again.version == 2
    assert (await task_of(client, task_id)).version == 2
    with pytest.raises(EigenpalValidationError) as reused:
        await confirm(client, task_id, "total", 1300.0, 2, "k1")
    assert [issue.field for issue in reused.value.issues] == ["idempotencyKey"]
    rejected = client.human_reviews.reject(task_id, expected_version=2, idempotency_key="r1", reason="blurry")
    first_rejection = (await maybe(rejected)).task
    replayed = client.human_reviews.reject(task_id, expected_version=2, idempotency_key="r1", reason="blurry")
    assert (await maybe(replayed)).task.to_dict() == first_rejection.to_dict()


async def test_approving_before_the_required_fields_are_confirmed_is_refused_naming_them(client: Any) -> None:
    _, task_id = await waiting(client)
    with pytest.raises(EigenpalAPIError, match="total") as error:
        await maybe(client.human_reviews.approve(task_id, expected_version=1))
    assert refused(error) == ["total"]
    assert (await task_of(client, task_id)).status == "pending"


async def test_approving_resumes_the_run_with_the_corrected_values(client: Any) -> None:
    run_id, task_id = await waiting(client)
    await confirm(client, task_id, "total", 1200.0, 1, "k1")
    approved = (await maybe(client.human_reviews.approve(task_id, expected_version=2))).task
    assert (approved.status, approved.version, approved.completed_by) == ("approved", 3, USER)
    assert approved.completed_at and approved.outcome_reason is None
    run = await maybe(client.runs.wait(run_id, timeout_seconds=60))
    assert (run.execution.status, run.error) == ("completed", None)
    assert run.output.to_dict() == {**MACHINE, "total": 1200.0}
    assert run.execution.human_review is None
    assert (await maybe(client.human_reviews.list())).items == []
    assert (await task_of(client, task_id)).status == "approved"
    with pytest.raises(EigenpalAPIError) as decided:
        await confirm(client, task_id, "total", 1.0, 3, "k2")
    assert refused(decided) == ["status"]


async def test_rejecting_ends_the_run_rejected_with_the_reason(client: Any) -> None:
    run_id, task_id = await waiting(client)
    answer = client.human_reviews.reject(
        task_id, expected_version=1, idempotency_key="r1", reason="Not an invoice"
    )
    rejected = (await maybe(answer)).task
    assert (rejected.status, rejected.outcome_reason, rejected.completed_by) == (
        "rejected",
        "Not an invoice",
        USER,
    )
    run = await maybe(client.runs.wait(run_id, timeout_seconds=60))
    assert (run.execution.status, run.finished) == ("rejected", True)
    assert "Not an invoice" in run.error
    with pytest.raises(EigenpalAPIError) as decided:
        await maybe(client.human_reviews.approve(task_id, expected_version=2))
    assert refused(decided) == ["status"]


async def test_cancelling_a_waiting_run_cancels_its_task(client: Any) -> None:
    run_id, task_id = await waiting(client)
    cancelled = await maybe(client.runs.cancel(run_id))
    assert (cancelled.cancellation.state, cancelled.cancellation.was_status) == ("cancelled", "waiting")
    assert (await maybe(client.runs.get(run_id))).execution.status == "cancelled"
    task = await task_of(client, task_id)
    assert (task.status, task.outcome_reason) == ("cancelled", "Run cancelled")
    with pytest.raises(EigenpalAPIError) as decided:
        await maybe(client.human_reviews.approve(task_id, expected_version=task.version))
    assert refused(decided) == ["status"]


async def test_the_list_filters_and_pages_the_pending_tasks_oldest_first(client: Any, emu: Emulator) -> None:
    other = emu.add_automation(
        "workflows.checked", human_review=HumanReviewStep(confidences={"input.n": 0.1})
    )
    targets = [TARGET, "workflows.checked", TARGET, TARGET]
    tasks = [(await waiting(client, {"n": n}, target=target))[1] for n, target in enumerate(targets)]
    first = await maybe(client.human_reviews.list(limit=3))
    assert [task.id for task in first.items] == tasks[:3] and first.has_next_page()
    assert [task.id for task in await collect(first.iter_all())] == tasks
    by_automation = await maybe(client.human_reviews.list(automation_id=other.id))
    assert [(task.id, task.automation_name) for task in by_automation.items] == [(tasks[1], "Checked")]
    seeded = await maybe(client.human_reviews.list(automation_id="wf_review_invoice"))
    assert [task.id for task in seeded.items] == [tasks[0], *tasks[2:]]
    third = await task_of(client, tasks[2])
    earlier = await maybe(client.human_reviews.list(waiting_before=third.created_at))
    assert [task.id for task in earlier.items] == tasks[:2]
    reject = client.human_reviews.reject(tasks[0], expected_version=1, idempotency_key="r", reason="no")
    await maybe(reject)
    assert [task.id for task in (await maybe(client.human_reviews.list())).items] == tasks[1:]
    with pytest.raises(EigenpalValidationError) as error:
        await maybe(client.human_reviews.list(cursor="htask_unknown"))
    assert [issue.field for issue in error.value.issues] == ["cursor"]


async def test_any_automation_can_have_a_human_step_over_its_nested_output(
    client: Any, emu: Emulator
) -> None:
    """Confidences may come from a function of the output; nested fields are dotted paths."""
    emu.add_automation(
        "workflows.orders",
        human_review=HumanReviewStep(
            confidences=lambda output: {"lines.0.qty": 0.3, "lines.0.sku": 0.9, "customer": 1.0},
            label="Check the order",
        ),
    )
    emu.register(
        "workflows.orders", lambda input, files: {"customer": "Ada", "lines": [{"sku": "A", "qty": 2}]}
    )
    run_id, task_id = await waiting(client, target="workflows.orders")
    task = await task_of(client, task_id)
    assert (task.source_label, task.required_paths) == ("Check the order", ["lines.0.qty"])
    assert [d.path for d in task.decisions] == ["customer", "lines.0.sku", "lines.0.qty"]
    await confirm(client, task_id, "lines.0.qty", 3, 1, "k1")
    await maybe(client.human_reviews.approve(task_id, expected_version=2))
    run = await maybe(client.runs.wait(run_id, timeout_seconds=60))
    assert run.output.to_dict() == {"customer": "Ada", "lines": [{"sku": "A", "qty": 3}]}


async def test_an_agent_s_task_comes_from_a_tool(client: Any, emu: Emulator) -> None:
    emu.add_automation("agents.triage", human_review=HumanReviewStep(confidences={}))
    _, task_id = await waiting(client, target="agents.triage")
    assert (await task_of(client, task_id)).source_kind == "agent_tool"


async def test_a_field_without_a_confidence_is_required_and_a_failing_step_fails_the_run(
    client: Any, emu: Emulator
) -> None:
    emu.add_automation("workflows.unsure", human_review=HumanReviewStep())
    emu.register("workflows.unsure", lambda input, files: {"name": "x"})
    _, task_id = await waiting(client, target="workflows.unsure")
    wire = (await task_of(client, task_id)).to_dict()
    assert (wire["requiredPaths"], wire["selectionReasons"]) == (["name"], {"name": "missing_confidence"})
    assert "confidence" not in wire["fieldMetadata"]["name"]
    emu.add_automation(
        "workflows.broken", human_review=HumanReviewStep(confidences=lambda output: {"a": 7.0})
    )
    run = await maybe(client.run_and_wait("workflows.broken", {}))
    assert run.execution.status == "failed" and "confidence of 'a'" in run.error


@given(
    threshold=st.one_of(
        st.floats(allow_nan=True).filter(lambda x: math.isnan(x) or not 0 <= x <= 1), st.booleans()
    )
)
def test_a_step_refuses_a_threshold_outside_zero_to_one(threshold: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="threshold"):
        HumanReviewStep(threshold=threshold)


@given(confidence=st.one_of(st.floats().filter(lambda x: not 0 <= x <= 1), st.booleans(), st.text()))
def test_a_step_refuses_a_confidence_outside_zero_to_one(confidence: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="confidence of 'total'"):
        HumanReviewStep(confidences={"total": confidence})

"""The production lifecycle of an Eigenpal workflow, end to end, against the embedded emulator.

    make demo        # or: python examples/lifecycle_demo.py

Every step prints what it did and checks that the service behaved as the production guide describes;
the script exits non-zero at the first step that does not.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import anyio

from eigenpal import AsyncEigenpalClient, EigenpalClient
from eigenpal.emulator import EmulatedFile, Emulator, Output
from eigenpal.lifecycle import HumanReviewQueue, ReviewQueue, waiting_task_id

TARGET = "workflows.extract-invoice"
REVIEWED = "workflows.review-invoice"  # the emulator's workflow with a human review step
INVOICES = [(f"INV-{n:03d}", 400 + 97 * n) for n in range(1, 41)]  # most totals are above 1,000


def invoice_pdf(number: str, total: float) -> bytes:
    """A small, valid one-page PDF carrying the invoice text."""
    text = f"Invoice {number} Supplier ACME GmbH Total {total:,.2f} EUR"
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for index, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (index, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _fields(files: dict[str, list[EmulatedFile]]) -> tuple[str, str, str]:
    text = files["invoice"][0].content.decode("latin-1")
    match = re.search(r"Invoice (\S+) Supplier (.+?) Total ([\d,.]+) (\w+)", text)
    if not match:
        raise ValueError("no invoice text found in the PDF")
    return match.group(1), match.group(3), match.group(4)


def extract_v1(input: dict[str, Any], files: dict[str, list[EmulatedFile]]) -> Output:
    """Version 1: a bug reads "1,280.50" as 1.0 (the thousands separator ends the number)."""
    number, total, currency = _fields(files)
    output = {"invoice": number, "total": float(total.split(",")[0]), "currency": currency}
    return Output(output, {"extracted.json": json.dumps(output).encode()})


def extract_v2(input: dict[str, Any], files: dict[str, list[EmulatedFile]]) -> Output:
    """Version 2: the fix."""
    number, total, currency = _fields(files)
    output = {"invoice": number, "total": float(total.replace(",", "")), "currency": currency}
    return Output(output, {"extracted.json": json.dumps(output).encode()})


def step(title: str) -> None:
    print(f"\n== {title}")


def check(condition: bool, message: str) -> None:
    if not condition:
        print(f"FAILED: {message}", file=sys.stderr)
        raise SystemExit(1)
    print(f"   ok: {message}")


async def run_batch(client: AsyncEigenpalClient, paths: list[Path], concurrency: int = 8) -> list[Any]:
    """Production traffic: many invoices at once, at most ``concurrency`` in flight."""
    limiter = anyio.Semaphore(concurrency)
    runs: list[Any] = []

    async def one(path: Path) -> None:
        async with limiter:
            runs.append(
                await client.run_and_wait(TARGET, {"invoice": path}, metadata={"source": "demo-batch"})
            )

    async with anyio.create_task_group() as group:
        for path in paths:
            group.start_soon(one, path)
    return runs


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="eigenpal-demo-"))
    paths = []
    for number, total in INVOICES:
        path = workdir / f"{number}.pdf"
        path.write_bytes(invoice_pdf(number, total))
        paths.append(path)
    truth = {number: float(total) for number, total in INVOICES}

    with Emulator(latency=0.05) as emu:
        emu.register(TARGET, extract_v1)
        client = EigenpalClient(api_key=emu.api_key, base_url=emu.url)
        print(f"Eigenpal emulator at {emu.url}")

        step("1. Start a workflow with a PDF input and wait for it (run_and_wait)")
        first = client.run_and_wait(TARGET, input={"invoice": paths[0]})
        print(f"   run {first.id}: {first.execution.status}, output {first['output']}")
        check(first.finished and first.execution.status == "completed", "the run finished and completed")

        step(f"2. Run a batch of {len(paths) - 1} invoices concurrently with AsyncEigenpalClient")
        runs = anyio.run(run_batch, AsyncEigenpalClient(api_key=emu.api_key, base_url=emu.url), paths[1:])
        statuses = {run.execution.status for run in runs}
        print(f"   {len(runs)} runs, statuses {sorted(str(s) for s in statuses)}")
        check(len(runs) == len(paths) - 1 and statuses == {"completed"}, "every batch run completed")

        step("3. Sample completed runs for review (the service's stable sample: sampleRank below the rate)")
        queue = ReviewQueue(client, TARGET, rate=0.15)
        sample = list(queue.pending())
        lower = list(ReviewQueue(client, TARGET, rate=0.05).pending())
        print(f"   15% sample: {len(sample)} of {len(runs) + 1} runs; 5% sample: {len(lower)} (a subset)")
        check(all(run.sample_rank < 0.15 for run in sample), "the sample is the runs ranked below 15%")
        check({run.id for run in lower} <= {run.id for run in sample}, "lowering the rate keeps a subset")
        wrong = [
            run
            for run in sample
            if client.runs.get(run.id).output["total"] != truth[client.runs.get(run.id).output["invoice"]]
        ]
        if not wrong:
            print("   nothing wrong in this sample: raising the rate to 50% (it only adds runs)")
            queue = ReviewQueue(client, TARGET, rate=0.5)
            sample = list(queue.pending())
            wrong = [
                run
                for run in sample
                if client.runs.get(run.id).output["total"] != truth[client.runs.get(run.id).output["invoice"]]
            ]
        check(bool(wrong), f"review found {len(wrong)} run(s) with a wrong total")
        right = [run for run in sample if run not in wrong]
        if right:
            closed = queue.correct(right[0].id, note="total matches the invoice")
            check(closed.review.status == "closed", f"run {right[0].id} is correct: its review is closed")

        step("4. Mark one run `incorrect` with its corrected output and file; promote it to the dataset")
        failed = client.runs.get(wrong[0].id)
        corrected = {**failed.output, "total": truth[failed.output["invoice"]]}
        print(
            f"   run {failed.id} says total {failed.output['total']}, the invoice says {corrected['total']}"
        )
        detail = queue.incorrect(
            failed.id,
            corrected_output=corrected,
            corrections=[
                {
                    "kind": "field",
                    "path": "/total",
                    "originalValue": failed.output["total"],
                    "correctedValue": corrected["total"],
                }
            ],
            files=[("extracted.json", {"content": json.dumps(corrected).encode()})],
            note="thousands separator misread",
        )
        check(
            detail.review.verdict == "incorrect" and detail.review.status == "open",
            "verdict incorrect, review open",
        )
        check([c.path for c in detail.review.corrections] == ["/total"], "the field correction is recorded")
        attached = client.runs.reviews.list_expected(failed.id).files
        check([f.name for f in attached] == ["extracted.json"], "the corrected file is attached")
        promoted = queue.promote(failed.id, name=f"regression-{corrected['invoice']}")
        example = client.automations.examples.get(TARGET, promoted.example_id)
        print(f"   promoted to example {example.id} ({example.name}) with expected {example.expected}")
        check(example.expected == corrected, "the example carries the corrected output as ground truth")

        step("5. Inspect the trace of the failing run")
        trace = client.runs.trace.get(failed.id)
        for event in trace.events:
            print(f"   {event.get('phase'):8} {event.get('stepName')} {event.get('status')}")
        check(bool(trace.events), "the trace shows the run's phases")

        step("6. Experiment before the fix: the promoted example fails")
        before = queue.close_loop()
        show_experiment(client, before[0].experiment_id)
        check([o.passed for o in before] == [False], "the experiment fails and the review stays open")

        step("7. Fix the workflow (version 2) and close the loop")
        emu.register(TARGET, extract_v2)
        after = queue.close_loop()
        show_experiment(client, after[0].experiment_id)
        check(
            [(o.passed, o.closed) for o in after] == [(True, True)],
            "the example passes and the review is closed",
        )
        final = client.runs.reviews.get(failed.id).review
        check(final.status == "closed", f"the run's review moved from open to closed ({final.closed_note})")

        step("8. Review health and the next review rate, decided by evidence (Wilson lower bound), not time")
        advice = queue.recommend_rate()
        show_health(client)
        print(f"   recommendation: {advice.stage} at {advice.rate:.0%}: {advice.reason}")
        check(advice.stage == "start" and advice.rate == 0.15, "a handful of reviews keeps the rate at 15%")
        fixed_at = datetime.now(timezone.utc).isoformat()
        more = []
        for n in range(41, 101):
            number, total = f"INV-{n:03d}", 400 + 97 * n
            more.append(workdir / f"{number}.pdf")
            more[-1].write_bytes(invoice_pdf(number, total))
            truth[number] = float(total)
        fixed = anyio.run(run_batch, AsyncEigenpalClient(api_key=emu.api_key, base_url=emu.url), more)
        for run in fixed:
            output = client.runs.get(run.id).output
            (queue.correct if output["total"] == truth[output["invoice"]] else queue.incorrect)(run.id)
        print(f"   version 2 took {len(fixed)} more invoices; reviewers judged every one of them")
        advice = queue.recommend_rate(from_=fixed_at)
        show_health(client, fixed_at)
        print(f"   recommendation since the fix: {advice.stage} at {advice.rate:.0%}: {advice.reason}")
        check(
            advice.stage == "steady" and advice.rate == 0.05,
            f"{advice.reviewed_runs} clean reviews (lower bound {advice.lower_bound:.3f}) lower the rate to 5%",
        )

        step("9. A run that waits for a person: run_and_wait hands it back at once, a reviewer decides it")
        scanned = workdir / "INV-900.pdf"
        scanned.write_bytes(invoice_pdf("INV-900", 1280.50))
        held = client.run_and_wait(
            REVIEWED, {"invoice": scanned, "supplier": "ACME GmbH"}, timeout_seconds=120
        )
        task_id = waiting_task_id(held)
        check(
            held.execution.status == "waiting" and task_id is not None,
            f"run {held.id} waits on human review task {task_id} (returned at once, not after 120 s)",
        )
        humans = HumanReviewQueue(client, REVIEWED)
        task = humans.get(task_id)
        confidence = {path: meta["confidence"] for path, meta in task.field_metadata.items()}
        for decision in task.decisions:
            print(
                f"   {decision.path:9} {decision.current_value!s:10} confidence {confidence[decision.path]:.2f}"
                f"{'  needs a person' if decision.required else ''}"
            )
        print(f"   the reviewer opens {[file.filename for file in task.files]} and reads the total: 1,280.50")
        humans.approve(task, corrections={"total": 1280.5})
        done = client.runs.wait(held.id)
        print(f"   run {done.id}: {done.execution.status}, output {done.output}")
        check(
            done.execution.status == "completed" and done.output["total"] == 1280.5,
            "approved with the correction, the run resumed and completed with the reviewer's total",
        )
    print(
        "\nThe lifecycle behaved as described: eval, production, sampled review, promotion, fix, closed, "
        "the review rate lowered on the evidence, and a person decided a run held for review."
    )


def show_health(client: EigenpalClient, since: str | None = None) -> None:
    summary = client.automations.reviews.health(TARGET, from_=since).summary
    interval = summary.confidence
    accuracy = "n/a" if summary.reviewed_correctness is None else f"{summary.reviewed_correctness:.1%}"
    bounds = "n/a" if interval.lower is None else f"[{interval.lower:.3f}, {interval.upper:.3f}]"
    print(
        f"   health: {summary.reviewed_runs} of {summary.total_runs} runs reviewed, "
        f"{summary.correct_reviews} correct, {summary.incorrect_reviews} incorrect; accuracy {accuracy}, "
        f"95% Wilson interval {bounds}"
    )


def show_experiment(client: EigenpalClient, experiment_id: str) -> None:
    detail = client.automations.experiments.get(TARGET, experiment_id)
    print(
        f"   experiment {detail.id}: {detail.passed_count} passed, {detail.failed_count} failed, avg score {detail.avg_score}"
    )
    for run_id, results in detail.results_by_run.additional_properties.items():
        for result in results:
            print(
                f"     run {run_id} {result.evaluator_name}: score {result.score} ({'pass' if result.passed else 'fail'})"
            )


if __name__ == "__main__":
    main()

"""Every leaf of the client tree, called once on each client against the emulator."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import anyio
import pytest

from eigenpal.emulator import Emulator
from eigenpal.types import (
    AuthCheckResponse,
    AutomationDetail,
    DatasetExample,
    DatasetImportAppendResponse,
    DatasetImportReplaceResponse,
    ExperimentDetail,
    File,
    Run,
    RunAccepted,
)
from tests.support.either import collect, maybe

TARGET = "workflows.extract-invoice"


async def scenario(c: Any, emu: Emulator, tmp: Path) -> None:
    """Call every leaf; ``c`` is an EigenpalClient or an AsyncEigenpalClient."""
    pdf = tmp / "contract.pdf"
    pdf.write_bytes(b"%PDF-1.4 leaf")

    assert isinstance(await maybe(c.auth.check()), AuthCheckResponse)
    page = await maybe(c.automations.list(type="workflow"))
    assert {a.slug for a in page} >= {"extract-invoice"} and page.total >= 1
    assert isinstance(await maybe(c.automations.get(TARGET)), AutomationDetail)
    assert next(v.version for v in (await maybe(c.automations.versions(TARGET))).data) == "v3"
    assert (await maybe(c.automations.sync(TARGET))).release.version == "v3"
    assert (await maybe(c.automations.triggers(TARGET))).triggers.api is True

    # Runs: start, wait, rerun, inspect.
    started = await maybe(c.run(TARGET, {"contract": pdf, "n": 1}))
    assert isinstance(started, RunAccepted) and started.finished is False
    run = await maybe(c.run_and_wait(TARGET, {"contract": pdf, "n": 2}))
    assert (
        isinstance(run, Run)
        and run.finished
        and run.output["files"]["contract"][0]["filename"] == "contract.pdf"
    )
    rerun = await maybe(c.rerun(run.id, version="original", wait_for_completion=10))
    assert rerun.finished and rerun.source.version == run.source.version
    got = await maybe(c.runs.get(run.id, expand=["input", "usage", "execution", "debug"]))
    assert got["input"].args == {"n": 2} and got.usage is not None and got.execution.steps and got.debug
    assert (await maybe(c.runs.events(run.id))).events[0].type_ == "run.created"
    assert (await maybe(c.runs.steps(run.id))).steps[0]["status"] == "completed"
    assert (await maybe(c.runs.usage(run.id))).usage.tokens["input"] > 0
    assert (await maybe(c.runs.trace.get(run.id))).events
    assert (await maybe(c.runs.scores.list(run.id))).scores == []
    listed = await maybe(c.runs.list(source=TARGET, limit=100))
    assert run.id in {r.id for r in listed}
    assert (await maybe(c.runs.cancel(started.id))).cancellation.state in (
        "cancelled",
        "requested",
        "already_terminal",
    )

    # Artifacts.
    artifacts = await maybe(c.runs.artifacts.list(run.id))
    assert {a.path for a in artifacts.artifacts} == {"input/contract/contract.pdf", "output/summary.json"}
    assert await maybe(c.runs.artifacts.download(run.id, "input/contract/contract.pdf")) == b"%PDF-1.4 leaf"
    archive = await maybe(c.runs.artifacts.list(run.id, zip=True))
    assert zipfile.ZipFile(io.BytesIO(archive)).namelist() == ["summary.json"]

    # Reviews, expected files, promotion.
    detail = await maybe(
        c.runs.reviews.update(
            run.id, verdict="incorrect", status="open", note="note", corrected_output={"total": 1}
        )
    )
    review = detail.review
    assert (review.verdict, review.note, review.corrected_output) == ("incorrect", "note", {"total": 1})
    same = await maybe(c.runs.reviews.update(run.id, data={"verdict": "incorrect", "status": "open"}))
    assert same.review.note == "note", "fields left out are kept"
    assert (await maybe(c.runs.reviews.get(run.id))).review.corrected_output == {"total": 1}
    assert (
        await maybe(c.runs.reviews.copy_output_to_expected(run.id, "summary.json", expected_name="copy.json"))
    ).name == "copy.json"
    assert (
        await maybe(
            c.runs.reviews.upload_expected(run.id, {"content": b"exp", "filename": "e.txt"}, name="dir/e.txt")
        )
    ).name == "dir/e.txt"
    assert {f.name for f in (await maybe(c.runs.reviews.list_expected(run.id))).files} == {
        "copy.json",
        "dir/e.txt",
    }
    assert await maybe(c.runs.reviews.download_expected(run.id, "dir/e.txt")) == b"exp"
    assert (
        await maybe(c.runs.reviews.rename_expected(run.id, "dir/e.txt", name="dir/f.txt"))
    ).name == "dir/f.txt"
    assert await maybe(c.runs.reviews.delete_expected(run.id, "dir/f.txt")) is None
    promoted = await maybe(c.runs.promote(run.id, name="from-run"))
    assert promoted.name == "from-run"
    closed = await maybe(c.runs.reviews.close(run.id, data={"status": "wont_fix", "note": "by design"}))
    assert (closed.review.status, closed.review.closed_note) == ("wont_fix", "by design")
    await maybe(c.runs.reviews.update(rerun.id, verdict="correct"))
    cleared = await maybe(c.runs.reviews.clear(rerun.id))
    assert cleared.review is None and (await maybe(c.runs.reviews.list_expected(rerun.id))).files == []
    health = await maybe(c.automations.reviews.health(TARGET, bucket="day"))
    assert health.summary is not None

    # Files.
    uploaded = await maybe(c.files.upload(pdf))
    assert isinstance(uploaded, File) and uploaded.size == len(b"%PDF-1.4 leaf")
    assert (await maybe(c.files.get(uploaded.id))).filename == "contract.pdf"
    assert await maybe(c.files.download(uploaded.id)) == b"%PDF-1.4 leaf"
    assert await maybe(c.files.download(uploaded.id, to=tmp / "copy.pdf")) == len(b"%PDF-1.4 leaf")
    assert (await maybe(c.files.delete(uploaded.id))).deleted is True

    # Dataset examples and their files.
    example = await maybe(
        c.automations.examples.create(
            TARGET, name="leaf", input={"n": 1}, expected={"input": {"n": 1}}, row_order=1
        )
    )
    assert isinstance(example, DatasetExample) and example.row_order == 1
    same_body = await maybe(
        c.automations.examples.create(TARGET, data={"name": "leaf-2", "input": {"n": 1}, "rowOrder": 2})
    )
    assert same_body.row_order == 2
    updated = await maybe(
        c.automations.examples.update(TARGET, example.id, annotation="checked", metadata=None)
    )
    assert updated.annotation == "checked" and updated.name == "leaf"
    assert (await maybe(c.automations.examples.get(TARGET, example.id))).annotation == "checked"
    examples = await maybe(c.automations.examples.list(TARGET, limit=100))
    assert {e.id for e in examples} >= {example.id, same_body.id}
    up = await maybe(
        c.automations.examples.input_files.create(
            TARGET, example.id, [pdf, {"content": b"x", "filename": "b.txt"}]
        )
    )
    assert up.uploaded == ["contract.pdf", "b.txt"]
    assert (await maybe(c.automations.examples.input_files.list(TARGET, example.id))).files == [
        "b.txt",
        "contract.pdf",
    ]
    assert await maybe(c.automations.examples.input_file.get(TARGET, example.id, "b.txt")) == b"x"
    assert (
        await maybe(
            c.automations.examples.input_file.update(TARGET, example.id, "b.txt", new_filename="c.txt")
        )
    ).path == "input/c.txt"
    assert await maybe(c.automations.examples.input_file.delete(TARGET, example.id, "c.txt")) is None
    await maybe(
        c.automations.examples.expected_files.create(
            TARGET, example.id, {"content": b"{}", "filename": "r.json"}
        )
    )
    assert (await maybe(c.automations.examples.expected_files.list(TARGET, example.id))).files == ["r.json"]
    assert await maybe(c.automations.examples.expected_file.get(TARGET, example.id, "r.json")) == b"{}"
    await maybe(
        c.automations.examples.expected_file.update(TARGET, example.id, "r.json", new_filename="s.json")
    )
    await maybe(c.automations.examples.expected_file.delete(TARGET, example.id, "s.json"))
    assert (await maybe(c.automations.examples.run(TARGET, example.id))).finished is False
    assert (await maybe(c.automations.examples.delete(TARGET, same_body.id))).id == same_body.id

    # Dataset archives: a list and a comma string select the same examples.
    archive_list = await maybe(c.automations.dataset.export(TARGET, example_ids=[example.id]))
    archive_csv = await maybe(c.automations.dataset.export(TARGET, example_ids=example.id))
    names = zipfile.ZipFile(io.BytesIO(archive_list)).namelist()
    assert (
        names == zipfile.ZipFile(io.BytesIO(archive_csv)).namelist()
        and f"examples/{example.id}/input/contract.pdf" in names
    )
    written = await maybe(c.automations.dataset.export(TARGET, to=tmp / "dataset.zip"))
    assert written == (tmp / "dataset.zip").stat().st_size
    appended = await maybe(c.automations.dataset.import_(TARGET, tmp / "dataset.zip"))
    assert isinstance(appended, DatasetImportAppendResponse) and appended.created >= 1
    replaced = await maybe(c.automations.dataset.import_(TARGET, tmp / "dataset.zip", mode="replace"))
    assert isinstance(replaced, DatasetImportReplaceResponse) and replaced.deleted >= 2

    # Evaluators and experiments.
    evaluators = await maybe(c.automations.evaluators.get(TARGET))
    assert evaluators.config.evaluators[0]["type"] == "exact_match"
    yaml = "passThreshold: 1.0\nevaluators:\n  - name: n\n    type: json_field_match\n    field: input.n\n"
    assert (await maybe(c.automations.evaluators.update(TARGET, yaml))).yaml == yaml
    created = await maybe(c.automations.experiments.create(TARGET, batch_concurrency=2))
    assert created.total >= 1
    detail = await maybe(c.automations.experiments.get(TARGET, created.id))
    while detail.status != "completed":
        await anyio.sleep(0.02)
        detail = await maybe(c.automations.experiments.get(TARGET, created.id))
    assert isinstance(detail, ExperimentDetail) and detail.completed_count == detail.run_count == 2
    assert (detail.passed_count, detail.failed_count) == (
        1,
        1,
    )  # "leaf" passes; "from-run" expects {"total": 1}
    events = await collect(c.automations.experiments.create_stream(TARGET))
    assert all(isinstance(e, str) and json.loads(e) == e.data for e in events)  # the reference's str
    assert events[0].data.type == "experiment.started" and events[-1].data["type"] == "experiment.completed"
    assert sum(1 for e in events if e.data.type == "run.completed") == events[0].data.total
    csv_text = await maybe(c.automations.experiments.export(TARGET, created.id, format="csv"))
    assert csv_text.startswith("experimentId,runId")
    rows = json.loads(await maybe(c.automations.experiments.export(TARGET, created.id, format="json")))
    assert rows[0]["experimentId"] == created.id
    assert (await maybe(c.automations.experiments.export_all(TARGET, format="csv"))).count("\n") > len(rows)
    experiments = await maybe(c.automations.experiments.list(TARGET))
    assert created.id in {e.id for e in experiments}
    assert (await maybe(c.automations.experiments.cancel(TARGET, created.id))).id == created.id
    assert (await maybe(c.experiments.resolve(created.id))).automation_id == "wf_extract_invoice"
    scored = detail.runs[0].id
    assert (await maybe(c.runs.scores.list(scored))).scores[0].evaluator_name == "n"


@pytest.mark.anyio
async def test_every_leaf_on_either_client(client: Any, emu: Emulator, tmp_path: Path) -> None:
    await scenario(client, emu, tmp_path)
    assert emu.world.violations == []

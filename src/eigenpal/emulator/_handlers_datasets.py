"""Handlers of the evaluation operations: datasets and their files, evaluators, experiments, scores."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from ._http import Ctx, bytes_response, fail, handles, json_response, not_found, offset_page, safe_path
from ._state import Automation, DatasetExample, Experiment, RunRecord, StoredFile, new_id, now_iso
from ._world import example_input_files

EXAMPLE_FIELDS = {
    "name": "name",
    "input": "input",
    "expected": "expected",
    "metadata": "metadata",
    "annotation": "annotation",
    "rowOrder": "row_order",
    "overrides": "overrides",
}


# ---- examples -------------------------------------------------------------------------------------------
def _automation(ctx: Ctx) -> Automation:
    return ctx.world.automation(ctx.path["id"])


def _example(ctx: Ctx) -> tuple[Automation, DatasetExample]:
    automation = _automation(ctx)
    example = automation.examples.get(ctx.path["exampleId"])
    if example is None:
        raise not_found("Dataset example", ctx.path["exampleId"], "exampleId")
    return automation, example


def _ordered(automation: Automation) -> list[DatasetExample]:
    examples = list(automation.examples.values())
    return sorted(examples, key=lambda e: (e.row_order is None, e.row_order or 0))


@handles("automations.examples.list")
async def examples_list(ctx: Ctx) -> Response:
    return json_response(offset_page([e.to_json() for e in _ordered(_automation(ctx))], ctx))


@handles("automations.examples.create")
async def examples_create(ctx: Ctx) -> Response:
    automation, body = _automation(ctx), ctx.body or {}
    example = DatasetExample(
        id=new_id("ex"),
        name=body.get("name") or f"example-{len(automation.examples) + 1}",
        automation=automation,
        input=body.get("input"),
        expected=body.get("expected"),
    )
    _apply(example, {k: v for k, v in body.items() if k not in ("name", "input", "expected")})
    automation.examples[example.id] = example
    return json_response(example.to_json(), 201)


def _apply(example: DatasetExample, body: dict[str, Any]) -> None:
    for wire, attribute in EXAMPLE_FIELDS.items():
        if wire in body and not (wire == "name" and body[wire] is None):
            setattr(example, attribute, body[wire])


@handles("automations.examples.get")
async def examples_get(ctx: Ctx) -> Response:
    return json_response(_example(ctx)[1].to_json())


@handles("automations.examples.update")
async def examples_update(ctx: Ctx) -> Response:
    _, example = _example(ctx)
    _apply(example, ctx.body or {})
    example.updated_at = now_iso()
    return json_response(example.to_json())


@handles("automations.examples.delete")
async def examples_delete(ctx: Ctx) -> Response:
    automation, example = _example(ctx)
    del automation.examples[example.id]
    return json_response(example.to_json())


@handles("automations.examples.run")
async def examples_run(ctx: Ctx) -> Response:
    automation, example = _example(ctx)
    if not automation.triggers["manual"]:
        raise fail(
            403,
            "exampleId",
            f"The manual trigger of {automation.alias} is disabled",
            "manual_trigger_disabled",
        )
    run = ctx.world.start_run(
        automation,
        version=None,
        trigger="manual",
        input=dict(example.input or {}),
        input_files=example_input_files(example),
        overrides=example.overrides,
        example=example,
    )
    return json_response({"id": run.id, "type": automation.type, "batchId": None, "finished": False}, 201)


# ---- example files (input and expected folders alike) ------------------------------------------------------
def _folder(example: DatasetExample, folder: str) -> dict[str, StoredFile]:
    return example.input_files if folder == "input" else example.expected_files


def _register_folder(folder: str) -> None:
    """The five file operations of one folder of an example."""

    async def list_files(ctx: Ctx) -> Response:
        return json_response({"files": sorted(_folder(_example(ctx)[1], folder))})

    async def create_files(ctx: Ctx) -> Response:
        _, example = _example(ctx)
        assert ctx.form is not None
        parts = ctx.form.files.get("file", [])
        if not parts:
            raise fail(400, "file", "Send one or more multipart parts named `file`")
        stored = _folder(example, folder)
        uploaded = []
        for part in parts:
            name = safe_path(part.filename, "file")
            stored[name] = part
            uploaded.append(name)
        return json_response({"uploaded": uploaded}, 201)

    def _file(ctx: Ctx) -> tuple[dict[str, StoredFile], str]:
        stored, path = _folder(_example(ctx)[1], folder), ctx.path["path"]
        if path not in stored:
            raise not_found(f"{folder.capitalize()} file", path, "path")
        return stored, path

    async def get_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        return bytes_response(stored[path].content, "application/octet-stream", path.rsplit("/", 1)[-1])

    async def rename_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        new_name = (ctx.body or {})["newFilename"]
        if not new_name or "/" in new_name or new_name in (".", ".."):
            raise fail(400, "newFilename", "newFilename must be a file name without '/'")
        parent = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        moved = stored.pop(path)
        stored[parent + new_name] = StoredFile(new_name, moved.content, moved.content_type)
        return json_response({"ok": True, "filename": new_name, "path": f"{folder}/{parent}{new_name}"})

    async def delete_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        del stored[path]
        return Response(b"", 200)

    prefix = f"automations.examples.{folder}"
    handles(f"{prefix}.files.list")(list_files)
    handles(f"{prefix}.files.create")(create_files)
    handles(f"{prefix}.file.get")(get_file)
    handles(f"{prefix}.file.update")(rename_file)
    handles(f"{prefix}.file.delete")(delete_file)


_register_folder("input")
_register_folder("expected")


# ---- dataset archives -------------------------------------------------------------------------------------
@handles("automations.dataset.export")
async def dataset_export(ctx: Ctx) -> Response:
    automation = _automation(ctx)
    wanted = [i for i in str(ctx.query.get("exampleIds", "")).split(",") if i]
    missing = [i for i in wanted if i not in automation.examples]
    if missing:
        raise not_found("Dataset example", missing[0], "exampleIds")
    examples = [automation.examples[i] for i in wanted] if wanted else _ordered(automation)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for example in examples:
            root = f"examples/{example.id}"
            fields = {wire: getattr(example, attribute) for wire, attribute in EXAMPLE_FIELDS.items()}
            archive.writestr(f"{root}/example.json", json.dumps(fields, indent=2))
            for folder in ("input", "expected"):
                for path, stored in sorted(_folder(example, folder).items()):
                    archive.writestr(f"{root}/{folder}/{path}", stored.content)
    return bytes_response(buffer.getvalue(), "application/octet-stream", f"{automation.slug}-dataset.zip")


@handles("automations.dataset.import")
async def dataset_import(ctx: Ctx) -> Response:
    automation = _automation(ctx)
    assert ctx.form is not None
    mode = ctx.form.field("mode") or "append"
    if mode not in ("append", "replace"):
        raise fail(400, "mode", "mode must be append or replace")
    try:
        archive = zipfile.ZipFile(io.BytesIO(ctx.form.files["file"][0].content))
    except (zipfile.BadZipFile, KeyError, IndexError):
        raise fail(
            400, "file", "file must be a ZIP archive with examples/<id>/input and examples/<id>/expected"
        ) from None
    folders: dict[str, dict[str, Any]] = {}
    for name in archive.namelist():
        parts = name.split("/")
        if len(parts) < 3 or parts[0] != "examples" or name.endswith("/"):
            continue
        if ".." in parts or name.startswith("/"):
            raise fail(400, "file", f"Archive entry {name!r} escapes its folder")
        entry = folders.setdefault(parts[1], {"input": {}, "expected": {}, "json": None})
        if parts[2] in ("input", "expected") and len(parts) > 3:
            entry[parts[2]]["/".join(parts[3:])] = archive.read(name)
        elif parts[2] == "example.json":
            entry["json"] = archive.read(name)
    issues: list[dict[str, str]] = []
    deleted = files_deleted = 0
    if mode == "replace":
        deleted = len(automation.examples)
        files_deleted = sum(len(e.input_files) + len(e.expected_files) for e in automation.examples.values())
        automation.examples.clear()
    created = expected_set = 0
    for folder_id, entry in sorted(folders.items()):
        try:
            fields = json.loads(entry["json"]) if entry["json"] else {}
            if not isinstance(fields, dict):
                raise ValueError("example.json must hold a JSON object")
        except ValueError as error:
            issues.append({"path": f"examples/{folder_id}/example.json", "message": str(error)})
            continue
        example = DatasetExample(
            new_id("ex"),
            fields.get("name") or folder_id,
            automation,
            fields.get("input"),
            fields.get("expected"),
        )
        _apply(example, {k: v for k, v in fields.items() if k not in ("name", "input", "expected")})
        example.input_files = {p: StoredFile(p.rsplit("/", 1)[-1], c) for p, c in entry["input"].items()}
        example.expected_files = {
            p: StoredFile(p.rsplit("/", 1)[-1], c) for p, c in entry["expected"].items()
        }
        automation.examples[example.id] = example
        created += 1
        expected_set += example.expected is not None or bool(example.expected_files)
    if mode == "append":
        body: dict[str, Any] = {
            "mode": "append",
            "created": created,
            "expectedSet": expected_set,
            "skipped": len(issues),
            "issues": issues,
        }
    else:
        body = {
            "mode": "replace",
            "created": created,
            "expectedSet": expected_set,
            "deleted": deleted,
            "filesDeleted": files_deleted,
        }
    return json_response(body)


# ---- evaluators --------------------------------------------------------------------------------------------
def _evaluators(ctx: Ctx, automation: Automation) -> Response:
    config = ctx.world.parse_evaluators(automation.evaluator_yaml)
    return json_response(
        {
            "automationId": automation.id,
            "automationType": automation.type,
            "yaml": automation.evaluator_yaml,
            "config": config,
        }
    )


@handles("automations.evaluators.get")
async def evaluators_get(ctx: Ctx) -> Response:
    return _evaluators(ctx, _automation(ctx))


@handles("automations.evaluators.update")
async def evaluators_update(ctx: Ctx) -> Response:
    automation = _automation(ctx)
    text = (ctx.body or {})["yaml"]
    ctx.world.parse_evaluators(text)
    automation.evaluator_yaml = text
    return _evaluators(ctx, automation)


# ---- experiments --------------------------------------------------------------------------------------------
def _runs(ctx: Ctx, experiment: Experiment) -> list[RunRecord]:
    return [ctx.world.store.runs[i] for i in experiment.run_ids if i in ctx.world.store.runs]


def _experiment_json(ctx: Ctx, experiment: Experiment) -> dict[str, Any]:
    runs = _runs(ctx, experiment)
    finished = [run for run in runs if run.finished]
    scores = [run.score for run in finished if run.score is not None]
    return {
        "id": experiment.id,
        "automationId": experiment.automation.id,
        "automationType": experiment.automation.type,
        "status": experiment.status,
        "runCount": len(experiment.run_ids),
        "completedCount": len(finished),
        "passedCount": sum(1 for run in finished if run.passed is True),
        "failedCount": sum(1 for run in finished if run.passed is False),
        "avgScore": sum(scores) / len(scores) if scores else None,
        "createdAt": experiment.created_at,
        "completedAt": experiment.completed_at,
        "version": experiment.version,
    }


def _detail_json(ctx: Ctx, experiment: Experiment) -> dict[str, Any]:
    runs = _runs(ctx, experiment)
    return {
        **_experiment_json(ctx, experiment),
        "runs": [
            {
                "id": run.id,
                "status": run.status,
                "exampleId": run.example_id,
                "exampleName": run.example_name,
                "createdAt": now_iso(run.created),
                "completedAt": now_iso(run.completed) if run.completed else None,
            }
            for run in runs
        ],
        "resultsByRun": {
            run.id: [r.to_json() for r in ctx.world.store.scores.get(run.id, [])] for run in runs
        },
    }


def _experiment(ctx: Ctx) -> tuple[Automation, Experiment]:
    automation = _automation(ctx)
    experiment = ctx.world.store.experiments.get(ctx.path["experimentId"])
    if experiment is None or experiment.automation is not automation:
        raise not_found("Experiment", ctx.path["experimentId"], "experimentId")
    return automation, experiment


@handles("automations.experiments.list")
async def experiments_list(ctx: Ctx) -> Response:
    automation = _automation(ctx)
    found = [e for e in ctx.world.store.experiments.values() if e.automation is automation]
    since, until = ctx.query.get("fromDate"), ctx.query.get("toDate")
    found = [
        e
        for e in found
        if (not since or e.created_at >= since) and (not until or e.created_at[: len(until)] <= until)
    ]
    found.sort(key=lambda e: e.created_at, reverse=True)
    return json_response(offset_page([_experiment_json(ctx, e) for e in found], ctx))


def _start(ctx: Ctx) -> Experiment:
    body = ctx.body or {}
    return ctx.world.start_experiment(
        _automation(ctx), body.get("examples"), body.get("batchConcurrency"), body.get("sourceRef")
    )


@handles("automations.experiments.create")
async def experiments_create(ctx: Ctx) -> Response:
    experiment = _start(ctx)
    runs = [{"id": run.id, "exampleId": run.example_id} for run in _runs(ctx, experiment)]
    return json_response({"id": experiment.id, "runs": runs, "total": len(runs)}, 202)


@handles("automations.experiments.get")
async def experiments_get(ctx: Ctx) -> Response:
    return json_response(_detail_json(ctx, _experiment(ctx)[1]))


@handles("automations.experiments.cancel")
async def experiments_cancel(ctx: Ctx) -> Response:
    experiment = _experiment(ctx)[1]
    ctx.world.cancel_experiment(experiment)
    return json_response(_detail_json(ctx, experiment))


@handles("automations.experiments.createStream")
async def experiments_stream(ctx: Ctx) -> Response:
    experiment = _start(ctx)
    runs = _runs(ctx, experiment)

    async def events() -> AsyncIterator[bytes]:
        yield _line({"type": "experiment.started", "experimentId": experiment.id, "total": len(runs)})
        pending = {run.id: run for run in runs}
        completed = 0
        while pending:
            done = [run for run in pending.values() if run.finished]
            if not done:
                await _first_done(list(pending.values()))
                continue
            for run in done:
                del pending[run.id]
                completed += 1
                yield _line(
                    {
                        "type": "run.completed",
                        "experimentId": experiment.id,
                        "runId": run.id,
                        "exampleId": run.example_id,
                        "status": run.status,
                        "score": run.score,
                        "passed": run.passed,
                        "completed": completed,
                        "total": len(runs),
                    }
                )
        summary = _experiment_json(ctx, experiment)
        yield _line(
            {
                "type": "experiment.completed",
                "experimentId": experiment.id,
                "status": "completed",
                "passedCount": summary["passedCount"],
                "failedCount": summary["failedCount"],
                "avgScore": summary["avgScore"],
            }
        )

    return StreamingResponse(events(), media_type="application/x-ndjson")


async def _first_done(runs: list[RunRecord]) -> None:
    import asyncio

    waiters = [asyncio.ensure_future(run.done.wait()) for run in runs]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


def _line(event: dict[str, Any]) -> bytes:
    return (json.dumps(event, separators=(",", ":")) + "\n").encode()


ROW_FIELDS = ["experimentId", "runId", "exampleId", "exampleName", "evaluatorName", "evaluatorType", "score",
              "passed", "label", "weight", "passThreshold", "error"]  # fmt: skip


def _rows(ctx: Ctx, experiments: list[Experiment]) -> list[dict[str, Any]]:
    rows = []
    for experiment in experiments:
        for run in _runs(ctx, experiment):
            for result in ctx.world.store.scores.get(run.id, []):
                data = result.to_json()
                rows.append({**{k: data.get(k) for k in ROW_FIELDS}, "experimentId": experiment.id,
                             "exampleId": run.example_id, "exampleName": run.example_name})  # fmt: skip
    return rows


def _export(rows: list[dict[str, Any]], form: str) -> Response:
    if form == "json":
        return Response(json.dumps(rows), media_type="application/json")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv")


@handles("automations.experiments.export")
async def experiments_export(ctx: Ctx) -> Response:
    return _export(_rows(ctx, [_experiment(ctx)[1]]), ctx.query["format"])


@handles("automations.experiments.exportAll")
async def experiments_export_all(ctx: Ctx) -> Response:
    automation = _automation(ctx)
    experiments = [e for e in ctx.world.store.experiments.values() if e.automation is automation]
    return _export(_rows(ctx, experiments), ctx.query["format"])


@handles("experiments.resolve")
async def experiments_resolve(ctx: Ctx) -> Response:
    experiment = ctx.world.store.experiments.get(ctx.path["experimentId"])
    if experiment is None:
        raise not_found("Experiment", ctx.path["experimentId"], "experimentId")
    return json_response({"id": experiment.id, "automationId": experiment.automation.id})


@handles("runs.scores.list")
async def runs_scores(ctx: Ctx) -> Response:
    run = ctx.world.store.runs.get(ctx.path["id"])
    if run is None:
        raise not_found("Run", ctx.path["id"])
    return json_response({"scores": [r.to_json() for r in ctx.world.store.scores.get(run.id, [])]})

"""Handlers of the evaluation operations: datasets and their files, evaluators, experiments, scores."""

from __future__ import annotations

import csv
import io
import json
import lzma
import zipfile
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response, StreamingResponse

from ._errors import ApiError, Issue, fail, not_found, too_large
from ._http import Ctx, bytes_response, handles, json_response, load_json, offset_page, safe_path
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
        new_name = safe_path((ctx.body or {})["newFilename"], "newFilename")
        if "/" in new_name:
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
    return bytes_response(
        buffer.getvalue(), "application/octet-stream", f"{automation.slug.replace('/', '-')}-dataset.zip"
    )


@handles("automations.dataset.import")
async def dataset_import(ctx: Ctx) -> Response:
    """Import a dataset ZIP, all or nothing: every entry is checked before anything changes (its path,
    its example.json as the example the API will then serve, the archive's size), and one bad entry
    refuses the whole archive with a 400 naming each bad entry and field. So ``replace`` never leaves a
    half-replaced dataset, and ``append`` never skips a row (``skipped`` is always 0)."""
    automation = _automation(ctx)
    assert ctx.form is not None
    mode = ctx.form.field("mode") or "append"
    if mode not in ("append", "replace"):
        raise fail(400, "mode", "mode must be append or replace")
    uploads = ctx.form.files.get("file")
    if not uploads:
        raise fail(400, "file", "Send the dataset ZIP as a multipart file part named `file`")
    examples = _examples(ctx, automation, _read_archive(ctx, uploads[0].content))
    deleted = len(automation.examples)
    files_deleted = sum(len(e.input_files) + len(e.expected_files) for e in automation.examples.values())
    if mode == "replace":
        automation.examples.clear()
    for example in examples:
        automation.examples[example.id] = example
    expected_set = sum(e.expected is not None or bool(e.expected_files) for e in examples)
    counts = {"mode": mode, "created": len(examples), "expectedSet": expected_set}
    if mode == "append":
        return json_response({**counts, "skipped": 0, "issues": []})
    return json_response({**counts, "deleted": deleted, "filesDeleted": files_deleted})


DATASET_EXAMPLE = {"$ref": "#/components/schemas/DatasetExample"}
ZIP_DIRECTORY_ENTRY = b"PK\x01\x02"
INFLATE_CHUNK = 64 * 1024
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,  # a compression method zipfile lacks
    RuntimeError,  # an encrypted entry
)


@dataclass
class _Folder:
    """What an archive holds for one ``examples/<name>/`` folder."""

    json: bytes | None = None
    input: dict[str, bytes] = field(default_factory=dict)
    expected: dict[str, bytes] = field(default_factory=dict)


def _read_archive(ctx: Ctx, content: bytes) -> dict[str, _Folder]:
    """The example folders of a dataset ZIP. Every entry name must be a safe path (400). The entry
    count (``Limits.archive_entries``) is bounded before the directory is parsed, and the inflated
    total (the upload cap) while entries inflate, so a ZIP bomb is refused (413) before it grows."""
    max_entries, limit = ctx.world.store.limits.archive_entries, ctx.world.config.max_upload_bytes
    if content.count(ZIP_DIRECTORY_ENTRY) > max_entries:  # at least as many as zipfile would parse
        raise too_large("file", f"The archive has more than {max_entries} entries")
    folders: dict[str, _Folder] = {}
    used = 0
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for info in archive.infolist():
                parts = safe_path(info.filename.removesuffix("/"), "file").split("/")
                if info.is_dir() or len(parts) < 3 or parts[0] != "examples":
                    continue
                folder = folders.setdefault(parts[1], _Folder())
                is_json, is_file = parts[2:] == ["example.json"], parts[2] in ("input", "expected")
                if not is_json and not (is_file and len(parts) > 3):
                    continue
                data = _inflate(archive, info, limit - used, limit)
                used += len(data)
                if is_json:
                    folder.json = data
                else:
                    getattr(folder, parts[2])["/".join(parts[3:])] = data
    except ARCHIVE_ERRORS:
        raise fail(
            400, "file", "file must be a ZIP archive with examples/<id>/input and examples/<id>/expected"
        ) from None
    return folders


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, room: int, limit: int) -> bytes:
    """One entry, inflated a chunk at a time: 413 as soon as it outgrows the ``room`` left."""
    chunks: list[bytes] = []
    with archive.open(info) as entry:
        while chunk := entry.read(INFLATE_CHUNK):
            room -= len(chunk)
            if room < 0:
                raise too_large("file", f"The archive inflates past the {limit}-byte upload limit")
            chunks.append(chunk)
    return b"".join(chunks)


def _examples(ctx: Ctx, automation: Automation, folders: dict[str, _Folder]) -> list[DatasetExample]:
    """The archive's examples, each checked as the API will serve it; 400 naming every bad entry."""
    examples: list[DatasetExample] = []
    issues: list[Issue] = []
    for name, folder in sorted(folders.items()):
        where = f"examples/{name}/example.json"
        try:
            fields = load_json(folder.json, where) if folder.json else {}
            if not isinstance(fields, dict):
                raise ValueError(f"{where} must hold a JSON object")
        except ValueError as error:
            issues.append(Issue(where, str(error)))
            continue
        example = DatasetExample(
            new_id("ex"), fields.get("name") or name, automation, fields.get("input"), fields.get("expected")
        )
        _apply(example, {k: v for k, v in fields.items() if k not in ("name", "input", "expected")})
        example.input_files = _stored(folder.input)
        example.expected_files = _stored(folder.expected)
        issues.extend(ctx.contract.validate(DATASET_EXAMPLE, example.to_json(), where))
        examples.append(example)
    if issues:
        raise ApiError(400, issues)
    return examples


def _stored(files: dict[str, bytes]) -> dict[str, StoredFile]:
    return {path: StoredFile(path.rsplit("/", 1)[-1], content) for path, content in files.items()}


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

"""Handlers of the metadata, automation, file and run operations (feedback and promotion included)."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from datetime import datetime
from typing import Any

from starlette.responses import Response

from ._errors import fail, not_found
from ._http import (
    Ctx,
    bytes_response,
    empty_response,
    flag,
    handles,
    json_response,
    offset_page,
    safe_path,
)
from ._render import (
    accepted_json,
    artifact_json,
    commit_sha,
    feedback_detail_json,
    list_item_json,
    run_artifacts,
    run_json,
    usage_json,
)
from ._state import DatasetExample, Feedback, RunRecord, StoredFile, UploadedFile, new_id, now_iso

FEEDBACK_FILTERS = (
    "hasFeedback",
    "noFeedback",
    "feedbackStatus",
    "feedbackRating",
    "hasExpected",
    "promotedToExample",
    "sinceLastResolved",
)


# ---- metadata and automations --------------------------------------------------------------------
@handles("auth.check")
async def auth_check(ctx: Ctx) -> Response:
    key = ctx.key
    return json_response(
        {
            "ok": True,
            "tenantId": key.tenant_id,
            "tenantSlug": key.tenant_slug,
            "tenantName": key.tenant_name,
            "userId": key.user_id,
            "keyId": key.key_id,
            "email": key.email,
            "name": key.name,
            "scope": list(key.scopes),
            "wildcardGranted": "*" in key.scopes,
        }
    )


@handles("automations.list")
async def automations_list(ctx: Ctx) -> Response:
    search = str(ctx.query.get("search", "")).lower()
    found = [
        a
        for a in ctx.world.store.automations.values()
        if (not search or search in f"{a.slug} {a.name} {a.description}".lower())
        and ctx.query.get("type") in (None, a.type)
    ]
    return json_response(offset_page([a.summary_json() for a in found], ctx, default_limit=50))


@handles("automations.get")
async def automations_get(ctx: Ctx) -> Response:
    return json_response(ctx.world.automation(ctx.path["id"]).detail_json())


@handles("automations.sync")
async def automations_sync(ctx: Ctx) -> Response:
    if "@" in ctx.path["id"]:
        raise fail(400, "id", "Sync always uses the latest Git release; remove the version from the target")
    automation = ctx.world.automation(ctx.path["id"])
    version = automation.current_version
    return json_response(
        {
            "automation": {
                "id": automation.id,
                "type": automation.type,
                "slug": automation.slug,
                "status": "active",
                "updatedAt": now_iso(),
            },
            "release": {
                "version": version,
                "tag": f"{automation.slug}@{version}",
                "commit": commit_sha(automation.id, version),
            },
            "warnings": [],
        }
    )


@handles("automations.triggers.get")
async def automations_triggers(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    return json_response(
        {"automationId": automation.id, "type": automation.type, "triggers": dict(automation.triggers)}
    )


@handles("automations.versions.list")
async def automations_versions(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    data = [
        {
            "id": f"{automation.id}@{version}",
            "automationId": automation.id,
            "version": version,
            "sourceRef": version,
            "isCurrent": version == automation.current_version,
            "createdAt": automation.created_at,
        }
        for version in reversed(automation.versions)
    ]
    return json_response({"data": data, "total": len(data), "limit": len(data), "offset": 0})


# ---- files -------------------------------------------------------------------------------------------
@handles("files.create")
async def files_create(ctx: Ctx) -> Response:
    assert ctx.form is not None
    stored = ctx.form.files.get("file")
    if not stored:
        raise fail(400, "file", "Send the file as a multipart part named `file`")
    uploaded = UploadedFile(new_id("file"), stored[0], now_iso(), ctx.form.field("purpose"))
    ctx.world.store.files[uploaded.id] = uploaded
    return json_response(uploaded.to_json())


def _file(ctx: Ctx) -> UploadedFile:
    uploaded = ctx.world.store.files.get(ctx.path["id"])
    if uploaded is None:
        raise not_found("File", ctx.path["id"])
    return uploaded


@handles("files.get")
async def files_get(ctx: Ctx) -> Response:
    return json_response(_file(ctx).to_json())


@handles("files.delete")
async def files_delete(ctx: Ctx) -> Response:
    del ctx.world.store.files[_file(ctx).id]
    return json_response({"deleted": True})


@handles("files.content.get")
async def files_content(ctx: Ctx) -> Response:
    stored = _file(ctx).file
    return bytes_response(stored.content, stored.content_type, stored.filename)


# ---- runs: start, rerun, read ---------------------------------------------------------------------
@handles("runs.start")
async def runs_start(ctx: Ctx) -> Response:
    if ctx.form is not None:
        target = ctx.form.field("target") or ""
        input_ = json.loads(ctx.form.field("input") or "{}")
        metadata = json.loads(ctx.form.field("metadata") or "{}")
        overrides = json.loads(ctx.form.field("overrides") or "{}")
        files = {
            name[len("files.") :]: parts
            for name, parts in ctx.form.files.items()
            if name.startswith("files.")
        }
        stray = sorted(set(ctx.form.files) - {f"files.{k}" for k in files})
        if stray:
            raise fail(400, stray[0], "File parts must be named files.<inputKey>")
    else:
        body = ctx.body or {}
        target, input_ = body["target"], body.get("input") or {}
        metadata, overrides = body.get("metadata") or {}, body.get("overrides") or {}
        files = {key: _referenced_files(ctx, key, refs) for key, refs in (body.get("files") or {}).items()}
    if "@" in target:
        raise fail(400, "target", "Pass the version in the `version` query parameter, not in the target")
    if target.partition(".")[0] not in ("workflows", "agents"):
        raise fail(400, "target", "The target must be rooted at `workflows.` or `agents.`")
    automation = ctx.world.automation(target, "target")
    trigger = ctx.request.headers.get("x-eigenpal-trigger", "api")
    if not automation.triggers["api"]:
        raise fail(
            403,
            "target",
            f"The API trigger of {automation.alias} is disabled",
            "api_trigger_disabled",
            hint="Enable the API trigger in the automation settings in the dashboard",
        )
    run = ctx.world.start_run(
        automation,
        version=ctx.query.get("version"),
        trigger=trigger,
        input=input_,
        input_files=files,
        metadata=metadata,
        overrides=overrides,
    )
    return await _started(ctx, run)


def _referenced_files(ctx: Ctx, key: str, refs: Any) -> list[StoredFile]:
    """Snapshot referenced uploads: later changes to the upload do not change the run."""
    snapshots = []
    for index, ref in enumerate(refs if isinstance(refs, list) else [refs]):
        uploaded = ctx.world.store.files.get(ref["fileId"])
        if uploaded is None:
            where = f"files.{key}" + (f".{index}" if isinstance(refs, list) else "") + ".fileId"
            raise fail(404, where, f"File {ref['fileId']!r} not found", "not_found")
        source = uploaded.file
        snapshots.append(
            StoredFile(
                ref.get("filename") or source.filename,
                source.content,
                ref.get("mimeType") or source.content_type,
            )
        )
    return snapshots


async def _started(ctx: Ctx, run: RunRecord) -> Response:
    """201 accepted; with wait_for_completion, 200 and the run when it ends in time, else 202."""
    wait = ctx.query.get("wait_for_completion")
    if wait is None:
        return json_response(accepted_json(run), 201)
    if await ctx.world.wait(run, float(wait)):
        return json_response(run_json(run, ctx.world.store.runs, ctx.key, set()), 200)
    return json_response(accepted_json(run), 202)


@handles("runs.rerun")
async def runs_rerun(ctx: Ctx) -> Response:
    source = _run(ctx)
    requested = ctx.query.get("version")
    version = source.version if requested == "original" else requested
    run = ctx.world.start_run(
        source.automation,
        version=version,
        trigger=source.trigger,
        input=dict(source.input),
        input_files={k: list(v) for k, v in source.input_files.items()},
        metadata=dict(source.metadata),
        overrides=dict(source.overrides),
    )
    run.previous_run_id, source.next_run_id = source.id, run.id
    return await _started(ctx, run)


def _run(ctx: Ctx) -> RunRecord:
    return ctx.world.run(ctx.path["id"])


@handles("runs.get")
async def runs_get(ctx: Ctx) -> Response:
    expand = {part.strip() for part in str(ctx.query.get("expand", "")).split(",") if part.strip()}
    unknown = expand - {"input", "usage", "execution", "debug"}
    if unknown:
        raise fail(
            400, "expand", f"Unknown expand sections: {sorted(unknown)}; use input, usage, execution, debug"
        )
    return json_response(run_json(_run(ctx), ctx.world.store.runs, ctx.key, expand))


@handles("runs.cancel")
async def runs_cancel(ctx: Ctx) -> Response:
    run = _run(ctx)
    was = run.status
    state = ctx.world.cancel_run(run)
    return json_response(
        {
            "id": run.id,
            "type": run.automation.type,
            "finished": run.finished,
            "execution": {"status": run.status},
            "cancellation": {"state": state, "wasStatus": was},
        }
    )


@handles("runs.events.list")
async def runs_events(ctx: Ctx) -> Response:
    return json_response({"events": _run(ctx).events})


@handles("runs.steps.list")
async def runs_steps(ctx: Ctx) -> Response:
    return json_response({"steps": _run(ctx).steps})


@handles("runs.trace.get")
async def runs_trace(ctx: Ctx) -> Response:
    return json_response({"events": _run(ctx).trace})


@handles("runs.usage.get")
async def runs_usage(ctx: Ctx) -> Response:
    return json_response({"usage": usage_json(_run(ctx))})


# ---- runs: artifacts -------------------------------------------------------------------------------
@handles("runs.artifacts.list")
async def runs_artifacts_list(ctx: Ctx) -> Response:
    run = _run(ctx)
    if ctx.query.get("zip") == "1":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, stored in sorted(run.output_files.items()):
                archive.writestr(name, stored.content)
        return bytes_response(buffer.getvalue(), "application/zip", f"{run.id}.zip")
    found = run_artifacts(run)
    return json_response({"artifacts": [artifact_json(p, role, f) for p, (role, f) in found.items()]})


@handles("runs.artifacts.get")
async def runs_artifacts_get(ctx: Ctx) -> Response:
    found = run_artifacts(_run(ctx)).get(ctx.path["path"])
    if found is None:
        raise not_found("Artifact", ctx.path["path"], "path")
    return bytes_response(found[1].content, found[1].content_type, found[1].filename)


# ---- runs: list --------------------------------------------------------------------------------------
@handles("runs.list")
async def runs_list(ctx: Ctx) -> Response:
    q = ctx.query
    runs = sorted(ctx.world.store.runs.values(), key=lambda r: (r.created, r.id), reverse=True)
    runs = [run for run in runs if _matches(ctx, run)]
    limit = int(q.get("limit", 20))
    if "offset" in q or any(name in q for name in FEEDBACK_FILTERS):
        offset = int(q.get("offset", 0))
        page, next_cursor = runs[offset : offset + limit], None
    else:
        start = 0
        if q.get("cursor"):
            ids = [run.id for run in runs]
            if q["cursor"] not in ids:
                raise fail(400, "cursor", "Unknown or expired cursor; start again without one")
            start = ids.index(q["cursor"]) + 1
        page = runs[start : start + limit]
        next_cursor = page[-1].id if start + limit < len(runs) and page else None
    return json_response(
        {
            "runs": [list_item_json(run, ctx.world.store.runs, ctx.key) for run in page],
            "nextCursor": next_cursor,
        }
    )


def _matches(ctx: Ctx, run: RunRecord) -> bool:
    q = ctx.query
    automation = run.automation
    checks = [
        q.get("type") in (None, automation.type),
        q.get("source") in (None, automation.id, automation.alias),
        "status" not in q or run.status in str(q["status"]).split(","),
        q.get("trigger") in (None, run.trigger),
        q.get("triggeredBy") in (None, ctx.key.user_id),
        q.get("sourceRef") in (None, run.version),
        q.get("batchId") in (None, run.batch_id),
        q.get("exampleId") in (None, run.example_id),
        "exampleIdContains" not in q or str(q["exampleIdContains"]) in (run.example_id or ""),
        "ids" not in q or run.id in str(q["ids"]).split(","),
        _within(run.created, q.get("from"), q.get("to")),
        _within(run.created, q.get("createdAfter"), q.get("createdBefore")),
        ("completedAfter" not in q and "completedBefore" not in q)
        or (
            run.completed is not None
            and _within(run.completed, q.get("completedAfter"), q.get("completedBefore"))
        ),
    ]
    feedback = run.feedback
    if flag(q.get("hasFeedback")):
        checks.append(feedback is not None)
    if flag(q.get("noFeedback")):
        checks.append(feedback is None)
    if "feedbackStatus" in q:
        checks.append(feedback is not None and feedback.status == q["feedbackStatus"])
    if "feedbackRating" in q:
        rating = feedback.rating if feedback else None
        checks.append(rating is None if q["feedbackRating"] == "none" else rating == q["feedbackRating"])
    if flag(q.get("hasExpected")):
        checks.append(run.expected_set or bool(run.expected_files))
    if flag(q.get("promotedToExample")):
        checks.append(feedback is not None and feedback.promoted_example_name is not None)
    if flag(q.get("sinceLastResolved")):
        checks.append(run.created > ctx.world.store.last_resolved.get(automation.id, 0.0))
    return all(checks)


def _within(moment: float, after: Any, before: Any) -> bool:
    return (after is None or moment >= _when(str(after), "after")) and (
        before is None or moment <= _when(str(before), "before")
    )


def _when(value: str, field_name: str) -> float:
    """An ISO date/time or a relative age (``30m``, ``24h``, ``7d``) as epoch seconds."""
    relative = re.fullmatch(r"-?(\d+)([smhd])", value.strip())
    if relative:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}[relative.group(2)]
        return time.time() - int(relative.group(1)) * unit
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise fail(
            400, field_name, f"Expected an ISO 8601 date or a relative age like 7d, got {value!r}"
        ) from None


# ---- feedback -----------------------------------------------------------------------------------------
@handles("runs.feedback.get")
async def feedback_get(ctx: Ctx) -> Response:
    return json_response(feedback_detail_json(_run(ctx), ctx.key))


@handles("runs.feedback.update")
async def feedback_update(ctx: Ctx) -> Response:
    run, body = _run(ctx), ctx.body or {}
    stamp = now_iso()
    if any(key in body for key in ("body", "rating", "status")):
        feedback = run.feedback or Feedback(created_at=stamp)
        if "body" in body:
            feedback.body = body["body"] or ""
        if "rating" in body:
            feedback.rating = body["rating"]
        if "status" in body:
            feedback.status = body["status"]
            feedback.resolved_at = stamp if body["status"] == "resolved" else None
            if body["status"] == "resolved":
                ctx.world.store.last_resolved[run.automation.id] = time.time()
        feedback.updated_at = stamp
        run.feedback = feedback
    if "expected" in body:
        run.expected, run.expected_set = body["expected"], body["expected"] is not None
    return json_response(feedback_detail_json(run, ctx.key))


@handles("runs.feedback.clear")
async def feedback_clear(ctx: Ctx) -> Response:
    run = _run(ctx)
    run.feedback, run.expected, run.expected_set = None, None, False
    run.expected_files.clear()
    return json_response(feedback_detail_json(run, ctx.key))


@handles("runs.feedback.expected.get")
async def expected_get(ctx: Ctx) -> Response:
    run = _run(ctx)
    return json_response(
        {
            "expected": run.expected if run.expected_set else None,
            "files": [{"name": n} for n in run.expected_files],
        }
    )


@handles("runs.feedback.expected.create")
async def expected_create(ctx: Ctx) -> Response:
    run = _run(ctx)
    if ctx.form is not None:
        stored = ctx.form.files.get("file")
        if not stored:
            raise fail(400, "file", "Send the expected file as a multipart part named `file`")
        name = safe_path(ctx.form.field("name") or stored[0].filename, "name")
        run.expected_files[name] = StoredFile(name, stored[0].content, stored[0].content_type)
    else:
        wanted = ctx.body["outputFileName"]
        output = run.output_files.get(wanted) or run.output_files.get(wanted.removeprefix("output/"))
        if output is None:
            raise fail(404, "outputFileName", f"Run {run.id} has no output file {wanted!r}", "not_found")
        name = safe_path(ctx.body.get("expectedName") or output.filename, "expectedName")
        run.expected_files[name] = StoredFile(name, output.content, output.content_type)
    return json_response({"name": name}, 201)


def _expected_file(ctx: Ctx) -> tuple[RunRecord, str]:
    run, name = _run(ctx), ctx.path["filename"]
    if name not in run.expected_files:
        raise not_found("Expected file", name, "filename")
    return run, name


@handles("runs.feedback.expected.file.get")
async def expected_file_get(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    return bytes_response(
        run.expected_files[name].content, "application/octet-stream", name.rsplit("/", 1)[-1]
    )


@handles("runs.feedback.expected.file.update")
async def expected_file_rename(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    new_name = safe_path(ctx.body["name"], "name")
    stored = run.expected_files.pop(name)
    run.expected_files[new_name] = StoredFile(new_name, stored.content, stored.content_type)
    return json_response({"name": new_name})


@handles("runs.feedback.expected.file.delete")
async def expected_file_delete(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    del run.expected_files[name]
    return empty_response(204)


@handles("runs.promote")
async def runs_promote(ctx: Ctx) -> Response:
    run = _run(ctx)
    automation = run.automation
    name = (ctx.body or {}).get("name") or f"run-{run.id}"
    example = DatasetExample(
        id=new_id("ex"),
        name=name,
        automation=automation,
        input=dict(run.input),
        expected=run.expected if run.expected_set else None,
        metadata={"promotedFromRunId": run.id},
        input_files={f"{key}/{f.filename}": f for key, fs in run.input_files.items() for f in fs},
        expected_files=dict(run.expected_files),
    )
    automation.examples[example.id] = example
    feedback = run.feedback or Feedback(created_at=now_iso())
    feedback.promoted_example_name = name
    feedback.updated_at = now_iso()
    run.feedback = feedback
    return json_response(
        {
            "automationId": automation.id,
            "automationType": automation.type,
            "exampleId": example.id,
            "name": name,
        }
    )

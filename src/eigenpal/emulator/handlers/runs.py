"""``runs``: start, rerun, list, read and cancel runs; read their events, steps, trace, usage and scores."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from .._errors import fail
from .._http import Ctx, Handler, json_response
from .._render import accepted_json, list_item_json, run_json, usage_json
from .._state import RunRecord, StoredFile
from .filters import FEEDBACK_FILTERS, matches


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


async def runs_rerun(ctx: Ctx) -> Response:
    source = ctx.world.run(ctx.path["id"])
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


async def runs_get(ctx: Ctx) -> Response:
    expand = {part.strip() for part in str(ctx.query.get("expand", "")).split(",") if part.strip()}
    unknown = expand - {"input", "usage", "execution", "debug"}
    if unknown:
        raise fail(
            400, "expand", f"Unknown expand sections: {sorted(unknown)}; use input, usage, execution, debug"
        )
    return json_response(run_json(ctx.world.run(ctx.path["id"]), ctx.world.store.runs, ctx.key, expand))


async def runs_cancel(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
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


async def runs_events(ctx: Ctx) -> Response:
    return json_response({"events": ctx.world.run(ctx.path["id"]).events})


async def runs_steps(ctx: Ctx) -> Response:
    return json_response({"steps": ctx.world.run(ctx.path["id"]).steps})


async def runs_trace(ctx: Ctx) -> Response:
    return json_response({"events": ctx.world.run(ctx.path["id"]).trace})


async def runs_usage(ctx: Ctx) -> Response:
    return json_response({"usage": usage_json(ctx.world.run(ctx.path["id"]))})


async def runs_list(ctx: Ctx) -> Response:
    q = ctx.query
    runs = sorted(ctx.world.store.runs.values(), key=lambda r: (r.created, r.id), reverse=True)
    last_resolved = ctx.world.store.last_resolved
    runs = [run for run in runs if matches(run, q, user_id=ctx.key.user_id, last_resolved=last_resolved)]
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


async def runs_scores(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
    return json_response({"scores": [r.to_json() for r in ctx.world.store.scores.get(run.id, [])]})


HANDLERS: dict[str, Handler] = {
    "runs.start": runs_start,
    "runs.rerun": runs_rerun,
    "runs.get": runs_get,
    "runs.cancel": runs_cancel,
    "runs.events.list": runs_events,
    "runs.steps.list": runs_steps,
    "runs.trace.get": runs_trace,
    "runs.usage.get": runs_usage,
    "runs.list": runs_list,
    "runs.scores.list": runs_scores,
}

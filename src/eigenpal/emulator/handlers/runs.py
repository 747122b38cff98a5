"""``runs``: start, rerun, list, read and cancel runs; read their events, steps, trace, usage and scores.

A JSON start names each file input as ``{"$fileId": "file_..."}`` (an upload of ``files.create``, copied
into the run so a later delete does not change it; an unknown id answers 404) or carries it inline as
``{"$inline": {"filename", "mimeType", "base64"}}``; a multipart start sends ``files.<input>`` parts, and
names an uploaded file as a ``{"$fileId": ...}`` input value.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response, safe_path
from .._render import accepted_json, list_item_json, run_json, sample_rank, usage_json
from .._state import RunRecord, StoredFile
from .filters import REVIEW_FILTERS, matches


async def runs_start(ctx: Ctx) -> Response:
    if ctx.form is not None:
        target = ctx.form.field("target") or ""
        tags: Any = ctx.form.field("tags")
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
        for key in [key for key, value in input_.items() if _is_reference(value)]:
            files[key] = _file_inputs(ctx, key, input_.pop(key))
    else:
        body = ctx.body or {}
        target, input_, tags = body["target"], body.get("input") or {}, body.get("tags")
        metadata, overrides = body.get("metadata") or {}, body.get("overrides") or {}
        files = {key: _file_inputs(ctx, key, refs) for key, refs in (body.get("files") or {}).items()}
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
    run.tags = _tags(tags)
    return await _started(ctx, run)


def _tags(value: Any) -> list[str]:
    """The run's tags: a list, or one text of comma-separated tags (a JSON list in a multipart part)."""
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            raise fail(400, "tags", "tags must be a JSON list of text or comma-separated text") from None
    if isinstance(value, str):
        value = value.split(",")
    tags = [str(tag).strip() for tag in value or []]
    return list(dict.fromkeys(tag for tag in tags if tag))


def _is_reference(value: Any) -> bool:
    """Whether an input value of a multipart start names an uploaded file (``{"$fileId": ...}`` or a list
    of them), as a client sends a file it uploaded first to keep the request small."""
    items = value if isinstance(value, list) and value else [value]
    return all(isinstance(item, dict) and set(item) == {"$fileId"} for item in items)


def _file_inputs(ctx: Ctx, key: str, refs: Any) -> list[StoredFile]:
    """The files of one input: stored uploads (snapshots: a later delete does not change the run) or
    inline bytes; 404 or 400 naming the reference that is wrong."""
    files = []
    for index, ref in enumerate(refs if isinstance(refs, list) else [refs]):
        where = f"files.{key}" + (f".{index}" if isinstance(refs, list) else "")
        if "$fileId" in ref:
            uploaded = ctx.world.store.files.get(ref["$fileId"])
            if uploaded is None:
                raise fail(404, f"{where}.$fileId", f"File {ref['$fileId']!r} not found", "not_found")
            files.append(
                StoredFile(uploaded.file.filename, uploaded.file.content, uploaded.file.content_type)
            )
            continue
        inline = ref["$inline"]
        try:
            content = base64.b64decode(inline["base64"], validate=True)
        except (binascii.Error, ValueError):
            raise fail(400, f"{where}.$inline.base64", "base64 must be standard Base64 text") from None
        files.append(
            StoredFile(
                safe_path(inline["filename"], f"{where}.$inline.filename"), content, inline["mimeType"]
            )
        )
    return files


async def _started(ctx: Ctx, run: RunRecord) -> Response:
    """201 accepted; with wait_for_completion, 200 and the run once it ends or waits for a person (in
    time), else 202."""
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
    steps = ctx.world.run(ctx.path["id"]).steps
    return json_response({"steps": steps, "total": len(steps)})


async def runs_step_get(ctx: Ctx) -> Response:
    """One step execution in full: the step as listed, with the run's input and its output."""
    run = ctx.world.run(ctx.path["id"])
    wanted = ctx.path["stepExecutionId"]
    for step in run.steps:
        if step["id"] == wanted:
            return json_response({**step, "input": run.input, "output": run.output})
    raise not_found("Step execution", wanted, "stepExecutionId")


async def runs_trace(ctx: Ctx) -> Response:
    return json_response({"events": ctx.world.run(ctx.path["id"]).trace})


async def runs_usage(ctx: Ctx) -> Response:
    return json_response({"usage": usage_json(ctx.world.run(ctx.path["id"]))})


SORT_KEYS = {
    "createdAt": lambda run: (run.created, run.id),
    "completedAt": lambda run: (run.completed or 0.0, run.id),
    "status": lambda run: (run.status, run.id),
    "sampleRank": lambda run: (sample_rank(run.id), run.id),
}
"""The ``sort`` fields the emulator knows; any other sorts as the default, newest first."""


async def runs_list(ctx: Ctx) -> Response:
    """Runs that pass the filters, by ``sort``/``order`` (newest first by default), a page at a time: by
    cursor, or by ``offset`` with a review filter. ``sampleRate`` keeps the runs whose ``sampleRank`` is
    below it: of each cursor page after paging (so a sampled page may be short while ``nextCursor`` says
    more follow), before offset paging (so a short offset page is the last)."""
    q = ctx.query
    sort = SORT_KEYS.get(str(q.get("sort")), SORT_KEYS["createdAt"])
    ascending = q.get("order") == "asc"
    runs = sorted(ctx.world.store.runs.values(), key=sort, reverse=not ascending)
    last_closed = ctx.world.store.last_closed
    runs = [run for run in runs if matches(run, q, user_id=ctx.key.user_id, last_closed=last_closed)]
    limit = int(q.get("limit", 20))
    rate = float(q["sampleRate"]) if "sampleRate" in q else None
    if "offset" in q or any(name in q for name in REVIEW_FILTERS):
        offset = int(q.get("offset", 0))
        runs = [run for run in runs if rate is None or sample_rank(run.id) < rate]
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
        page = [run for run in page if rate is None or sample_rank(run.id) < rate]
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
    "runs.steps.get": runs_step_get,
    "runs.trace.get": runs_trace,
    "runs.usage.get": runs_usage,
    "runs.list": runs_list,
    "runs.scores.list": runs_scores,
}

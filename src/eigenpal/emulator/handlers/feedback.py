"""``runs.feedback`` and ``runs.promote``: the review loop.

A reviewer rates a run and writes feedback, sets its expected output and files, resolves it, and promotes
the run to a dataset example of its automation.
"""

from __future__ import annotations

import time

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, bytes_response, empty_response, json_response, safe_path
from .._render import feedback_detail_json
from .._state import DatasetExample, Feedback, RunRecord, StoredFile, new_id, now_iso


async def feedback_get(ctx: Ctx) -> Response:
    return json_response(feedback_detail_json(ctx.world.run(ctx.path["id"]), ctx.key))


async def feedback_update(ctx: Ctx) -> Response:
    run, body = ctx.world.run(ctx.path["id"]), ctx.body or {}
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


async def feedback_clear(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
    run.feedback, run.expected, run.expected_set = None, None, False
    run.expected_files.clear()
    return json_response(feedback_detail_json(run, ctx.key))


async def expected_get(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
    return json_response(
        {
            "expected": run.expected if run.expected_set else None,
            "files": [{"name": n} for n in run.expected_files],
        }
    )


async def expected_create(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
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
    run, name = ctx.world.run(ctx.path["id"]), ctx.path["filename"]
    if name not in run.expected_files:
        raise not_found("Expected file", name, "filename")
    return run, name


async def expected_file_get(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    return bytes_response(
        run.expected_files[name].content, "application/octet-stream", name.rsplit("/", 1)[-1]
    )


async def expected_file_rename(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    new_name = safe_path(ctx.body["name"], "name")
    stored = run.expected_files.pop(name)
    run.expected_files[new_name] = StoredFile(new_name, stored.content, stored.content_type)
    return json_response({"name": new_name})


async def expected_file_delete(ctx: Ctx) -> Response:
    run, name = _expected_file(ctx)
    del run.expected_files[name]
    return empty_response(204)


async def runs_promote(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
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


HANDLERS: dict[str, Handler] = {
    "runs.feedback.get": feedback_get,
    "runs.feedback.update": feedback_update,
    "runs.feedback.clear": feedback_clear,
    "runs.feedback.expected.get": expected_get,
    "runs.feedback.expected.create": expected_create,
    "runs.feedback.expected.file.get": expected_file_get,
    "runs.feedback.expected.file.update": expected_file_rename,
    "runs.feedback.expected.file.delete": expected_file_delete,
    "runs.promote": runs_promote,
}

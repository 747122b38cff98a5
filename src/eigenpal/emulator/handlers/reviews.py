"""``runs.reviews`` and ``runs.promote``: the review loop.

A reviewer gives a run a verdict (``correct``, ``incorrect`` or none, for a remark), a note, the corrected
output and corrections, attaches expected files, closes the review (``closed`` or ``wont_fix``) and promotes
the run to a dataset example of its automation.

``PUT`` creates the review or changes the fields it sends (``corrections`` replace the whole set); the
status, when not sent, follows a sent verdict (``correct`` closes, anything else opens) and otherwise stays.
Whoever sends a ``PUT`` is the reviewer; whoever closes (``PUT`` or ``PATCH``) is the closer.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, empty_response, json_response, safe_path
from .._render import expected_files_json, review_detail_json
from .._state import DatasetExample, Review, RunRecord, StoredFile, new_id, now_iso

CLOSED = ("closed", "wont_fix")


async def reviews_get(ctx: Ctx) -> Response:
    return json_response(review_detail_json(ctx.world.run(ctx.path["id"])))


async def reviews_update(ctx: Ctx) -> Response:
    run, body = ctx.world.run(ctx.path["id"]), ctx.body or {}
    now = time.time()
    stamp = now_iso(now)
    review = run.review or Review(new_id("rev"), stamp, created=now)
    status = body.get("status")
    if "verdict" in body:
        review.verdict = body["verdict"]
        status = status or ("closed" if review.verdict == "correct" else "open")
    elif run.review is None:
        status = status or "open"
    if "note" in body:
        review.note = body["note"] or ""
    if "correctedOutput" in body:
        review.corrected_output = body["correctedOutput"]
    if "corrections" in body:
        review.corrections = [_correction(item, stamp) for item in body["corrections"]]
    review.reviewed_by, review.reviewed_at = ctx.key.user, stamp
    review.updated_at, review.updated = stamp, now
    run.review = review
    if status is not None:
        _set_status(ctx, run, status, None)
    return json_response(review_detail_json(run))


def _correction(item: dict[str, Any], stamp: str) -> dict[str, Any]:
    """A correction as the review keeps it: the sent fields plus an id and its timestamps."""
    return {
        "id": item.get("id") or new_id("corr"),
        "kind": item["kind"],
        "path": item["path"],
        "label": item.get("label"),
        "note": item.get("note") or "",
        "originalValue": item.get("originalValue"),
        "correctedValue": item.get("correctedValue"),
        "correctedArtifactPath": item.get("correctedArtifactPath"),
        "createdAt": stamp,
        "updatedAt": stamp,
    }


def _set_status(ctx: Ctx, run: RunRecord, status: str, note: str | None) -> None:
    """Move the run's review to ``status``: closing records who and when (and the automation's last
    close, for ``sinceLastClosed``); reopening forgets them; the same status again changes nothing."""
    review = run.review
    assert review is not None
    if review.status == status:
        return
    review.status = status
    if status not in CLOSED:
        review.closed_by = review.closed_at = review.closed_note = review.closed = None
        return
    review.closed = review.updated = time.time()
    review.closed_at = review.updated_at = now_iso(review.closed)
    review.closed_by, review.closed_note = ctx.key.user, note
    ctx.world.store.last_closed[run.automation.id] = review.closed


async def reviews_close(ctx: Ctx) -> Response:
    run, body = ctx.world.run(ctx.path["id"]), ctx.body or {}
    if run.review is None:
        raise fail(404, "id", f"Run {run.id} has no review to close", "not_found")
    if run.review.status in CLOSED:
        raise fail(409, "status", f"The review of run {run.id} is already {run.review.status}", "conflict")
    _set_status(ctx, run, body.get("status") or "closed", body.get("note"))
    return json_response(review_detail_json(run))


async def reviews_clear(ctx: Ctx) -> Response:
    run = ctx.world.run(ctx.path["id"])
    run.review = None
    run.expected_files.clear()
    return json_response(review_detail_json(run))


async def expected_get(ctx: Ctx) -> Response:
    return json_response({"files": expected_files_json(ctx.world.run(ctx.path["id"]))})


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
    served = StoredFile(name.rsplit("/", 1)[-1], run.expected_files[name].content, "application/octet-stream")
    return download_response(ctx, served)


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
    """A dataset example from the run's input and, at this moment, its review's corrected output and
    expected files."""
    run = ctx.world.run(ctx.path["id"])
    automation = run.automation
    name = (ctx.body or {}).get("name") or f"run-{run.id}"
    example = DatasetExample(
        id=new_id("ex"),
        name=name,
        automation=automation,
        input=dict(run.input),
        expected=run.review.corrected_output if run.review else None,
        metadata={"promotedFromRunId": run.id},
        input_files={f"{key}/{f.filename}": f for key, fs in run.input_files.items() for f in fs},
        expected_files=dict(run.expected_files),
    )
    automation.examples[example.id] = example
    return json_response(
        {
            "automationId": automation.id,
            "automationType": automation.type,
            "exampleId": example.id,
            "name": name,
        }
    )


HANDLERS: dict[str, Handler] = {
    "runs.reviews.get": reviews_get,
    "runs.reviews.update": reviews_update,
    "runs.reviews.close": reviews_close,
    "runs.reviews.clear": reviews_clear,
    "runs.reviews.expected.get": expected_get,
    "runs.reviews.expected.create": expected_create,
    "runs.reviews.expected.file.get": expected_file_get,
    "runs.reviews.expected.file.update": expected_file_rename,
    "runs.reviews.expected.file.delete": expected_file_delete,
    "runs.promote": runs_promote,
}

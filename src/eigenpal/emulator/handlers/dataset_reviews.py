"""``dataset_review_requests``: ask people to check examples of an automation's dataset, item by item.

A request snapshots the named examples (404 for a name the dataset lacks) into items. Each item is
decided with ``items.update``: ``approve``, ``remove``, ``reopen``, ``edit`` (a new expected output),
``comment``, ``field-decision``/``file-decision`` (``approved`` or ``removed`` for one path), or, as
multipart, ``edit-file`` (new bytes for one expected file). ``expectedUpdatedAt`` must be the item's
``updatedAt``, so two reviewers cannot overwrite each other (400 when stale). Every change is an event.
The inbox (``datasetReviewRequests.list``) lists the requests of every automation.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, bytes_response, json_response, offset_page, safe_path
from .._records import DatasetReview, DatasetReviewItem
from .._state import Automation, StoredFile, UploadedFile, new_id, now_iso

CLOSING = ("closed", "cancelled")
ACTIONS = {"approve": "approved", "remove": "removed", "reopen": "pending", "edit": "edited"}
"""The actions that set an item's status, and the status they set."""
EVENTS = {"approve": "approved", "remove": "removed", "reopen": "reopened", "edit": "edited",
          "comment": "commented", "field-decision": "field-decision", "file-decision": "file-decision",
          "edit-file": "file-edited"}  # fmt: skip


def _event(ctx: Ctx, review: DatasetReview, action: str, item: str | None, diff: Any = None) -> None:
    review.events.append(
        {
            "id": new_id("dre"),
            "reviewId": review.id,
            "itemId": item,
            "actorUserId": ctx.key.user_id,
            "action": action,
            "diffSummary": diff,
            "createdAt": now_iso(),
        }
    )


def _statuses(ctx: Ctx) -> set[str] | None:
    wanted = ctx.query.get("status")
    return {s for s in str(wanted).split(",") if s} if wanted else None


def _review(ctx: Ctx) -> tuple[Automation, DatasetReview]:
    automation = ctx.world.automation(ctx.path["id"])
    review = ctx.world.catalog.dataset_reviews.get(ctx.path["reviewId"])
    if review is None or review.automation_id != automation.id:
        raise not_found("Dataset review request", ctx.path["reviewId"], "reviewId")
    return automation, review


def _item(ctx: Ctx) -> tuple[Automation, DatasetReview, DatasetReviewItem]:
    automation, review = _review(ctx)
    item = next((i for i in review.items if i.id == ctx.path["itemId"]), None)
    if item is None:
        raise not_found("Dataset review item", ctx.path["itemId"], "itemId")
    return automation, review, item


async def requests_list(ctx: Ctx) -> Response:
    automation, wanted = ctx.world.automation(ctx.path["id"]), _statuses(ctx)
    found = [
        r.to_json()
        for r in ctx.world.catalog.dataset_reviews.values()
        if r.automation_id == automation.id and (wanted is None or r.status in wanted)
    ]
    return json_response(offset_page(found, ctx))


async def inbox_list(ctx: Ctx) -> Response:
    wanted = _statuses(ctx)
    found = [
        {**r.to_json(), "automationName": r.automation_name}
        for r in ctx.world.catalog.dataset_reviews.values()
        if wanted is None or r.status in wanted
    ]
    return json_response(offset_page(found, ctx))


async def requests_create(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body
    by_name = {example.name: example for example in automation.examples.values()}
    review = DatasetReview(
        new_id("drr"),
        automation.id,
        automation.name,
        body["title"],
        body.get("instructions"),
        list(body.get("focusFields") or []),
        list(body.get("ignoredFields") or []),
        body.get("status") or "open",
        [],
        ctx.key.user_id,
    )
    for index, name in enumerate(dict.fromkeys(body["exampleNames"])):
        example = by_name.get(name)
        if example is None:
            raise not_found("Dataset example", name, f"exampleNames.{index}")
        review.items.append(
            DatasetReviewItem(
                new_id("dri"),
                review.id,
                name,
                example.input,
                example.expected,
                sorted(example.expected_files),
                example.metadata,
                current_expected=example.expected,
            )
        )
    _event(ctx, review, "created", None)
    for note in body.get("itemNotes") or []:
        item = next((i for i in review.items if i.example_name == note["exampleName"]), None)
        if item is not None and note.get("comment"):
            _event(ctx, review, "commented", item.id, {"comment": note["comment"]})
    ctx.world.catalog.dataset_reviews[review.id] = review
    return json_response(review.detail_json(), 201)


async def requests_get(ctx: Ctx) -> Response:
    return json_response(_review(ctx)[1].detail_json())


async def requests_update(ctx: Ctx) -> Response:
    _, review = _review(ctx)
    body = ctx.body
    for wire, attribute in (("title", "title"), ("instructions", "instructions")):
        if wire in body:
            setattr(review, attribute, body[wire])
    if "focusFields" in body:
        review.focus_fields = list(body["focusFields"])
    if "ignoredFields" in body:
        review.ignored_fields = list(body["ignoredFields"])
    if "status" in body:
        review.status = body["status"]
        review.closed_at = now_iso() if review.status in CLOSING else None
    return json_response(review.detail_json())


async def events_list(ctx: Ctx) -> Response:
    return json_response({"events": _review(ctx)[1].events})


async def items_list(ctx: Ctx) -> Response:
    _, review = _review(ctx)
    wanted = _statuses(ctx)
    return json_response(
        {"items": [i.to_json() for i in review.items if wanted is None or i.status in wanted]}
    )


async def items_update(ctx: Ctx) -> Response:
    _, review, item = _item(ctx)
    body: dict[str, Any] = ctx.body if ctx.form is None else {k: v[-1] for k, v in ctx.form.fields.items()}
    if body.get("expectedUpdatedAt") != item.updated_at:
        raise fail(
            400,
            "expectedUpdatedAt",
            f"Item {item.id} changed at {item.updated_at}; read it again and retry",
            "stale_item",
        )
    action = "edit-file" if ctx.form is not None else body["action"]
    if action == "edit-file":
        _edit_file(ctx, item, body)
    elif action in ("field-decision", "file-decision"):
        _decide(ctx, item, action, body)
    elif action != "comment":
        item.status = ACTIONS[action]
        if action == "edit":
            item.current_expected = body.get("expected")
    item.updated_by, item.updated_at = ctx.key.user_id, now_iso()
    comment = body.get("comment")
    _event(ctx, review, EVENTS[action], item.id, {"comment": comment} if comment else None)
    return json_response({"item": item.to_json()})


def _decide(ctx: Ctx, item: DatasetReviewItem, action: str, body: dict[str, Any]) -> None:
    """Record an ``approved``/``removed`` decision on one field path or one expected file."""
    where = "fieldPath" if action == "field-decision" else "filePath"
    path, decision = body.get(where), body.get("decision")
    if not path or decision is None:
        raise fail(400, where if not path else "decision", f"{action} needs {where} and decision")
    decisions = item.field_decisions if action == "field-decision" else item.file_decisions
    decisions[path] = {
        "decision": decision,
        "reviewerId": ctx.key.user_id or "",
        "updatedAt": now_iso(),
        "comment": body.get("comment"),
    }


def _edit_file(ctx: Ctx, item: DatasetReviewItem, body: dict[str, Any]) -> None:
    """Replace one expected file with the uploaded bytes (kept as a stored file the item points at)."""
    parts = ctx.form.files.get("file") if ctx.form is not None else None
    if not parts:
        raise fail(400, "file", "edit-file sends the new bytes as a multipart part named `file`")
    path = safe_path(body.get("newPath") or body.get("filePath") or parts[0].filename, "filePath")
    uploaded = UploadedFile(new_id("file"), StoredFile(path.rpartition("/")[2], parts[0].content), now_iso())
    ctx.world.store.files[uploaded.id] = uploaded
    item.edited_files[path] = uploaded.id
    item.status = "edited"


async def item_file_get(ctx: Ctx) -> Response:
    """One file of the item's example: its input or (by default) its expected folder, edits first."""
    automation, _, item = _item(ctx)
    path, kind = ctx.path["path"], ctx.query.get("kind") or "input"
    edited = ctx.world.store.files.get(item.edited_files.get(path, "")) if kind == "expected" else None
    if edited is not None:
        return bytes_response(edited.file.content, "application/octet-stream", edited.file.filename)
    example = next((e for e in automation.examples.values() if e.name == item.example_name), None)
    stored = example.folder(kind).get(path) if example else None
    if stored is None:
        raise not_found(f"{kind.capitalize()} file", path, "path")
    return bytes_response(stored.content, "application/octet-stream", path.rpartition("/")[2])


HANDLERS: dict[str, Handler] = {
    "automations.datasetReviewRequests.list": requests_list,
    "automations.datasetReviewRequests.create": requests_create,
    "automations.datasetReviewRequests.get": requests_get,
    "automations.datasetReviewRequests.update": requests_update,
    "automations.datasetReviewRequests.events.list": events_list,
    "automations.datasetReviewRequests.items.list": items_list,
    "automations.datasetReviewRequests.items.update": items_update,
    "automations.datasetReviewRequests.items.files.get": item_file_get,
    "datasetReviewRequests.list": inbox_list,
}

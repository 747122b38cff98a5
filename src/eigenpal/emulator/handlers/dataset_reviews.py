"""``dataset_review_requests``: labelling rounds, where people check examples of an automation's dataset
item by item, and closing one writes their decisions back to the dataset.

A round snapshots the named examples (400 for none, 404 for a name the dataset lacks) into items. Each
item is decided with ``items.update``: ``approve``, ``remove``, ``reopen`` (back to pending), ``edit`` (a
new expected output), ``comment``, ``field-decision``/``file-decision`` (``approved`` or ``removed`` for
one field path or expected file), or, as multipart, ``edit-file`` (new bytes for one expected file,
``newPath`` renames it). ``expectedUpdatedAt`` must be the item's ``updatedAt`` (every change moves it
forward, even within one millisecond), so two reviewers cannot overwrite each other. Every decision is an
event. An item's ``inputDrifted`` says its example's input JSON or input files (by sha256, as listed in
``snapshotManifest.inputFileHashes``) changed since the snapshot. Lists are newest first; ``status``
filters take the schema's states only. The inbox (``datasetReviewRequests.list``) lists the rounds of
every automation that still exists.

Closing a round (``update`` with ``status: closed``) writes each decided item to the example of its name:
``removed`` deletes the example; ``approved`` and ``edited`` write the item as the reviewer left it: its
current expected output without the fields decided ``removed``, its uploaded expected files (a rename
drops the old path) and without the files decided ``removed``; an item approved untouched leaves the
example as it is (the example model has no reviewed flag). ``pending`` items, and examples deleted since,
are left alone. Cancelling writes nothing. Both set ``closedAt`` and are final: the round takes no more
decisions and no other status. The spec declares no 409 on these operations and no ``closed`` or
``cancelled`` event action, so a stale or late decision answers 400 (``stale_item``, ``review_closed``)
and closing adds no event.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import datetime, timedelta
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, json_response, offset_page, safe_path
from .._records import DatasetReview, DatasetReviewItem
from .._state import Automation, DatasetExample, StoredFile, UploadedFile, new_id, now_iso

REVIEW_STATES = ("cancelled", "closed", "draft", "open", "paused")
ITEM_STATES = ("approved", "edited", "pending", "removed")
FINAL = ("closed", "cancelled")
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


def _after(stamp: str) -> str:
    """Now, or one millisecond after ``stamp`` when the clock has not moved past it (the guard compares
    stamps, so two changes must never share one)."""
    now = now_iso()
    if now > stamp:
        return now
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(milliseconds=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _statuses(ctx: Ctx, allowed: tuple[str, ...]) -> set[str] | None:
    wanted = ctx.query.get("status")
    if not wanted:
        return None
    states = {s.strip() for s in str(wanted).split(",") if s.strip()}
    unknown = sorted(states - set(allowed))
    if unknown:
        raise fail(400, "status", f"Unknown status {', '.join(unknown)}; use {', '.join(allowed)}")
    return states


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


def _example(automation: Automation, name: str) -> DatasetExample | None:
    return next((e for e in automation.examples.values() if e.name == name), None)


def _input_hashes(example: DatasetExample) -> dict[str, str]:
    return {path: hashlib.sha256(f.content).hexdigest() for path, f in example.input_files.items()}


def _observed(automation: Automation, review: DatasetReview) -> DatasetReview:
    """The round with each item's ``inputDrifted`` brought up to date with its example (one deleted since
    is not compared: a round's own ``remove`` deletes it too)."""
    for item in review.items:
        example = _example(automation, item.example_name)
        if example is not None:
            item.input_drifted = example.input != item.input or _input_hashes(example) != item.input_hashes
    return review


async def requests_list(ctx: Ctx) -> Response:
    automation, wanted = ctx.world.automation(ctx.path["id"]), _statuses(ctx, REVIEW_STATES)
    found = [
        r.to_json()
        for r in reversed(ctx.world.catalog.dataset_reviews.values())
        if r.automation_id == automation.id and (wanted is None or r.status in wanted)
    ]
    return json_response(offset_page(found, ctx))


async def inbox_list(ctx: Ctx) -> Response:
    wanted, automations = _statuses(ctx, REVIEW_STATES), ctx.world.store.automations
    found = [
        {**r.to_json(), "automationName": automations[r.automation_id].name}
        for r in reversed(ctx.world.catalog.dataset_reviews.values())
        if r.automation_id in automations and (wanted is None or r.status in wanted)
    ]
    return json_response(offset_page(found, ctx))


async def requests_create(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body
    if not body["title"].strip():
        raise fail(400, "title", "Give the round a title")
    if not body["exampleNames"]:
        raise fail(400, "exampleNames", "Name at least one example of the dataset to review")
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
        example = _example(automation, name)
        if example is None:
            raise not_found("Dataset example", name, f"exampleNames.{index}")
        expected = copy.deepcopy(example.expected)
        review.items.append(
            DatasetReviewItem(
                new_id("dri"),
                review.id,
                name,
                copy.deepcopy(example.input),
                expected,
                sorted(example.expected_files),
                copy.deepcopy(example.metadata),
                current_expected=expected,
                input_hashes=_input_hashes(example),
            )
        )
    _event(ctx, review, "created", None)
    for index, note in enumerate(body.get("itemNotes") or []):
        item = next((i for i in review.items if i.example_name == note["exampleName"]), None)
        if item is None:
            raise fail(
                400, f"itemNotes.{index}.exampleName", f"{note['exampleName']!r} is not in exampleNames"
            )
        if note.get("comment") or note.get("fields"):
            diff = {"comment": note.get("comment"), "fields": note.get("fields") or []}
            _event(ctx, review, "commented", item.id, diff)
    ctx.world.catalog.dataset_reviews[review.id] = review
    return json_response(review.detail_json(), 201)


async def requests_get(ctx: Ctx) -> Response:
    return json_response(_observed(*_review(ctx)).detail_json())


async def requests_update(ctx: Ctx) -> Response:
    automation, review = _review(ctx)
    body = ctx.body
    status = body.get("status", review.status)
    if review.status in FINAL and status != review.status:
        raise fail(
            400, "status", f"Round {review.id} is {review.status}; it cannot become {status}", "review_closed"
        )
    for wire, attribute in (("title", "title"), ("instructions", "instructions")):
        if wire in body:
            setattr(review, attribute, body[wire])
    if "focusFields" in body:
        review.focus_fields = list(body["focusFields"])
    if "ignoredFields" in body:
        review.ignored_fields = list(body["ignoredFields"])
    if status != review.status:
        if status == "closed":
            _write_back(automation, review)
        review.status = status
        review.closed_at = now_iso() if status in FINAL else None
    return json_response(_observed(automation, review).detail_json())


def _write_back(automation: Automation, review: DatasetReview) -> None:
    """Apply each decided item to the example of its name (the rule is in the module docstring)."""
    for item in review.items:
        example = _example(automation, item.example_name)
        if example is None or item.status == "pending":
            continue
        if item.status == "removed":
            del automation.examples[example.id]
            continue
        changed, dropped = False, _removed(item.file_decisions)
        expected = _without_fields(item.current_expected, _removed(item.field_decisions))
        if expected != item.expected:
            example.expected, changed = expected, True
        for path in [*item.renamed_files.values(), *dropped]:
            changed = example.expected_files.pop(path, None) is not None or changed
        for path, uploaded in item.edited_files.items():
            if path not in dropped:
                example.expected_files[path], changed = uploaded.file, True
        if changed:
            example.updated_at = now_iso()


def _removed(decisions: dict[str, dict[str, Any]]) -> set[str]:
    return {path for path, decision in decisions.items() if decision["decision"] == "removed"}


def _without_fields(expected: Any, paths: set[str]) -> Any:
    """A copy of ``expected`` without the fields at ``paths`` (dotted: ``lines.0.total``)."""
    result = copy.deepcopy(expected)
    for path in sorted(paths, key=_path_key, reverse=True):  # a later list index first: earlier ones stay
        *parents, last = path.split(".")
        node = result
        for key in parents:
            node = _child(node, key)
        if isinstance(node, dict):
            node.pop(last, None)
        elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
            del node[int(last)]
    return result


def _path_key(path: str) -> list[tuple[int, str]]:
    """Sorts dotted paths with list indexes by number (``lines.10`` after ``lines.9``)."""
    return [(int(key), "") if key.isdigit() else (-1, key) for key in path.split(".")]


def _child(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return None


async def events_list(ctx: Ctx) -> Response:
    return json_response({"events": _review(ctx)[1].events})


async def items_list(ctx: Ctx) -> Response:
    review = _observed(*_review(ctx))
    wanted = _statuses(ctx, ITEM_STATES)
    return json_response(
        {"items": [i.to_json() for i in review.items if wanted is None or i.status in wanted]}
    )


async def items_update(ctx: Ctx) -> Response:
    automation, review, item = _item(ctx)
    body: dict[str, Any] = ctx.body if ctx.form is None else {k: v[-1] for k, v in ctx.form.fields.items()}
    if review.status in FINAL:
        raise fail(
            400,
            "status",
            f"Round {review.id} is {review.status}; it takes no more decisions",
            "review_closed",
        )
    if body.get("expectedUpdatedAt") != item.updated_at:
        raise fail(
            400,
            "expectedUpdatedAt",
            f"Item {item.id} changed at {item.updated_at}; read it again and retry",
            "stale_item",
        )
    action = "edit-file" if ctx.form is not None else body["action"]
    diff: dict[str, Any] = {}
    if action == "edit-file":
        diff = _edit_file(ctx, item, body)
    elif action in ("field-decision", "file-decision"):
        diff = _decide(ctx, item, action, body)
    elif action == "edit":
        if "expected" not in body:
            raise fail(400, "expected", "An edit sends the corrected expected output as `expected`")
        item.status, item.current_expected = "edited", body["expected"]
    elif action != "comment":
        item.status = ACTIONS[action]
    item.updated_by, item.updated_at = ctx.key.user_id, _after(item.updated_at)
    if body.get("comment"):
        diff["comment"] = body["comment"]
    _event(ctx, review, EVENTS[action], item.id, diff or None)
    _observed(automation, review)
    return json_response({"item": item.to_json()})


def _decide(ctx: Ctx, item: DatasetReviewItem, action: str, body: dict[str, Any]) -> dict[str, Any]:
    """Record an ``approved``/``removed`` decision on one field path or one expected file."""
    where = "fieldPath" if action == "field-decision" else "filePath"
    path, decision = body.get(where), body.get("decision")
    if not path or decision is None:
        raise fail(400, where if not path else "decision", f"{action} needs {where} and decision")
    if action == "file-decision" and path not in {*item.expected_files, *item.edited_files}:
        raise fail(400, "filePath", f"{path!r} is not an expected file of item {item.id}")
    decisions = item.field_decisions if action == "field-decision" else item.file_decisions
    decisions[path] = {
        "decision": decision,
        "reviewerId": ctx.key.user_id or "",
        "updatedAt": now_iso(),
        "comment": body.get("comment"),
    }
    return {"path": path, "decision": decision}


def _edit_file(ctx: Ctx, item: DatasetReviewItem, body: dict[str, Any]) -> dict[str, Any]:
    """Replace (or add, or with ``newPath`` move) one expected file with the uploaded bytes."""
    parts = ctx.form.files.get("file") if ctx.form is not None else None
    if not parts:
        raise fail(400, "file", "edit-file sends the new bytes as a multipart part named `file`")
    source = safe_path(body.get("filePath") or parts[0].filename, "filePath")
    path = safe_path(body["newPath"], "newPath") if body.get("newPath") else source
    if path != source:
        origin = item.renamed_files.pop(source, source)
        item.edited_files.pop(source, None)
        if origin in item.expected_files:
            item.renamed_files[path] = origin
    stored = StoredFile(path.rpartition("/")[2], parts[0].content, parts[0].content_type)
    uploaded = UploadedFile(new_id("file"), stored, now_iso())
    ctx.world.store.files[uploaded.id] = uploaded
    item.edited_files[path] = uploaded
    item.status = "edited"
    return {"path": path, "from": source} if path != source else {"path": path}


async def item_file_get(ctx: Ctx) -> Response:
    """One file of the item's example: its input file, or with ``kind=expected`` its expected file as the
    reviewer left it (an upload first, then the example's)."""
    automation, _, item = _item(ctx)
    path, kind = ctx.path["path"], ctx.query.get("kind") or "input"
    edited = item.edited_files.get(path) if kind == "expected" else None
    if edited is not None:
        return download_response(ctx, edited.file, "application/octet-stream")
    example = _example(automation, item.example_name)
    stored = example.folder(kind).get(path) if example else None
    if stored is None:
        raise not_found(f"{kind.capitalize()} file", path, "path")
    return download_response(
        ctx, StoredFile(path.rpartition("/")[2], stored.content, "application/octet-stream")
    )


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

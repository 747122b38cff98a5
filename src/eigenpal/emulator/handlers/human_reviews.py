"""``human_reviews``: tasks a run opens when a step waits for a person to confirm its fields.

The tasks and their rules live in ``_human`` (its docstring says what the emulator decided where the
contract is silent). Here: ``list`` pages the pending tasks oldest first (``limit`` 20 by default; the
cursor is the id of a page's last task, any task the emulator still holds, else 400 naming ``cursor``),
filtered by ``automationId`` (an automation's id or rooted path; an unknown one lists nothing) and
``waitingBefore`` (an ISO 8601 instant, or an age like ``2h``; a task waiting since exactly then is not
listed). ``get`` answers a task in any status; every task route answers 404 for an unknown task, and the
file route 404 for a file id the task does not show.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, json_response
from .._human import HumanTask
from .filters import when

DEFAULT_LIMIT = 20


def _task(ctx: Ctx) -> HumanTask:
    task = ctx.world.human.tasks.get(ctx.path["taskId"])
    if task is None:
        raise not_found("Human review task", ctx.path["taskId"], "taskId")
    return task


def _user(ctx: Ctx) -> str:
    return str(ctx.key.user["id"])


async def human_reviews_list(ctx: Ctx) -> Response:
    q = ctx.query
    tasks = list(ctx.world.human.tasks.values())
    start = 0
    if q.get("cursor"):
        ids = [task.id for task in tasks]
        if q["cursor"] not in ids:
            raise fail(400, "cursor", "Unknown or expired cursor; start again without one")
        start = ids.index(q["cursor"]) + 1
    automation = ctx.world.store.automation(str(q["automationId"])) if "automationId" in q else None
    before = when(str(q["waitingBefore"]), "waitingBefore") if "waitingBefore" in q else None
    found = [
        task
        for task in tasks[start:]
        if task.status == "pending"
        and ("automationId" not in q or (automation is not None and task.run.automation is automation))
        and (before is None or task.created < before)
    ]
    limit = int(q.get("limit", DEFAULT_LIMIT))
    page = found[:limit]
    return json_response(
        {
            "tasks": [task.list_json() for task in page],
            "nextCursor": page[-1].id if len(found) > limit else None,
        }
    )


async def human_reviews_get(ctx: Ctx) -> Response:
    return json_response({"task": _task(ctx).detail_json()})


async def human_reviews_confirm(ctx: Ctx) -> Response:
    task, body = _task(ctx), ctx.body
    request: dict[str, Any] = {
        "operation": "confirm",
        "path": body["path"],
        "value": body["value"],
        "confirmed": body.get("confirmed", True),
    }
    answer = task.replay(body["idempotencyKey"], request)
    if answer is None:
        task.check(body["expectedVersion"])
        task.confirm(request["path"], request["value"], request["confirmed"], _user(ctx))
        answer = {"task": task.detail_json()}
        task.remember(body["idempotencyKey"], request, answer)
    return json_response(answer)


async def human_reviews_approve(ctx: Ctx) -> Response:
    task = _task(ctx)
    task.check(ctx.body["expectedVersion"])
    task.approve(_user(ctx))
    return json_response({"task": task.detail_json()})


async def human_reviews_reject(ctx: Ctx) -> Response:
    task, body = _task(ctx), ctx.body
    request = {"operation": "reject", "reason": body["reason"]}
    answer = task.replay(body["idempotencyKey"], request)
    if answer is None:
        task.check(body["expectedVersion"])
        task.reject(_user(ctx), body["reason"])
        answer = {"task": task.detail_json()}
        task.remember(body["idempotencyKey"], request, answer)
    return json_response(answer)


async def human_reviews_file(ctx: Ctx) -> Response:
    task = _task(ctx)
    found = task.files.get(ctx.path["fileId"])
    if found is None:
        raise not_found(f"File of task {task.id}", ctx.path["fileId"], "fileId")
    stored = found[1]
    return download_response(ctx, stored, "application/octet-stream")


HANDLERS: dict[str, Handler] = {
    "humanReviews.list": human_reviews_list,
    "humanReviews.get": human_reviews_get,
    "humanReviews.approve": human_reviews_approve,
    "humanReviews.reject": human_reviews_reject,
    "humanReviews.fields.confirm": human_reviews_confirm,
    "humanReviews.files.content.get": human_reviews_file,
}

"""``human_reviews``: tasks a run opens when a step waits for a person to confirm its fields.

No emulated automation pauses for a person, so there are no tasks: the list is empty and every task id
answers 404, for reading it, deciding it or downloading its files alike.
"""

from __future__ import annotations

from starlette.responses import Response

from .._errors import not_found
from .._http import Ctx, Handler, json_response


async def human_reviews_list(ctx: Ctx) -> Response:
    return json_response({"tasks": [], "nextCursor": None})


async def human_review_task(ctx: Ctx) -> Response:
    raise not_found("Human review task", ctx.path["taskId"], "taskId")


HANDLERS: dict[str, Handler] = {
    "humanReviews.list": human_reviews_list,
    "humanReviews.get": human_review_task,
    "humanReviews.approve": human_review_task,
    "humanReviews.reject": human_review_task,
    "humanReviews.fields.confirm": human_review_task,
    "humanReviews.files.content.get": human_review_task,
}

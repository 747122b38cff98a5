"""`GET /v1/human-reviews/{taskId}` (humanReviews.get): Get a human review task.

Called by ``client.human_reviews.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.human_review_task_response import HumanReviewTaskResponse
from ...types import Request, parse_json

OPERATION_ID = "humanReviews.get"
SDK_METHODS = ("human_reviews.get",)


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/human-reviews/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> HumanReviewTaskResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = HumanReviewTaskResponse.from_dict(parse_json(response))

    return response_200


def request(
    task_id: str,
) -> Request[HumanReviewTaskResponse]:
    """Prepare `GET /v1/human-reviews/{taskId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            task_id=task_id,
        ),
    )

"""`POST /v1/human-reviews/{taskId}/reject` (humanReviews.reject): Reject a human review task.

Called by ``client.human_reviews.reject``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.human_review_reject_response import HumanReviewRejectResponse
from ...models.human_reviews_reject_body import HumanReviewsRejectBody
from ...types import Request, parse_json

OPERATION_ID = "humanReviews.reject"
SDK_METHODS = ("human_reviews.reject",)


def _get_kwargs(
    task_id: str,
    *,
    body: HumanReviewsRejectBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/human-reviews/{task_id}/reject".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HumanReviewRejectResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = HumanReviewRejectResponse.from_dict(parse_json(response))

    return response_200


def request(
    task_id: str,
    *,
    body: HumanReviewsRejectBody,
) -> Request[HumanReviewRejectResponse]:
    """Prepare `POST /v1/human-reviews/{taskId}/reject` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            task_id=task_id,
            body=body,
        ),
    )

"""`GET /v1/human-reviews` (humanReviews.list): List human review tasks.

Called by ``client.human_reviews.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.human_review_list_response import HumanReviewListResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "humanReviews.list"
SDK_METHODS = ("human_reviews.list",)


def _get_kwargs(
    *,
    automation_id: str | Unset = UNSET,
    waiting_before: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["automationId"] = automation_id

    params["waitingBefore"] = waiting_before

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/human-reviews",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> HumanReviewListResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = HumanReviewListResponse.from_dict(parse_json(response))

    return response_200


def request(
    *,
    automation_id: str | Unset = UNSET,
    waiting_before: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request[HumanReviewListResponse]:
    """Prepare `GET /v1/human-reviews` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            automation_id=automation_id,
            waiting_before=waiting_before,
            cursor=cursor,
            limit=limit,
        ),
    )

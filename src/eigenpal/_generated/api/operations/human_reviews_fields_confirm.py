"""`PUT /v1/human-reviews/{taskId}/fields` (humanReviews.fields.confirm): Confirm or correct a field.

Called by ``client.human_reviews.confirm_field``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.human_review_field_response import HumanReviewFieldResponse
from ...models.human_reviews_fields_confirm_body import HumanReviewsFieldsConfirmBody
from ...types import Request, parse_json

OPERATION_ID = "humanReviews.fields.confirm"
SDK_METHODS = ("human_reviews.confirm_field",)


def _get_kwargs(
    task_id: str,
    *,
    body: HumanReviewsFieldsConfirmBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/human-reviews/{task_id}/fields".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HumanReviewFieldResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = HumanReviewFieldResponse.from_dict(parse_json(response))

    return response_200


def request(
    task_id: str,
    *,
    body: HumanReviewsFieldsConfirmBody,
) -> Request[HumanReviewFieldResponse]:
    """Prepare `PUT /v1/human-reviews/{taskId}/fields` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            task_id=task_id,
            body=body,
        ),
    )

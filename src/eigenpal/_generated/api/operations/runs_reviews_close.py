"""`PATCH /v1/runs/{id}/reviews` (runs.reviews.close): Close a run's review.

Called by ``client.runs.reviews.close``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_review_close_request import RunReviewCloseRequest
from ...models.run_review_detail import RunReviewDetail
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.reviews.close"
SDK_METHODS = ("runs.reviews.close",)


def _get_kwargs(
    id: str,
    *,
    body: RunReviewCloseRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/runs/{id}/reviews".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewDetail:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunReviewDetail.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: RunReviewCloseRequest | Unset = UNSET,
) -> Request[RunReviewDetail]:
    """Prepare `PATCH /v1/runs/{id}/reviews` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

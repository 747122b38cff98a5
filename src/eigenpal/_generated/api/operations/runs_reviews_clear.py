"""`DELETE /v1/runs/{id}/reviews` (runs.reviews.clear): Clear a run's review.

Called by ``client.runs.reviews.clear``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_review_detail import RunReviewDetail
from ...types import Request, parse_json

OPERATION_ID = "runs.reviews.clear"
SDK_METHODS = ("runs.reviews.clear",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/runs/{id}/reviews".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewDetail | None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if response.status_code == 204:
        return None

    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunReviewDetail.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunReviewDetail | None]:
    """Prepare `DELETE /v1/runs/{id}/reviews` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

"""`GET /v1/automations/{id}/dataset-review-requests/{reviewId}` (automations.datasetReviewRequests.get): Get a dataset review request.

Called by ``client.automations.dataset_review_requests.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_review_detail import DatasetReviewDetail
from ...types import Request, parse_json

OPERATION_ID = "automations.datasetReviewRequests.get"
SDK_METHODS = ("automations.dataset_review_requests.get",)


def _get_kwargs(
    id: str,
    review_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetReviewDetail:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetReviewDetail.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    review_id: str,
) -> Request[DatasetReviewDetail]:
    """Prepare `GET /v1/automations/{id}/dataset-review-requests/{reviewId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
        ),
    )

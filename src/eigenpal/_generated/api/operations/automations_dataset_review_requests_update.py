"""`PATCH /v1/automations/{id}/dataset-review-requests/{reviewId}` (automations.datasetReviewRequests.update): Update a dataset review request.

Called by ``client.automations.dataset_review_requests.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_review_detail import DatasetReviewDetail
from ...models.update_dataset_review_request import UpdateDatasetReviewRequest
from ...types import Request, parse_json

OPERATION_ID = "automations.datasetReviewRequests.update"
SDK_METHODS = ("automations.dataset_review_requests.update",)


def _get_kwargs(
    id: str,
    review_id: str,
    *,
    body: UpdateDatasetReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    body: UpdateDatasetReviewRequest,
) -> Request[DatasetReviewDetail]:
    """Prepare `PATCH /v1/automations/{id}/dataset-review-requests/{reviewId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
            body=body,
        ),
    )

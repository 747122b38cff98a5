"""`POST /v1/automations/{id}/dataset-review-requests` (automations.datasetReviewRequests.create): Open a dataset review request.

Called by ``client.automations.dataset_review_requests.create``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.create_dataset_review_request import CreateDatasetReviewRequest
from ...models.dataset_review_detail import DatasetReviewDetail
from ...types import Request, parse_json

OPERATION_ID = "automations.datasetReviewRequests.create"
SDK_METHODS = ("automations.dataset_review_requests.create",)


def _get_kwargs(
    id: str,
    *,
    body: CreateDatasetReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/dataset-review-requests".format(
            id=quote(str(id), safe=""),
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
    response_201 = DatasetReviewDetail.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    *,
    body: CreateDatasetReviewRequest,
) -> Request[DatasetReviewDetail]:
    """Prepare `POST /v1/automations/{id}/dataset-review-requests` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

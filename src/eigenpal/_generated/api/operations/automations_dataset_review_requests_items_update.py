"""`PATCH /v1/automations/{id}/dataset-review-requests/{reviewId}/items/{itemId}` (automations.datasetReviewRequests.items.update): Decide on a review item.

Called by ``client.automations.dataset_review_requests.update_item`` and ``client.automations.dataset_review_requests.edit_item_file``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_review_item_response import DatasetReviewItemResponse
from ...models.edit_dataset_review_item_file import EditDatasetReviewItemFile
from ...models.update_dataset_review_item import UpdateDatasetReviewItem
from ...types import Request, parse_json

OPERATION_ID = "automations.datasetReviewRequests.items.update"
SDK_METHODS = (
    "automations.dataset_review_requests.update_item",
    "automations.dataset_review_requests.edit_item_file",
)


def _get_kwargs(
    id: str,
    review_id: str,
    item_id: str,
    *,
    body: EditDatasetReviewItemFile | UpdateDatasetReviewItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}/items/{item_id}".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    if isinstance(body, EditDatasetReviewItemFile):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, UpdateDatasetReviewItem):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetReviewItemResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetReviewItemResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    review_id: str,
    item_id: str,
    *,
    body: EditDatasetReviewItemFile | UpdateDatasetReviewItem,
) -> Request[DatasetReviewItemResponse]:
    """Prepare `PATCH /v1/automations/{id}/dataset-review-requests/{reviewId}/items/{itemId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
            item_id=item_id,
            body=body,
        ),
    )

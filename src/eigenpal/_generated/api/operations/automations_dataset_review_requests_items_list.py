"""`GET /v1/automations/{id}/dataset-review-requests/{reviewId}/items` (automations.datasetReviewRequests.items.list): List a review request's items.

Called by ``client.automations.dataset_review_requests.list_items``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_review_item_list import DatasetReviewItemList
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.datasetReviewRequests.items.list"
SDK_METHODS = ("automations.dataset_review_requests.list_items",)


def _get_kwargs(
    id: str,
    review_id: str,
    *,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}/items".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetReviewItemList:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetReviewItemList.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    review_id: str,
    *,
    status: str | Unset = UNSET,
) -> Request[DatasetReviewItemList]:
    """Prepare `GET /v1/automations/{id}/dataset-review-requests/{reviewId}/items` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
            status=status,
        ),
    )

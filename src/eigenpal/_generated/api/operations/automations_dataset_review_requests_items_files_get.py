"""`GET /v1/automations/{id}/dataset-review-requests/{reviewId}/items/{itemId}/files/{path}` (automations.datasetReviewRequests.items.files.get): Download a review item's file.

Called by ``client.automations.dataset_review_requests.get_item_file``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automations_dataset_review_requests_items_files_get_kind import (
    AutomationsDatasetReviewRequestsItemsFilesGetKind,
)
from ...types import UNSET, Request, Unset

OPERATION_ID = "automations.datasetReviewRequests.items.files.get"
SDK_METHODS = ("automations.dataset_review_requests.get_item_file",)


def _get_kwargs(
    id: str,
    review_id: str,
    item_id: str,
    path: str,
    *,
    kind: AutomationsDatasetReviewRequestsItemsFilesGetKind | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}/items/{item_id}/files/{path}".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
            item_id=quote(str(item_id), safe=""),
            path=quote(str(path), safe="/"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bytes:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.content


def request(
    id: str,
    review_id: str,
    item_id: str,
    path: str,
    *,
    kind: AutomationsDatasetReviewRequestsItemsFilesGetKind | Unset = UNSET,
) -> Request[bytes]:
    """Prepare `GET /v1/automations/{id}/dataset-review-requests/{reviewId}/items/{itemId}/files/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
            item_id=item_id,
            path=path,
            kind=kind,
        ),
    )

"""`GET /v1/dataset-review-requests` (datasetReviewRequests.list): List dataset review requests across automations.

Called by ``client.dataset_review_requests.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.dataset_review_inbox_list import DatasetReviewInboxList
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "datasetReviewRequests.list"
SDK_METHODS = ("dataset_review_requests.list",)


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dataset-review-requests",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetReviewInboxList:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetReviewInboxList.from_dict(parse_json(response))

    return response_200


def request(
    *,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Request[DatasetReviewInboxList]:
    """Prepare `GET /v1/dataset-review-requests` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            status=status,
            limit=limit,
            offset=offset,
        ),
    )

"""`GET /v1/automations/{id}/dataset-review-requests/{reviewId}/events` (automations.datasetReviewRequests.events.list): List a review request's events.

Called by ``client.automations.dataset_review_requests.events``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_review_event_list import DatasetReviewEventList
from ...types import Request, parse_json

OPERATION_ID = "automations.datasetReviewRequests.events.list"
SDK_METHODS = ("automations.dataset_review_requests.events",)


def _get_kwargs(
    id: str,
    review_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/dataset-review-requests/{review_id}/events".format(
            id=quote(str(id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetReviewEventList:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetReviewEventList.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    review_id: str,
) -> Request[DatasetReviewEventList]:
    """Prepare `GET /v1/automations/{id}/dataset-review-requests/{reviewId}/events` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            review_id=review_id,
        ),
    )

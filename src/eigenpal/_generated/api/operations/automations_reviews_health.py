"""`GET /v1/automations/{id}/reviews/health` (automations.reviews.health): Review health of an automation.

Called by ``client.automations.reviews.health``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automations_reviews_health_bucket import AutomationsReviewsHealthBucket
from ...models.run_review_health_response import RunReviewHealthResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.reviews.health"
SDK_METHODS = ("automations.reviews.health",)


def _get_kwargs(
    id: str,
    *,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    experiments: str | Unset = UNSET,
    bucket: AutomationsReviewsHealthBucket | Unset = UNSET,
    rolling_window: int | Unset = UNSET,
    min_rolling_reviews: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["status"] = status

    params["trigger"] = trigger

    params["triggeredBy"] = triggered_by

    params["sourceRef"] = source_ref

    params["batchId"] = batch_id

    params["exampleId"] = example_id

    params["exampleIdContains"] = example_id_contains

    params["from"] = from_

    params["to"] = to

    params["completedAfter"] = completed_after

    params["completedBefore"] = completed_before

    params["experiments"] = experiments

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    params["rollingWindow"] = rolling_window

    params["minRollingReviews"] = min_rolling_reviews

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/reviews/health".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewHealthResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunReviewHealthResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    type_: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    experiments: str | Unset = UNSET,
    bucket: AutomationsReviewsHealthBucket | Unset = UNSET,
    rolling_window: int | Unset = UNSET,
    min_rolling_reviews: int | Unset = UNSET,
) -> Request[RunReviewHealthResponse]:
    """Prepare `GET /v1/automations/{id}/reviews/health` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            type_=type_,
            status=status,
            trigger=trigger,
            triggered_by=triggered_by,
            source_ref=source_ref,
            batch_id=batch_id,
            example_id=example_id,
            example_id_contains=example_id_contains,
            from_=from_,
            to=to,
            completed_after=completed_after,
            completed_before=completed_before,
            experiments=experiments,
            bucket=bucket,
            rolling_window=rolling_window,
            min_rolling_reviews=min_rolling_reviews,
        ),
    )

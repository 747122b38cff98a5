"""`GET /api/v1/runs` (runs.list): List runs.

Called by ``client.runs.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.runs_list_response import RunsListResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.list"
SDK_METHODS = ("runs.list",)


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    has_feedback: str | Unset = UNSET,
    no_feedback: str | Unset = UNSET,
    feedback_status: str | Unset = UNSET,
    feedback_rating: str | Unset = UNSET,
    has_expected: str | Unset = UNSET,
    promoted_to_example: str | Unset = UNSET,
    since_last_resolved: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["source"] = source

    params["status"] = status

    params["trigger"] = trigger

    params["triggeredBy"] = triggered_by

    params["sourceRef"] = source_ref

    params["batchId"] = batch_id

    params["exampleId"] = example_id

    params["exampleIdContains"] = example_id_contains

    params["from"] = from_

    params["to"] = to

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params["completedAfter"] = completed_after

    params["completedBefore"] = completed_before

    params["cursor"] = cursor

    params["offset"] = offset

    params["limit"] = limit

    params["ids"] = ids

    params["hasFeedback"] = has_feedback

    params["noFeedback"] = no_feedback

    params["feedbackStatus"] = feedback_status

    params["feedbackRating"] = feedback_rating

    params["hasExpected"] = has_expected

    params["promotedToExample"] = promoted_to_example

    params["sinceLastResolved"] = since_last_resolved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunsListResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunsListResponse.from_dict(parse_json(response))

    return response_200


def request(
    *,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: str | Unset = UNSET,
    has_feedback: str | Unset = UNSET,
    no_feedback: str | Unset = UNSET,
    feedback_status: str | Unset = UNSET,
    feedback_rating: str | Unset = UNSET,
    has_expected: str | Unset = UNSET,
    promoted_to_example: str | Unset = UNSET,
    since_last_resolved: str | Unset = UNSET,
) -> Request[RunsListResponse]:
    """Prepare `GET /api/v1/runs` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            type_=type_,
            source=source,
            status=status,
            trigger=trigger,
            triggered_by=triggered_by,
            source_ref=source_ref,
            batch_id=batch_id,
            example_id=example_id,
            example_id_contains=example_id_contains,
            from_=from_,
            to=to,
            created_after=created_after,
            created_before=created_before,
            completed_after=completed_after,
            completed_before=completed_before,
            cursor=cursor,
            offset=offset,
            limit=limit,
            ids=ids,
            has_feedback=has_feedback,
            no_feedback=no_feedback,
            feedback_status=feedback_status,
            feedback_rating=feedback_rating,
            has_expected=has_expected,
            promoted_to_example=promoted_to_example,
            since_last_resolved=since_last_resolved,
        ),
    )

"""`GET /v1/runs` (runs.list): List runs.

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
    tag: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    has_example: str | Unset = UNSET,
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
    experiments: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
    review_status: str | Unset = UNSET,
    review_verdict: str | Unset = UNSET,
    has_review: str | Unset = UNSET,
    no_review: str | Unset = UNSET,
    has_corrections: str | Unset = UNSET,
    review_note_contains: str | Unset = UNSET,
    review_created_after: str | Unset = UNSET,
    review_created_before: str | Unset = UNSET,
    review_updated_after: str | Unset = UNSET,
    review_updated_before: str | Unset = UNSET,
    review_closed_after: str | Unset = UNSET,
    review_closed_before: str | Unset = UNSET,
    since_last_closed: str | Unset = UNSET,
    sample_rate: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["type"] = type_

    params["source"] = source

    params["status"] = status

    params["trigger"] = trigger

    params["triggeredBy"] = triggered_by

    params["sourceRef"] = source_ref

    params["batchId"] = batch_id

    params["exampleId"] = example_id

    params["exampleIdContains"] = example_id_contains

    params["hasExample"] = has_example

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

    params["experiments"] = experiments

    params["sort"] = sort

    params["order"] = order

    params["reviewStatus"] = review_status

    params["reviewVerdict"] = review_verdict

    params["hasReview"] = has_review

    params["noReview"] = no_review

    params["hasCorrections"] = has_corrections

    params["reviewNoteContains"] = review_note_contains

    params["reviewCreatedAfter"] = review_created_after

    params["reviewCreatedBefore"] = review_created_before

    params["reviewUpdatedAfter"] = review_updated_after

    params["reviewUpdatedBefore"] = review_updated_before

    params["reviewClosedAfter"] = review_closed_after

    params["reviewClosedBefore"] = review_closed_before

    params["sinceLastClosed"] = since_last_closed

    params["sampleRate"] = sample_rate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs",
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
    tag: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    trigger: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    source_ref: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    example_id: str | Unset = UNSET,
    example_id_contains: str | Unset = UNSET,
    has_example: str | Unset = UNSET,
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
    experiments: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
    review_status: str | Unset = UNSET,
    review_verdict: str | Unset = UNSET,
    has_review: str | Unset = UNSET,
    no_review: str | Unset = UNSET,
    has_corrections: str | Unset = UNSET,
    review_note_contains: str | Unset = UNSET,
    review_created_after: str | Unset = UNSET,
    review_created_before: str | Unset = UNSET,
    review_updated_after: str | Unset = UNSET,
    review_updated_before: str | Unset = UNSET,
    review_closed_after: str | Unset = UNSET,
    review_closed_before: str | Unset = UNSET,
    since_last_closed: str | Unset = UNSET,
    sample_rate: float | Unset = UNSET,
) -> Request[RunsListResponse]:
    """Prepare `GET /v1/runs` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            tag=tag,
            type_=type_,
            source=source,
            status=status,
            trigger=trigger,
            triggered_by=triggered_by,
            source_ref=source_ref,
            batch_id=batch_id,
            example_id=example_id,
            example_id_contains=example_id_contains,
            has_example=has_example,
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
            experiments=experiments,
            sort=sort,
            order=order,
            review_status=review_status,
            review_verdict=review_verdict,
            has_review=has_review,
            no_review=no_review,
            has_corrections=has_corrections,
            review_note_contains=review_note_contains,
            review_created_after=review_created_after,
            review_created_before=review_created_before,
            review_updated_after=review_updated_after,
            review_updated_before=review_updated_before,
            review_closed_after=review_closed_after,
            review_closed_before=review_closed_before,
            since_last_closed=since_last_closed,
            sample_rate=sample_rate,
        ),
    )

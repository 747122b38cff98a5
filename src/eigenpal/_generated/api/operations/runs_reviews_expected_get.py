"""`GET /v1/runs/{id}/reviews/expected` (runs.reviews.expected.get): List expected files.

Called by ``client.runs.reviews.list_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_review_expected_artifacts import RunReviewExpectedArtifacts
from ...types import Request, parse_json

OPERATION_ID = "runs.reviews.expected.get"
SDK_METHODS = ("runs.reviews.list_expected",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/reviews/expected".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewExpectedArtifacts:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunReviewExpectedArtifacts.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunReviewExpectedArtifacts]:
    """Prepare `GET /v1/runs/{id}/reviews/expected` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

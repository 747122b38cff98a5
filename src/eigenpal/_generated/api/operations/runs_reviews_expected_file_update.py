"""`PATCH /v1/runs/{id}/reviews/expected/{filename}` (runs.reviews.expected.file.update): Rename expected file.

Called by ``client.runs.reviews.rename_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_review_expected_file_update_request import RunReviewExpectedFileUpdateRequest
from ...models.run_review_expected_file_update_response import RunReviewExpectedFileUpdateResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.reviews.expected.file.update"
SDK_METHODS = ("runs.reviews.rename_expected",)


def _get_kwargs(
    id: str,
    filename: str,
    *,
    body: RunReviewExpectedFileUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/runs/{id}/reviews/expected/{filename}".format(
            id=quote(str(id), safe=""),
            filename=quote(str(filename), safe="/"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewExpectedFileUpdateResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunReviewExpectedFileUpdateResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    filename: str,
    *,
    body: RunReviewExpectedFileUpdateRequest,
) -> Request[RunReviewExpectedFileUpdateResponse]:
    """Prepare `PATCH /v1/runs/{id}/reviews/expected/{filename}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            filename=filename,
            body=body,
        ),
    )

"""`POST /v1/runs/{id}/reviews/expected` (runs.reviews.expected.create): Add expected file.

Called by ``client.runs.reviews.copy_output_to_expected`` and ``client.runs.reviews.upload_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_review_expected_file_copy_request import RunReviewExpectedFileCopyRequest
from ...models.run_review_expected_file_mutation_response import RunReviewExpectedFileMutationResponse
from ...models.run_review_expected_file_upload_request import RunReviewExpectedFileUploadRequest
from ...types import Request, parse_json

OPERATION_ID = "runs.reviews.expected.create"
SDK_METHODS = (
    "runs.reviews.copy_output_to_expected",
    "runs.reviews.upload_expected",
)


def _get_kwargs(
    id: str,
    *,
    body: RunReviewExpectedFileUploadRequest | RunReviewExpectedFileCopyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{id}/reviews/expected".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, RunReviewExpectedFileUploadRequest):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, RunReviewExpectedFileCopyRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunReviewExpectedFileMutationResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = RunReviewExpectedFileMutationResponse.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    *,
    body: RunReviewExpectedFileUploadRequest | RunReviewExpectedFileCopyRequest,
) -> Request[RunReviewExpectedFileMutationResponse]:
    """Prepare `POST /v1/runs/{id}/reviews/expected` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

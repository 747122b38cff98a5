"""`POST /api/v1/runs/{id}/feedback/expected` (runs.feedback.expected.create): Add expected file.

Called by ``client.runs.feedback.copy_output_to_expected`` and ``client.runs.feedback.upload_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_expected_file_copy_request import RunExpectedFileCopyRequest
from ...models.run_expected_file_mutation_response import RunExpectedFileMutationResponse
from ...models.run_expected_file_upload_request import RunExpectedFileUploadRequest
from ...types import Request, parse_json

OPERATION_ID = "runs.feedback.expected.create"
SDK_METHODS = (
    "runs.feedback.copy_output_to_expected",
    "runs.feedback.upload_expected",
)


def _get_kwargs(
    id: str,
    *,
    body: RunExpectedFileCopyRequest | RunExpectedFileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/runs/{id}/feedback/expected".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, RunExpectedFileCopyRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, RunExpectedFileUploadRequest):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunExpectedFileMutationResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = RunExpectedFileMutationResponse.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    *,
    body: RunExpectedFileCopyRequest | RunExpectedFileUploadRequest,
) -> Request[RunExpectedFileMutationResponse]:
    """Prepare `POST /api/v1/runs/{id}/feedback/expected` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

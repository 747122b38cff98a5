"""`PATCH /api/v1/runs/{id}/feedback/expected/{filename}` (runs.feedback.expected.file.update): Rename expected artifact file.

Called by ``client.runs.feedback.rename_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_expected_file_update_request import RunExpectedFileUpdateRequest
from ...models.run_expected_file_update_response import RunExpectedFileUpdateResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.feedback.expected.file.update"
SDK_METHODS = ("runs.feedback.rename_expected",)


def _get_kwargs(
    id: str,
    filename: str,
    *,
    body: RunExpectedFileUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/runs/{id}/feedback/expected/{filename}".format(
            id=quote(str(id), safe=""),
            filename=quote(str(filename), safe="/"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunExpectedFileUpdateResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunExpectedFileUpdateResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    filename: str,
    *,
    body: RunExpectedFileUpdateRequest,
) -> Request[RunExpectedFileUpdateResponse]:
    """Prepare `PATCH /api/v1/runs/{id}/feedback/expected/{filename}` for the runtime to send."""
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

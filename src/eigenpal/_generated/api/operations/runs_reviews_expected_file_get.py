"""`GET /v1/runs/{id}/reviews/expected/{filename}` (runs.reviews.expected.file.get): Download expected file.

Called by ``client.runs.reviews.download_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request

OPERATION_ID = "runs.reviews.expected.file.get"
SDK_METHODS = ("runs.reviews.download_expected",)


def _get_kwargs(
    id: str,
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/reviews/expected/{filename}".format(
            id=quote(str(id), safe=""),
            filename=quote(str(filename), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bytes:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.content


def request(
    id: str,
    filename: str,
) -> Request[bytes]:
    """Prepare `GET /v1/runs/{id}/reviews/expected/{filename}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            filename=filename,
        ),
    )

"""`GET /v1/runs/{id}/artifacts/{path}` (runs.artifacts.get): Download run artifact.

Called by ``client.runs.artifacts.download``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request

OPERATION_ID = "runs.artifacts.get"
SDK_METHODS = ("runs.artifacts.download",)


def _get_kwargs(
    id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/artifacts/{path}".format(
            id=quote(str(id), safe=""),
            path=quote(str(path), safe="/"),
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
    path: str,
) -> Request[bytes]:
    """Prepare `GET /v1/runs/{id}/artifacts/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            path=path,
        ),
    )

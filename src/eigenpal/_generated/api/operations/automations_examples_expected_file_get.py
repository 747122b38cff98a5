"""`GET /v1/automations/{id}/examples/{exampleId}/expected/{path}` (automations.examples.expected.file.get): Download expected dataset file.

Called by ``client.automations.examples.expected_file.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request

OPERATION_ID = "automations.examples.expected.file.get"
SDK_METHODS = ("automations.examples.expected_file.get",)


def _get_kwargs(
    id: str,
    example_id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/examples/{example_id}/expected/{path}".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
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
    example_id: str,
    path: str,
) -> Request[bytes]:
    """Prepare `GET /v1/automations/{id}/examples/{exampleId}/expected/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
            path=path,
        ),
    )

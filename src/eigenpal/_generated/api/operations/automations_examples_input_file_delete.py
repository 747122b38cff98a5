"""`DELETE /v1/automations/{id}/examples/{exampleId}/input/{path}` (automations.examples.input.file.delete): Delete input file.

Called by ``client.automations.examples.input_file.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request

OPERATION_ID = "automations.examples.input.file.delete"
SDK_METHODS = ("automations.examples.input_file.delete",)


def _get_kwargs(
    id: str,
    example_id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/automations/{id}/examples/{example_id}/input/{path}".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
            path=quote(str(path), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def request(
    id: str,
    example_id: str,
    path: str,
) -> Request[None]:
    """Prepare `DELETE /v1/automations/{id}/examples/{exampleId}/input/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="empty",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
            path=path,
        ),
    )

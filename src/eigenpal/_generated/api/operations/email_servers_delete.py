"""`DELETE /v1/email-servers/{id}` (emailServers.delete): Delete an email server.

Called by ``client.email_servers.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_email_server_response import DeleteEmailServerResponse
from ...types import Request, parse_json

OPERATION_ID = "emailServers.delete"
SDK_METHODS = ("email_servers.delete",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/email-servers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeleteEmailServerResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DeleteEmailServerResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[DeleteEmailServerResponse]:
    """Prepare `DELETE /v1/email-servers/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

"""`GET /v1/email-servers` (emailServers.list): List email servers.

Called by ``client.email_servers.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.list_email_servers_response import ListEmailServersResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "emailServers.list"
SDK_METHODS = ("email_servers.list",)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/email-servers",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListEmailServersResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ListEmailServersResponse.from_dict(parse_json(response))

    return response_200


def request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Request[ListEmailServersResponse]:
    """Prepare `GET /v1/email-servers` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            limit=limit,
            offset=offset,
        ),
    )

"""`GET /v1/email-servers/{id}` (emailServers.get): Get an email server.

Called by ``client.email_servers.get``.
"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.public_resend_email_server import PublicResendEmailServer
from ...models.public_smtp_email_server import PublicSmtpEmailServer
from ...types import Request, best_match, parse_json

OPERATION_ID = "emailServers.get"
SDK_METHODS = ("email_servers.get",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/email-servers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PublicResendEmailServer | PublicSmtpEmailServer:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(data: object) -> PublicResendEmailServer | PublicSmtpEmailServer:
        if isinstance(data, dict):
            member = best_match(
                (
                    PublicResendEmailServer,
                    PublicSmtpEmailServer,
                ),
                data,
                "response_200",
            )
            if member == 0:
                return PublicResendEmailServer.from_dict(data)
            return PublicSmtpEmailServer.from_dict(data)
        return cast(PublicResendEmailServer | PublicSmtpEmailServer, data)

    response_200 = _parse_response_200(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[PublicResendEmailServer | PublicSmtpEmailServer]:
    """Prepare `GET /v1/email-servers/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

"""`POST /v1/email-servers` (emailServers.create): Create an email server.

Called by ``client.email_servers.create``.
"""

from typing import Any, cast

import httpx

from ... import errors
from ...models.create_email_server_request_type_0 import CreateEmailServerRequestType0
from ...models.create_email_server_request_type_1 import CreateEmailServerRequestType1
from ...models.public_resend_email_server import PublicResendEmailServer
from ...models.public_smtp_email_server import PublicSmtpEmailServer
from ...types import Request, best_match, parse_json

OPERATION_ID = "emailServers.create"
SDK_METHODS = ("email_servers.create",)


def _get_kwargs(
    *,
    body: CreateEmailServerRequestType0 | CreateEmailServerRequestType1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email-servers",
    }

    if isinstance(body, CreateEmailServerRequestType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PublicResendEmailServer | PublicSmtpEmailServer:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_201(data: object) -> PublicResendEmailServer | PublicSmtpEmailServer:
        if isinstance(data, dict):
            member = best_match(
                (
                    PublicResendEmailServer,
                    PublicSmtpEmailServer,
                ),
                data,
                "response_201",
            )
            if member == 0:
                return PublicResendEmailServer.from_dict(data)
            return PublicSmtpEmailServer.from_dict(data)
        return cast(PublicResendEmailServer | PublicSmtpEmailServer, data)

    response_201 = _parse_response_201(parse_json(response))

    return response_201


def request(
    *,
    body: CreateEmailServerRequestType0 | CreateEmailServerRequestType1,
) -> Request[PublicResendEmailServer | PublicSmtpEmailServer]:
    """Prepare `POST /v1/email-servers` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
        ),
    )

"""`POST /v1/email-servers/{id}/test` (emailServers.test): Send a test email.

Called by ``client.email_servers.test``.
"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.test_email_server_request import TestEmailServerRequest
from ...models.test_email_server_response_type_0 import TestEmailServerResponseType0
from ...models.test_email_server_response_type_1 import TestEmailServerResponseType1
from ...types import Request, best_match, parse_json

OPERATION_ID = "emailServers.test"
SDK_METHODS = ("email_servers.test",)


def _get_kwargs(
    id: str,
    *,
    body: TestEmailServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email-servers/{id}/test".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TestEmailServerResponseType0 | TestEmailServerResponseType1:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(data: object) -> TestEmailServerResponseType0 | TestEmailServerResponseType1:
        if isinstance(data, dict):
            member = best_match(
                (
                    TestEmailServerResponseType0,
                    TestEmailServerResponseType1,
                ),
                data,
                "response_200",
            )
            if member == 0:
                return TestEmailServerResponseType0.from_dict(data)
            return TestEmailServerResponseType1.from_dict(data)
        return cast(TestEmailServerResponseType0 | TestEmailServerResponseType1, data)

    response_200 = _parse_response_200(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: TestEmailServerRequest,
) -> Request[TestEmailServerResponseType0 | TestEmailServerResponseType1]:
    """Prepare `POST /v1/email-servers/{id}/test` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

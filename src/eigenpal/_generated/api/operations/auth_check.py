"""`GET /v1/auth/check` (auth.check): Check API key identity.

Called by ``client.auth.check``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.auth_check_response import AuthCheckResponse
from ...types import Request, parse_json

OPERATION_ID = "auth.check"
SDK_METHODS = ("auth.check",)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/auth/check",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AuthCheckResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = AuthCheckResponse.from_dict(parse_json(response))

    return response_200


def request() -> Request[AuthCheckResponse]:
    """Prepare `GET /v1/auth/check` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(),
    )

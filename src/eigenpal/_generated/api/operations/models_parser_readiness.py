"""`GET /v1/parsing/readiness` (models.parserReadiness): Check document parser readiness.

Called by ``client.models.parser_readiness``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.parsing_readiness import ParsingReadiness
from ...types import Request, parse_json

OPERATION_ID = "models.parserReadiness"
SDK_METHODS = ("models.parser_readiness",)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/parsing/readiness",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ParsingReadiness:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ParsingReadiness.from_dict(parse_json(response))

    return response_200


def request() -> Request[ParsingReadiness]:
    """Prepare `GET /v1/parsing/readiness` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(),
    )

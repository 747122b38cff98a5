"""`GET /v1/runs/{id}/trace` (runs.trace.get): Get run trace.

Called by ``client.runs.trace.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_trace_response import RunTraceResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.trace.get"
SDK_METHODS = ("runs.trace.get",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/trace".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunTraceResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunTraceResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunTraceResponse]:
    """Prepare `GET /v1/runs/{id}/trace` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

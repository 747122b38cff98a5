"""`POST /v1/runs/{id}/cancel` (runs.cancel): Cancel run.

Called by ``client.runs.cancel``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_cancel_response import RunCancelResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.cancel"
SDK_METHODS = ("runs.cancel",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunCancelResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunCancelResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunCancelResponse]:
    """Prepare `POST /v1/runs/{id}/cancel` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

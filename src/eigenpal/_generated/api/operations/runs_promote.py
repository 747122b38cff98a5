"""`POST /v1/runs/{id}/promote` (runs.promote): Promote run to example.

Called by ``client.runs.promote``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.promote_run_request import PromoteRunRequest
from ...models.promote_run_response import PromoteRunResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.promote"
SDK_METHODS = ("runs.promote",)


def _get_kwargs(
    id: str,
    *,
    body: PromoteRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{id}/promote".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PromoteRunResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = PromoteRunResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: PromoteRunRequest,
) -> Request[PromoteRunResponse]:
    """Prepare `POST /v1/runs/{id}/promote` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

"""`GET /v1/runs/{id}/steps` (runs.steps.list): List run steps.

Called by ``client.runs.steps``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_steps_response import RunStepsResponse
from ...types import Request, parse_json

OPERATION_ID = "runs.steps.list"
SDK_METHODS = ("runs.steps",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/steps".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunStepsResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunStepsResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunStepsResponse]:
    """Prepare `GET /v1/runs/{id}/steps` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

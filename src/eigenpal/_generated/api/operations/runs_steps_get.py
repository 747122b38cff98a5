"""`GET /v1/runs/{id}/steps/{stepExecutionId}` (runs.steps.get): Get a run step.

Called by ``client.runs.get_step``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request, parse_json

OPERATION_ID = "runs.steps.get"
SDK_METHODS = ("runs.get_step",)


def _get_kwargs(
    id: str,
    step_execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/steps/{step_execution_id}".format(
            id=quote(str(id), safe=""),
            step_execution_id=quote(str(step_execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = parse_json(response)
    return response_200


def request(
    id: str,
    step_execution_id: str,
) -> Request[Any]:
    """Prepare `GET /v1/runs/{id}/steps/{stepExecutionId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            step_execution_id=step_execution_id,
        ),
    )

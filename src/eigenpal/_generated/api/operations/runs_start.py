"""`POST /v1/runs` (runs.start): Start a run.

Called by ``client.run``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.run import Run
from ...models.run_accepted import RunAccepted
from ...models.run_start_body import RunStartBody
from ...models.run_start_multipart_request import RunStartMultipartRequest
from ...models.runs_start_x_eigenpal_trigger import RunsStartXEigenpalTrigger
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.start"
SDK_METHODS = ("run",)


def _get_kwargs(
    *,
    body: RunStartMultipartRequest | RunStartBody,
    version: str | Unset = UNSET,
    wait_for_completion: int | Unset = UNSET,
    x_eigenpal_trigger: RunsStartXEigenpalTrigger | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_eigenpal_trigger, Unset):
        headers["X-Eigenpal-Trigger"] = str(x_eigenpal_trigger)

    params: dict[str, Any] = {}

    params["version"] = version

    params["wait_for_completion"] = wait_for_completion

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs",
        "params": params,
    }

    if isinstance(body, RunStartMultipartRequest):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, RunStartBody):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Run | RunAccepted:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if response.status_code == 201:
        response_201 = RunAccepted.from_dict(parse_json(response))

        return response_201

    if response.status_code == 202:
        response_202 = RunAccepted.from_dict(parse_json(response))

        return response_202

    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Run.from_dict(parse_json(response))

    return response_200


def request(
    *,
    body: RunStartMultipartRequest | RunStartBody,
    version: str | Unset = UNSET,
    wait_for_completion: int | Unset = UNSET,
    x_eigenpal_trigger: RunsStartXEigenpalTrigger | Unset = UNSET,
) -> Request[Run | RunAccepted]:
    """Prepare `POST /v1/runs` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
            version=version,
            wait_for_completion=wait_for_completion,
            x_eigenpal_trigger=x_eigenpal_trigger,
        ),
    )

"""`POST /v1/runs/{id}/rerun` (runs.rerun): Retry run.

Called by ``client.rerun``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run import Run
from ...models.run_accepted import RunAccepted
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.rerun"
SDK_METHODS = ("rerun",)


def _get_kwargs(
    id: str,
    *,
    version: str | Unset = UNSET,
    wait_for_completion: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["wait_for_completion"] = wait_for_completion

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{id}/rerun".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

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
    id: str,
    *,
    version: str | Unset = UNSET,
    wait_for_completion: int | Unset = UNSET,
) -> Request[Run | RunAccepted]:
    """Prepare `POST /v1/runs/{id}/rerun` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            version=version,
            wait_for_completion=wait_for_completion,
        ),
    )

"""`GET /v1/runs/{id}` (runs.get): Get a run.

Called by ``client.runs.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run import Run
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.get"
SDK_METHODS = ("runs.get",)


def _get_kwargs(
    id: str,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Run:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Run.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    expand: str | Unset = UNSET,
) -> Request[Run]:
    """Prepare `GET /v1/runs/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            expand=expand,
        ),
    )

"""`GET /v1/automations/{id}/dataset/export` (automations.dataset.export): Export automation dataset.

Called by ``client.automations.dataset.export``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Request, Unset

OPERATION_ID = "automations.dataset.export"
SDK_METHODS = ("automations.dataset.export",)


def _get_kwargs(
    id: str,
    *,
    example_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exampleIds"] = example_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/dataset/export".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bytes:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.content


def request(
    id: str,
    *,
    example_ids: str | Unset = UNSET,
) -> Request[bytes]:
    """Prepare `GET /v1/automations/{id}/dataset/export` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_ids=example_ids,
        ),
    )

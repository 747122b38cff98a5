"""`GET /v1/automations` (automations.list): List automations.

Called by ``client.automations.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.automations_list_type import AutomationsListType
from ...models.list_automations_response import ListAutomationsResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.list"
SDK_METHODS = ("automations.list",)


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    type_: AutomationsListType | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["folderId"] = folder_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListAutomationsResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ListAutomationsResponse.from_dict(parse_json(response))

    return response_200


def request(
    *,
    search: str | Unset = UNSET,
    type_: AutomationsListType | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Request[ListAutomationsResponse]:
    """Prepare `GET /v1/automations` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            search=search,
            type_=type_,
            folder_id=folder_id,
            limit=limit,
            offset=offset,
        ),
    )

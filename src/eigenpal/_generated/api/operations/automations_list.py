"""`GET /api/v1/automations` (automations.list): List automations.

Called by ``client.automations.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.automations_list_type import AutomationsListType
from ...models.list_automations_response import ListAutomationsResponse
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.list"
SDK_METHODS = ("automations.list",)


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    type_: AutomationsListType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/automations",
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Request[ListAutomationsResponse]:
    """Prepare `GET /api/v1/automations` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            search=search,
            type_=type_,
            limit=limit,
            offset=offset,
        ),
    )


def sync(
    *,
    client: SyncSender,
    search: str | Unset = UNSET,
    type_: AutomationsListType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListAutomationsResponse:
    """List automations

     Workflows and agents in one list, narrowed by `type` and matched against slug, name or description
    with `search`. Pages by offset (`limit`, `offset`, `total`); `page.iter_all()` walks every page.

    Args:
        search (str | Unset): Substring match against slug, name, or description
        type_ (AutomationsListType | Unset): Filter by implementation type
        limit (int | Unset): Maximum number of automations to return.
        offset (int | Unset): Zero-based offset for paging through automations.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        ListAutomationsResponse
    """

    return client.send(
        request(
            search=search,
            type_=type_,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio(
    *,
    client: AsyncSender,
    search: str | Unset = UNSET,
    type_: AutomationsListType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ListAutomationsResponse:
    """List automations

     Workflows and agents in one list, narrowed by `type` and matched against slug, name or description
    with `search`. Pages by offset (`limit`, `offset`, `total`); `page.iter_all()` walks every page.

    Args:
        search (str | Unset): Substring match against slug, name, or description
        type_ (AutomationsListType | Unset): Filter by implementation type
        limit (int | Unset): Maximum number of automations to return.
        offset (int | Unset): Zero-based offset for paging through automations.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        ListAutomationsResponse
    """

    return await client.send(
        request(
            search=search,
            type_=type_,
            limit=limit,
            offset=offset,
        )
    )

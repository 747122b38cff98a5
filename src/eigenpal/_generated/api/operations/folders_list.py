"""`GET /v1/folders` (folders.list): List folders.

Called by ``client.folders.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.folder import Folder
from ...models.folders_list_type import FoldersListType
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "folders.list"
SDK_METHODS = ("folders.list",)


def _get_kwargs(
    *,
    type_: FoldersListType,
    parent_id: str | Unset = UNSET,
    tree: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["parentId"] = parent_id

    params["tree"] = tree

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/folders",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Folder]:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = []
    _response_200 = parse_json(response)
    for componentsschemas_list_folders_response_item_data in _response_200:
        componentsschemas_list_folders_response_item = Folder.from_dict(
            componentsschemas_list_folders_response_item_data
        )

        response_200.append(componentsschemas_list_folders_response_item)

    return response_200


def request(
    *,
    type_: FoldersListType,
    parent_id: str | Unset = UNSET,
    tree: str | Unset = UNSET,
) -> Request[list[Folder]]:
    """Prepare `GET /v1/folders` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            type_=type_,
            parent_id=parent_id,
            tree=tree,
        ),
    )

"""`POST /v1/folders` (folders.create): Create a folder.

Called by ``client.folders.create``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.create_folder_request import CreateFolderRequest
from ...models.folder import Folder
from ...types import Request, parse_json

OPERATION_ID = "folders.create"
SDK_METHODS = ("folders.create",)


def _get_kwargs(
    *,
    body: CreateFolderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/folders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Folder:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Folder.from_dict(parse_json(response))

    return response_201


def request(
    *,
    body: CreateFolderRequest,
) -> Request[Folder]:
    """Prepare `POST /v1/folders` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
        ),
    )

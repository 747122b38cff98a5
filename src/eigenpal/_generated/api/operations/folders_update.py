"""`PATCH /v1/folders/{id}` (folders.update): Update a folder.

Called by ``client.folders.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.folder import Folder
from ...models.update_folder_request import UpdateFolderRequest
from ...types import Request, parse_json

OPERATION_ID = "folders.update"
SDK_METHODS = ("folders.update",)


def _get_kwargs(
    id: str,
    *,
    body: UpdateFolderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/folders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Folder:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Folder.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: UpdateFolderRequest,
) -> Request[Folder]:
    """Prepare `PATCH /v1/folders/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

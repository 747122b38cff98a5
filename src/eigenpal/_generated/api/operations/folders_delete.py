"""`DELETE /v1/folders/{id}` (folders.delete): Delete a folder.

Called by ``client.folders.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_folder_response import DeleteFolderResponse
from ...types import Request, parse_json

OPERATION_ID = "folders.delete"
SDK_METHODS = ("folders.delete",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/folders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeleteFolderResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DeleteFolderResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[DeleteFolderResponse]:
    """Prepare `DELETE /v1/folders/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

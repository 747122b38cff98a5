"""`DELETE /v1/files/{id}` (files.delete): Delete file.

Called by ``client.files.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.delete_file_response import DeleteFileResponse
from ...types import Request, parse_json

OPERATION_ID = "files.delete"
SDK_METHODS = ("files.delete",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/files/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeleteFileResponse | None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if response.status_code == 204:
        return None

    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DeleteFileResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[DeleteFileResponse | None]:
    """Prepare `DELETE /v1/files/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

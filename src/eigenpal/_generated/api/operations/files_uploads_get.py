"""`GET /v1/files/uploads/{uploadId}` (files.uploads.get): Get an upload session.

Called by ``client.files.get_upload``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.file_upload_session import FileUploadSession
from ...types import Request, parse_json

OPERATION_ID = "files.uploads.get"
SDK_METHODS = ("files.get_upload",)


def _get_kwargs(
    upload_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/uploads/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FileUploadSession:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = FileUploadSession.from_dict(parse_json(response))

    return response_200


def request(
    upload_id: str,
) -> Request[FileUploadSession]:
    """Prepare `GET /v1/files/uploads/{uploadId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            upload_id=upload_id,
        ),
    )

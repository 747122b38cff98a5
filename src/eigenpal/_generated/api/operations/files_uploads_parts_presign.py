"""`POST /v1/files/uploads/{uploadId}/parts` (files.uploads.parts.presign): Presign an upload part.

Called by ``client.files.presign_upload_part``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.presign_file_upload_part_request import PresignFileUploadPartRequest
from ...models.presign_file_upload_part_response import PresignFileUploadPartResponse
from ...types import Request, parse_json

OPERATION_ID = "files.uploads.parts.presign"
SDK_METHODS = ("files.presign_upload_part",)


def _get_kwargs(
    upload_id: str,
    *,
    body: PresignFileUploadPartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files/uploads/{upload_id}/parts".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PresignFileUploadPartResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = PresignFileUploadPartResponse.from_dict(parse_json(response))

    return response_200


def request(
    upload_id: str,
    *,
    body: PresignFileUploadPartRequest,
) -> Request[PresignFileUploadPartResponse]:
    """Prepare `POST /v1/files/uploads/{uploadId}/parts` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            upload_id=upload_id,
            body=body,
        ),
    )

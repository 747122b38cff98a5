"""`GET /v1/files/uploads/{uploadId}/parts` (files.uploads.parts.list): List an upload's parts.

Called by ``client.files.list_upload_parts``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_file_upload_parts_response import ListFileUploadPartsResponse
from ...types import Request, parse_json

OPERATION_ID = "files.uploads.parts.list"
SDK_METHODS = ("files.list_upload_parts",)


def _get_kwargs(
    upload_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files/uploads/{upload_id}/parts".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListFileUploadPartsResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ListFileUploadPartsResponse.from_dict(parse_json(response))

    return response_200


def request(
    upload_id: str,
) -> Request[ListFileUploadPartsResponse]:
    """Prepare `GET /v1/files/uploads/{uploadId}/parts` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            upload_id=upload_id,
        ),
    )

"""`PUT /v1/files/uploads/{uploadId}/chunks/{chunkIndex}` (files.uploads.chunks.put): Send one chunk of an upload.

Called by ``client.files.put_upload_chunk``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.accept_http_chunked_upload_chunk_response import AcceptHttpChunkedUploadChunkResponse
from ...types import File, Request, parse_json

OPERATION_ID = "files.uploads.chunks.put"
SDK_METHODS = ("files.put_upload_chunk",)


def _get_kwargs(
    upload_id: str,
    chunk_index: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/files/uploads/{upload_id}/chunks/{chunk_index}".format(
            upload_id=quote(str(upload_id), safe=""),
            chunk_index=quote(str(chunk_index), safe=""),
        ),
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AcceptHttpChunkedUploadChunkResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = AcceptHttpChunkedUploadChunkResponse.from_dict(parse_json(response))

    return response_200


def request(
    upload_id: str,
    chunk_index: str,
    *,
    body: File,
) -> Request[AcceptHttpChunkedUploadChunkResponse]:
    """Prepare `PUT /v1/files/uploads/{uploadId}/chunks/{chunkIndex}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            upload_id=upload_id,
            chunk_index=chunk_index,
            body=body,
        ),
    )

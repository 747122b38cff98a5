"""`POST /v1/files/uploads` (files.uploads.create): Start an upload session.

Called by ``client.files.create_upload``.
"""

from typing import Any, cast

import httpx

from ... import errors
from ...models.create_file_upload_session_request import CreateFileUploadSessionRequest
from ...models.http_chunked_file_upload_session import HttpChunkedFileUploadSession
from ...models.multipart_file_upload_fallback import MultipartFileUploadFallback
from ...models.presigned_file_upload_session import PresignedFileUploadSession
from ...models.presigned_multipart_file_upload_session import PresignedMultipartFileUploadSession
from ...types import Request, best_match, parse_json

OPERATION_ID = "files.uploads.create"
SDK_METHODS = ("files.create_upload",)


def _get_kwargs(
    *,
    body: CreateFileUploadSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files/uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> (
    HttpChunkedFileUploadSession
    | MultipartFileUploadFallback
    | PresignedFileUploadSession
    | PresignedMultipartFileUploadSession
):
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(
        data: object,
    ) -> (
        HttpChunkedFileUploadSession
        | MultipartFileUploadFallback
        | PresignedFileUploadSession
        | PresignedMultipartFileUploadSession
    ):
        if isinstance(data, dict):
            member = best_match(
                (
                    PresignedFileUploadSession,
                    PresignedMultipartFileUploadSession,
                    HttpChunkedFileUploadSession,
                    MultipartFileUploadFallback,
                ),
                data,
                "response_200",
            )
            if member == 0:
                return PresignedFileUploadSession.from_dict(data)
            if member == 1:
                return PresignedMultipartFileUploadSession.from_dict(data)
            if member == 2:
                return HttpChunkedFileUploadSession.from_dict(data)
            return MultipartFileUploadFallback.from_dict(data)
        return cast(
            HttpChunkedFileUploadSession
            | MultipartFileUploadFallback
            | PresignedFileUploadSession
            | PresignedMultipartFileUploadSession,
            data,
        )

    response_200 = _parse_response_200(parse_json(response))

    return response_200


def request(
    *,
    body: CreateFileUploadSessionRequest,
) -> Request[
    HttpChunkedFileUploadSession
    | MultipartFileUploadFallback
    | PresignedFileUploadSession
    | PresignedMultipartFileUploadSession
]:
    """Prepare `POST /v1/files/uploads` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
        ),
    )

"""`POST /v1/files` (files.create): Upload file.

Called by ``client.files.upload``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.create_file_multipart_request import CreateFileMultipartRequest
from ...models.file import File
from ...types import Request, parse_json

OPERATION_ID = "files.create"
SDK_METHODS = ("files.upload",)


def _get_kwargs(
    *,
    body: CreateFileMultipartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> File:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = File.from_dict(parse_json(response))

    return response_200


def request(
    *,
    body: CreateFileMultipartRequest,
) -> Request[File]:
    """Prepare `POST /v1/files` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
        ),
    )

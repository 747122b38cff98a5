"""`GET /v1/human-reviews/{taskId}/files/{fileId}/content` (humanReviews.files.content.get): Download a human review task's file.

Called by ``client.human_reviews.download_file``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Request

OPERATION_ID = "humanReviews.files.content.get"
SDK_METHODS = ("human_reviews.download_file",)


def _get_kwargs(
    task_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/human-reviews/{task_id}/files/{file_id}/content".format(
            task_id=quote(str(task_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bytes:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.content


def request(
    task_id: str,
    file_id: str,
) -> Request[bytes]:
    """Prepare `GET /v1/human-reviews/{taskId}/files/{fileId}/content` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            task_id=task_id,
            file_id=file_id,
        ),
    )

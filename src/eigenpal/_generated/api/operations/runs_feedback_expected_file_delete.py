"""`DELETE /api/v1/runs/{id}/feedback/expected/{filename}` (runs.feedback.expected.file.delete): Delete expected artifact file.

Called by ``client.runs.feedback.delete_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...types import Request

OPERATION_ID = "runs.feedback.expected.file.delete"
SDK_METHODS = ("runs.feedback.delete_expected",)


def _get_kwargs(
    id: str,
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/runs/{id}/feedback/expected/{filename}".format(
            id=quote(str(id), safe=""),
            filename=quote(str(filename), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def request(
    id: str,
    filename: str,
) -> Request[None]:
    """Prepare `DELETE /api/v1/runs/{id}/feedback/expected/{filename}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="empty",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            filename=filename,
        ),
    )


def sync(
    id: str,
    filename: str,
    *,
    client: SyncSender,
) -> None:
    """Delete expected artifact file

     Delete one expected file; the note and the expected JSON output stay.

    Args:
        id (str): Run id.
        filename (str): Expected artifact file name or slash-delimited path, as returned by GET
            /runs/{id}/feedback/expected. May contain `/`; each segment is percent-encoded and `/` is
            kept.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        None
    """

    return client.send(
        request(
            id=id,
            filename=filename,
        )
    )


async def asyncio(
    id: str,
    filename: str,
    *,
    client: AsyncSender,
) -> None:
    """Delete expected artifact file

     Delete one expected file; the note and the expected JSON output stay.

    Args:
        id (str): Run id.
        filename (str): Expected artifact file name or slash-delimited path, as returned by GET
            /runs/{id}/feedback/expected. May contain `/`; each segment is percent-encoded and `/` is
            kept.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        None
    """

    return await client.send(
        request(
            id=id,
            filename=filename,
        )
    )

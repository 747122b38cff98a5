"""`GET /api/v1/runs/{id}/artifacts/{path}` (runs.artifacts.get): Download run artifact.

Called by ``client.runs.artifacts.download``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...types import Request

OPERATION_ID = "runs.artifacts.get"
SDK_METHODS = ("runs.artifacts.download",)


def _get_kwargs(
    id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{id}/artifacts/{path}".format(
            id=quote(str(id), safe=""),
            path=quote(str(path), safe="/"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bytes:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.content


def request(
    id: str,
    path: str,
) -> Request[bytes]:
    """Prepare `GET /api/v1/runs/{id}/artifacts/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="binary",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            path=path,
        ),
    )


def sync(
    id: str,
    path: str,
    *,
    client: SyncSender,
) -> bytes:
    """Download run artifact

     The bytes of one artifact, by the path `artifacts.list` gave; `to=` streams it to disk.

    Args:
        id (str): Run id.
        path (str): Artifact path, as listed by `runs.artifacts.list`. May contain `/`; each
            segment is percent-encoded and `/` is kept.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        bytes
    """

    return client.send(
        request(
            id=id,
            path=path,
        )
    )


async def asyncio(
    id: str,
    path: str,
    *,
    client: AsyncSender,
) -> bytes:
    """Download run artifact

     The bytes of one artifact, by the path `artifacts.list` gave; `to=` streams it to disk.

    Args:
        id (str): Run id.
        path (str): Artifact path, as listed by `runs.artifacts.list`. May contain `/`; each
            segment is percent-encoded and `/` is kept.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        bytes
    """

    return await client.send(
        request(
            id=id,
            path=path,
        )
    )

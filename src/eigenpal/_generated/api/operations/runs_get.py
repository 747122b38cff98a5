"""`GET /api/v1/runs/{id}` (runs.get): Get a run.

Called by ``client.runs.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.run import Run
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.get"
SDK_METHODS = ("runs.get",)


def _get_kwargs(
    id: str,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Run:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Run.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    expand: str | Unset = UNSET,
) -> Request[Run]:
    """Prepare `GET /api/v1/runs/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            expand=expand,
        ),
    )


def sync(
    id: str,
    *,
    client: SyncSender,
    expand: str | Unset = UNSET,
) -> Run:
    """Get a run

     One run. Core metadata always; terminal runs also carry `output`, `files` and `error`. `expand` adds
    `input`, `usage`, `execution` (steps, embedded feedback and expected artifacts) and `debug`.

    Args:
        id (str): Run id
        expand (str | Unset): Optional sections: input, usage, execution, debug. Terminal runs
            always include top-level output, files, and error. Known values: `input`, `usage`,
            `execution`, `debug`. Comma-separated.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        Run
    """

    return client.send(
        request(
            id=id,
            expand=expand,
        )
    )


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    expand: str | Unset = UNSET,
) -> Run:
    """Get a run

     One run. Core metadata always; terminal runs also carry `output`, `files` and `error`. `expand` adds
    `input`, `usage`, `execution` (steps, embedded feedback and expected artifacts) and `debug`.

    Args:
        id (str): Run id
        expand (str | Unset): Optional sections: input, usage, execution, debug. Terminal runs
            always include top-level output, files, and error. Known values: `input`, `usage`,
            `execution`, `debug`. Comma-separated.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        Run
    """

    return await client.send(
        request(
            id=id,
            expand=expand,
        )
    )

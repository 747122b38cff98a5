"""`DELETE /api/v1/automations/{id}/examples/{exampleId}` (automations.examples.delete): Delete dataset example.

Called by ``client.automations.examples.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.dataset_example import DatasetExample
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.delete"
SDK_METHODS = ("automations.examples.delete",)


def _get_kwargs(
    id: str,
    example_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/automations/{id}/examples/{example_id}".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExample | None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if response.status_code == 204:
        return None

    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetExample.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    example_id: str,
) -> Request[DatasetExample | None]:
    """Prepare `DELETE /api/v1/automations/{id}/examples/{exampleId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
        ),
    )


def sync(
    id: str,
    example_id: str,
    *,
    client: SyncSender,
) -> DatasetExample | None:
    """Delete dataset example

     Remove an example from the dataset; future experiments no longer run it. Answers with the deleted
    example.

    Args:
        id (str): Automation id or typed alias.
        example_id (str): Dataset example id. Agent examples may use deterministic name-derived
            ids returned by list/create responses.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        DatasetExample | None
    """

    return client.send(
        request(
            id=id,
            example_id=example_id,
        )
    )


async def asyncio(
    id: str,
    example_id: str,
    *,
    client: AsyncSender,
) -> DatasetExample | None:
    """Delete dataset example

     Remove an example from the dataset; future experiments no longer run it. Answers with the deleted
    example.

    Args:
        id (str): Automation id or typed alias.
        example_id (str): Dataset example id. Agent examples may use deterministic name-derived
            ids returned by list/create responses.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        DatasetExample | None
    """

    return await client.send(
        request(
            id=id,
            example_id=example_id,
        )
    )

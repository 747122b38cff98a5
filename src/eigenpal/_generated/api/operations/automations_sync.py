"""`POST /api/v1/automations/{id}/sync` (automations.sync): Sync automation from latest Git release.

Called by ``client.automations.sync``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.automation_sync_response import AutomationSyncResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.sync"
SDK_METHODS = ("automations.sync",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/automations/{id}/sync".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AutomationSyncResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = AutomationSyncResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[AutomationSyncResponse]:
    """Prepare `POST /api/v1/automations/{id}/sync` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )


def sync(
    id: str,
    *,
    client: SyncSender,
) -> AutomationSyncResponse:
    """Sync automation from latest Git release

     Refresh the registry entry and trigger projections from the latest published Git release.
    Idempotent: repeating it against an unchanged release changes nothing and may repeat the same
    warnings. It publishes nothing and takes no version; a versioned target answers 400, missing
    organization, source, release or manifest state 404, an invalid manifest 400, and provider or
    storage failures 5xx. Needs a user-backed API key.

    Args:
        id (str): Automation target to sync, such as agents.invoice-agent or workflows.extract. Do
            not include a version; sync always uses the latest Git release.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        AutomationSyncResponse
    """

    return client.send(
        request(
            id=id,
        )
    )


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
) -> AutomationSyncResponse:
    """Sync automation from latest Git release

     Refresh the registry entry and trigger projections from the latest published Git release.
    Idempotent: repeating it against an unchanged release changes nothing and may repeat the same
    warnings. It publishes nothing and takes no version; a versioned target answers 400, missing
    organization, source, release or manifest state 404, an invalid manifest 400, and provider or
    storage failures 5xx. Needs a user-backed API key.

    Args:
        id (str): Automation target to sync, such as agents.invoice-agent or workflows.extract. Do
            not include a version; sync always uses the latest Git release.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        AutomationSyncResponse
    """

    return await client.send(
        request(
            id=id,
        )
    )

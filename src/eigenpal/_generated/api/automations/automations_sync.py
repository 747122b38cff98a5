"""`POST /api/v1/automations/{id}/sync` (automations.sync): Sync automation from latest Git release.

Called by ``client.automations.sync``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.automations_sync_response_200 import AutomationsSyncResponse200
from ...types import Request

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


def _parse_response(response: httpx.Response) -> AutomationsSyncResponse200:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = AutomationsSyncResponse200.from_dict(response.json())

    return response_200


def request(
    id: str,
) -> Request[AutomationsSyncResponse200]:
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
) -> AutomationsSyncResponse200:
    """Sync automation from latest Git release

     Reconciles automation registry metadata and trigger projections from the latest Git source release.
    This operation is idempotent for unchanged source state: repeated calls against the same latest
    release leave the same automation registry state and may repeat the same warnings. Requires a Bearer
    API token for the organization and a user-backed API key. It does not publish source; it reads the
    already-published latest release manifest. Versioned targets are rejected with 400, missing
    organization/source/release/manifest state returns 404, invalid manifests return 400, and provider
    or persistence failures return 5xx.

    Args:
        id (str): Automation target to sync, such as agents.invoice-agent or workflows.extract. Do
            not include a version; sync always uses the latest Git release.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        AutomationsSyncResponse200
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
) -> AutomationsSyncResponse200:
    """Sync automation from latest Git release

     Reconciles automation registry metadata and trigger projections from the latest Git source release.
    This operation is idempotent for unchanged source state: repeated calls against the same latest
    release leave the same automation registry state and may repeat the same warnings. Requires a Bearer
    API token for the organization and a user-backed API key. It does not publish source; it reads the
    already-published latest release manifest. Versioned targets are rejected with 400, missing
    organization/source/release/manifest state returns 404, invalid manifests return 400, and provider
    or persistence failures return 5xx.

    Args:
        id (str): Automation target to sync, such as agents.invoice-agent or workflows.extract. Do
            not include a version; sync always uses the latest Git release.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        AutomationsSyncResponse200
    """

    return await client.send(
        request(
            id=id,
        )
    )

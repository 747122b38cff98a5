"""`POST /v1/automations/{id}/sync` (automations.sync): Sync automation from latest Git release.

Called by ``client.automations.sync``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automation_sync_response import AutomationSyncResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.sync"
SDK_METHODS = ("automations.sync",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/sync".format(
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
    """Prepare `POST /v1/automations/{id}/sync` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

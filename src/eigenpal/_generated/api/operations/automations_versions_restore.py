"""`POST /v1/automations/{id}/versions/{versionId}/restore` (automations.versions.restore): Restore an automation version.

Called by ``client.automations.restore_version``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automation_version import AutomationVersion
from ...models.restore_automation_version_request import RestoreAutomationVersionRequest
from ...types import Request, parse_json

OPERATION_ID = "automations.versions.restore"
SDK_METHODS = ("automations.restore_version",)


def _get_kwargs(
    id: str,
    version_id: str,
    *,
    body: RestoreAutomationVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/versions/{version_id}/restore".format(
            id=quote(str(id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AutomationVersion:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = AutomationVersion.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    version_id: str,
    *,
    body: RestoreAutomationVersionRequest,
) -> Request[AutomationVersion]:
    """Prepare `POST /v1/automations/{id}/versions/{versionId}/restore` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            version_id=version_id,
            body=body,
        ),
    )

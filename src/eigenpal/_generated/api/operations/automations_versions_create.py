"""`POST /v1/automations/{id}/versions` (automations.versions.create): Create an automation version.

Called by ``client.automations.create_version``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automation_version import AutomationVersion
from ...models.create_automation_version_request_type_0 import CreateAutomationVersionRequestType0
from ...models.create_automation_version_request_type_1 import CreateAutomationVersionRequestType1
from ...types import Request, parse_json

OPERATION_ID = "automations.versions.create"
SDK_METHODS = ("automations.create_version",)


def _get_kwargs(
    id: str,
    *,
    body: CreateAutomationVersionRequestType0 | CreateAutomationVersionRequestType1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CreateAutomationVersionRequestType0):
        _kwargs["json"] = body.to_dict()
    else:
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
    *,
    body: CreateAutomationVersionRequestType0 | CreateAutomationVersionRequestType1,
) -> Request[AutomationVersion]:
    """Prepare `POST /v1/automations/{id}/versions` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

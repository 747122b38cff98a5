"""`PUT /v1/templates/{id}` (templates.replace): Replace a template.

Called by ``client.templates.replace``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.template import Template
from ...models.template_replace_request import TemplateReplaceRequest
from ...types import Request, parse_json

OPERATION_ID = "templates.replace"
SDK_METHODS = ("templates.replace",)


def _get_kwargs(
    id: str,
    *,
    body: TemplateReplaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/templates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Template:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Template.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: TemplateReplaceRequest,
) -> Request[Template]:
    """Prepare `PUT /v1/templates/{id}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

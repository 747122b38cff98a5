"""`POST /v1/templates` (templates.create): Create a template.

Called by ``client.templates.create``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.created_template import CreatedTemplate
from ...models.template_file_reference_request import TemplateFileReferenceRequest
from ...types import Request, parse_json

OPERATION_ID = "templates.create"
SDK_METHODS = ("templates.create",)


def _get_kwargs(
    *,
    body: TemplateFileReferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreatedTemplate:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = CreatedTemplate.from_dict(parse_json(response))

    return response_201


def request(
    *,
    body: TemplateFileReferenceRequest,
) -> Request[CreatedTemplate]:
    """Prepare `POST /v1/templates` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            body=body,
        ),
    )

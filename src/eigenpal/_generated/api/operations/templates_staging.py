"""`POST /v1/templates/{id}/staging` (templates.staging): Accept or discard a staged template.

Called by ``client.templates.stage``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.template_staging_request import TemplateStagingRequest
from ...models.template_staging_response import TemplateStagingResponse
from ...types import Request, parse_json

OPERATION_ID = "templates.staging"
SDK_METHODS = ("templates.stage",)


def _get_kwargs(
    id: str,
    *,
    body: TemplateStagingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/templates/{id}/staging".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TemplateStagingResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = TemplateStagingResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: TemplateStagingRequest,
) -> Request[TemplateStagingResponse]:
    """Prepare `POST /v1/templates/{id}/staging` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

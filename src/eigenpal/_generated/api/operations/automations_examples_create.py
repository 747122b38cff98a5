"""`POST /v1/automations/{id}/examples` (automations.examples.create): Create dataset example.

Called by ``client.automations.examples.create``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_example import DatasetExample
from ...models.dataset_example_mutation import DatasetExampleMutation
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.create"
SDK_METHODS = ("automations.examples.create",)


def _get_kwargs(
    id: str,
    *,
    body: DatasetExampleMutation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/examples".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExample:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = DatasetExample.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    *,
    body: DatasetExampleMutation,
) -> Request[DatasetExample]:
    """Prepare `POST /v1/automations/{id}/examples` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

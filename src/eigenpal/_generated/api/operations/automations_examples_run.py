"""`POST /v1/automations/{id}/examples/{exampleId}/run` (automations.examples.run): Run dataset example.

Called by ``client.automations.examples.run``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.example_run_response import ExampleRunResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.run"
SDK_METHODS = ("automations.examples.run",)


def _get_kwargs(
    id: str,
    example_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/examples/{example_id}/run".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ExampleRunResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = ExampleRunResponse.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    example_id: str,
) -> Request[ExampleRunResponse]:
    """Prepare `POST /v1/automations/{id}/examples/{exampleId}/run` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
        ),
    )

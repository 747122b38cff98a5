"""`DELETE /v1/automations/{id}/examples/{exampleId}` (automations.examples.delete): Delete dataset example.

Called by ``client.automations.examples.delete``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_example import DatasetExample
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.delete"
SDK_METHODS = ("automations.examples.delete",)


def _get_kwargs(
    id: str,
    example_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/automations/{id}/examples/{example_id}".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExample | None:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if response.status_code == 204:
        return None

    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetExample.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    example_id: str,
) -> Request[DatasetExample | None]:
    """Prepare `DELETE /v1/automations/{id}/examples/{exampleId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
        ),
    )

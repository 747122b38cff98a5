"""`PATCH /v1/automations/{id}/examples/{exampleId}/expected/{path}` (automations.examples.expected.file.update): Rename expected file.

Called by ``client.automations.examples.expected_file.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_example_expected_file_rename_request import DatasetExampleExpectedFileRenameRequest
from ...models.dataset_example_expected_file_rename_response import DatasetExampleExpectedFileRenameResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.expected.file.update"
SDK_METHODS = ("automations.examples.expected_file.update",)


def _get_kwargs(
    id: str,
    example_id: str,
    path: str,
    *,
    body: DatasetExampleExpectedFileRenameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/automations/{id}/examples/{example_id}/expected/{path}".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
            path=quote(str(path), safe="/"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExampleExpectedFileRenameResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetExampleExpectedFileRenameResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    example_id: str,
    path: str,
    *,
    body: DatasetExampleExpectedFileRenameRequest,
) -> Request[DatasetExampleExpectedFileRenameResponse]:
    """Prepare `PATCH /v1/automations/{id}/examples/{exampleId}/expected/{path}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
            path=path,
            body=body,
        ),
    )

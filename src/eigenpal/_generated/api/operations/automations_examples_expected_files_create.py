"""`POST /v1/automations/{id}/examples/{exampleId}/expected` (automations.examples.expected.files.create): Upload expected files.

Called by ``client.automations.examples.expected_files.create``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dataset_example_expected_file_upload_request import DatasetExampleExpectedFileUploadRequest
from ...models.dataset_example_expected_file_upload_response import DatasetExampleExpectedFileUploadResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.examples.expected.files.create"
SDK_METHODS = ("automations.examples.expected_files.create",)


def _get_kwargs(
    id: str,
    example_id: str,
    *,
    body: DatasetExampleExpectedFileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/examples/{example_id}/expected".format(
            id=quote(str(id), safe=""),
            example_id=quote(str(example_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExampleExpectedFileUploadResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = DatasetExampleExpectedFileUploadResponse.from_dict(parse_json(response))

    return response_201


def request(
    id: str,
    example_id: str,
    *,
    body: DatasetExampleExpectedFileUploadRequest,
) -> Request[DatasetExampleExpectedFileUploadResponse]:
    """Prepare `POST /v1/automations/{id}/examples/{exampleId}/expected` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            example_id=example_id,
            body=body,
        ),
    )

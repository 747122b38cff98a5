"""`POST /v1/automations/{id}/dataset/import` (automations.dataset.import): Import automation dataset.

Called by ``client.automations.dataset.import_``.
"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automation_dataset_import_multipart_request import AutomationDatasetImportMultipartRequest
from ...models.dataset_import_append_response import DatasetImportAppendResponse
from ...models.dataset_import_replace_response import DatasetImportReplaceResponse
from ...types import Request, best_match, parse_json

OPERATION_ID = "automations.dataset.import"
SDK_METHODS = ("automations.dataset.import_",)


def _get_kwargs(
    id: str,
    *,
    body: AutomationDatasetImportMultipartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/dataset/import".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetImportAppendResponse | DatasetImportReplaceResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(data: object) -> DatasetImportAppendResponse | DatasetImportReplaceResponse:
        if isinstance(data, dict):
            member = best_match(
                (
                    DatasetImportAppendResponse,
                    DatasetImportReplaceResponse,
                ),
                data,
                "response_200",
            )
            if member == 0:
                return DatasetImportAppendResponse.from_dict(data)
            return DatasetImportReplaceResponse.from_dict(data)
        return cast(DatasetImportAppendResponse | DatasetImportReplaceResponse, data)

    response_200 = _parse_response_200(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: AutomationDatasetImportMultipartRequest,
) -> Request[DatasetImportAppendResponse | DatasetImportReplaceResponse]:
    """Prepare `POST /v1/automations/{id}/dataset/import` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

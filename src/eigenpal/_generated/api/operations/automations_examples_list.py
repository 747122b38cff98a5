"""`GET /v1/automations/{id}/examples` (automations.examples.list): List dataset examples.

Called by ``client.automations.examples.list``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automations_examples_list_include import AutomationsExamplesListInclude
from ...models.dataset_example_list import DatasetExampleList
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.examples.list"
SDK_METHODS = ("automations.examples.list",)


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: AutomationsExamplesListInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/examples".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DatasetExampleList:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DatasetExampleList.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: AutomationsExamplesListInclude | Unset = UNSET,
) -> Request[DatasetExampleList]:
    """Prepare `GET /v1/automations/{id}/examples` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
            include=include,
        ),
    )

"""`GET /v1/models` (models.list): List models.

Called by ``client.models.list``.
"""

from typing import Any

import httpx

from ... import errors
from ...models.list_models_response import ListModelsResponse
from ...models.models_list_capability import ModelsListCapability
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "models.list"
SDK_METHODS = ("models.list",)


def _get_kwargs(
    *,
    capability: ModelsListCapability | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_capability: str | Unset = UNSET
    if not isinstance(capability, Unset):
        json_capability = capability.value

    params["capability"] = json_capability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListModelsResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ListModelsResponse.from_dict(parse_json(response))

    return response_200


def request(
    *,
    capability: ModelsListCapability | Unset = UNSET,
) -> Request[ListModelsResponse]:
    """Prepare `GET /v1/models` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            capability=capability,
        ),
    )

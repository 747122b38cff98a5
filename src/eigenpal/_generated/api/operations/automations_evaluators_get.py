"""`GET /api/v1/automations/{id}/evaluators` (automations.evaluators.get): Get evaluators.

Called by ``client.automations.evaluators.get``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.evaluator_config_response import EvaluatorConfigResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.evaluators.get"
SDK_METHODS = ("automations.evaluators.get",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/automations/{id}/evaluators".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EvaluatorConfigResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EvaluatorConfigResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[EvaluatorConfigResponse]:
    """Prepare `GET /api/v1/automations/{id}/evaluators` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

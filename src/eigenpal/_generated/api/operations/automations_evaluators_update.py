"""`PUT /api/v1/automations/{id}/evaluators` (automations.evaluators.update): Replace evaluators.

Called by ``client.automations.evaluators.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
from ...models.evaluator_config_response import EvaluatorConfigResponse
from ...models.evaluator_config_update import EvaluatorConfigUpdate
from ...types import Request, parse_json

OPERATION_ID = "automations.evaluators.update"
SDK_METHODS = ("automations.evaluators.update",)


def _get_kwargs(
    id: str,
    *,
    body: EvaluatorConfigUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/automations/{id}/evaluators".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EvaluatorConfigResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EvaluatorConfigResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: EvaluatorConfigUpdate,
) -> Request[EvaluatorConfigResponse]:
    """Prepare `PUT /api/v1/automations/{id}/evaluators` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )


def sync(
    id: str,
    *,
    client: SyncSender,
    body: EvaluatorConfigUpdate,
) -> EvaluatorConfigResponse:
    """Replace evaluators

     Replace the evaluator YAML. The service validates it first (an invalid document answers 400 naming
    the problem); the new evaluators score future experiments.

    Args:
        id (str): Automation id or typed alias.
        body (EvaluatorConfigUpdate): New evaluator YAML for an automation; validated before it
            replaces the current configuration.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        EvaluatorConfigResponse
    """

    return client.send(
        request(
            id=id,
            body=body,
        )
    )


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    body: EvaluatorConfigUpdate,
) -> EvaluatorConfigResponse:
    """Replace evaluators

     Replace the evaluator YAML. The service validates it first (an invalid document answers 400 naming
    the problem); the new evaluators score future experiments.

    Args:
        id (str): Automation id or typed alias.
        body (EvaluatorConfigUpdate): New evaluator YAML for an automation; validated before it
            replaces the current configuration.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        EvaluatorConfigResponse
    """

    return await client.send(
        request(
            id=id,
            body=body,
        )
    )

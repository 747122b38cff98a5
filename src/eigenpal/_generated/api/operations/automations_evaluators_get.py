"""`GET /v1/automations/{id}/evaluators` (automations.evaluators.get): Get evaluators.

Called by ``client.automations.evaluators.get``.
"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.agent_evaluator_config_response import AgentEvaluatorConfigResponse
from ...models.workflow_evaluator_config_response import WorkflowEvaluatorConfigResponse
from ...types import UNSET, Request, Unset, best_match, parse_json

OPERATION_ID = "automations.evaluators.get"
SDK_METHODS = ("automations.evaluators.get",)


def _get_kwargs(
    id: str,
    *,
    source_ref: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sourceRef"] = source_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/evaluators".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(data: object) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse:
        if isinstance(data, dict):
            member = best_match(
                (
                    WorkflowEvaluatorConfigResponse,
                    AgentEvaluatorConfigResponse,
                ),
                data,
                "response_200",
            )
            if member == 0:
                return WorkflowEvaluatorConfigResponse.from_dict(data)
            return AgentEvaluatorConfigResponse.from_dict(data)
        return cast(AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse, data)

    response_200 = _parse_response_200(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    source_ref: str | Unset = UNSET,
) -> Request[AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse]:
    """Prepare `GET /v1/automations/{id}/evaluators` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            source_ref=source_ref,
        ),
    )

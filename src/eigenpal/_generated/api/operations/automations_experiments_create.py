"""`POST /v1/automations/{id}/experiments` (automations.experiments.create): Create experiment.

Called by ``client.automations.experiments.create``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.experiment_create import ExperimentCreate
from ...models.experiment_create_response import ExperimentCreateResponse
from ...types import Request, parse_json

OPERATION_ID = "automations.experiments.create"
SDK_METHODS = ("automations.experiments.create",)


def _get_kwargs(
    id: str,
    *,
    body: ExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/experiments".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ExperimentCreateResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_202 = ExperimentCreateResponse.from_dict(parse_json(response))

    return response_202


def request(
    id: str,
    *,
    body: ExperimentCreate,
) -> Request[ExperimentCreateResponse]:
    """Prepare `POST /v1/automations/{id}/experiments` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

"""`POST /v1/automations/{id}/experiments/{experimentId}/cancel` (automations.experiments.cancel): Cancel experiment.

Called by ``client.automations.experiments.cancel``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.experiment_detail import ExperimentDetail
from ...types import Request, parse_json

OPERATION_ID = "automations.experiments.cancel"
SDK_METHODS = ("automations.experiments.cancel",)


def _get_kwargs(
    id: str,
    experiment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/experiments/{experiment_id}/cancel".format(
            id=quote(str(id), safe=""),
            experiment_id=quote(str(experiment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ExperimentDetail:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ExperimentDetail.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    experiment_id: str,
) -> Request[ExperimentDetail]:
    """Prepare `POST /v1/automations/{id}/experiments/{experimentId}/cancel` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            experiment_id=experiment_id,
        ),
    )

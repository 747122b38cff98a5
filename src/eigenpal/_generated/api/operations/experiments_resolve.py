"""`GET /v1/experiments/{experimentId}` (experiments.resolve): Resolve experiment by id.

Called by ``client.experiments.resolve``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.experiment_ref import ExperimentRef
from ...types import Request, parse_json

OPERATION_ID = "experiments.resolve"
SDK_METHODS = ("experiments.resolve",)


def _get_kwargs(
    experiment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/experiments/{experiment_id}".format(
            experiment_id=quote(str(experiment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ExperimentRef:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ExperimentRef.from_dict(parse_json(response))

    return response_200


def request(
    experiment_id: str,
) -> Request[ExperimentRef]:
    """Prepare `GET /v1/experiments/{experimentId}` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            experiment_id=experiment_id,
        ),
    )

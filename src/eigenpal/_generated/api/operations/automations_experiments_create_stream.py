"""`POST /v1/automations/{id}/experiments/stream` (automations.experiments.createStream): Create automation experiment with NDJSON progress.

Called by ``client.automations.experiments.create_stream``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.experiment_create import ExperimentCreate
from ...types import Request

OPERATION_ID = "automations.experiments.createStream"
SDK_METHODS = ("automations.experiments.create_stream",)


def _get_kwargs(
    id: str,
    *,
    body: ExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/automations/{id}/experiments/stream".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = response.text
    return response_200


def request(
    id: str,
    *,
    body: ExperimentCreate,
) -> Request[str]:
    """Prepare `POST /v1/automations/{id}/experiments/stream` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="ndjson",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

"""`GET /v1/automations/{id}/experiments/{experimentId}/export` (automations.experiments.export): Export experiment eval results.

Called by ``client.automations.experiments.export``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automations_experiments_export_format import AutomationsExperimentsExportFormat
from ...types import UNSET, Request, Unset

OPERATION_ID = "automations.experiments.export"
SDK_METHODS = ("automations.experiments.export",)


def _get_kwargs(
    id: str,
    experiment_id: str,
    *,
    format_: AutomationsExperimentsExportFormat = AutomationsExperimentsExportFormat.CSV,
    include_trace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_ = format_.value
    params["format"] = json_format_

    params["includeTrace"] = include_trace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/experiments/{experiment_id}/export".format(
            id=quote(str(id), safe=""),
            experiment_id=quote(str(experiment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = response.text
    return response_200


def request(
    id: str,
    experiment_id: str,
    *,
    format_: AutomationsExperimentsExportFormat = AutomationsExperimentsExportFormat.CSV,
    include_trace: str | Unset = UNSET,
) -> Request[str]:
    """Prepare `GET /v1/automations/{id}/experiments/{experimentId}/export` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="text",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            experiment_id=experiment_id,
            format_=format_,
            include_trace=include_trace,
        ),
    )

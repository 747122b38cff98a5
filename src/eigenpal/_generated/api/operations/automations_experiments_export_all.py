"""`GET /v1/automations/{id}/experiments/export` (automations.experiments.exportAll): Export all experiment eval results.

Called by ``client.automations.experiments.export_all``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.automations_experiments_export_all_format import AutomationsExperimentsExportAllFormat
from ...types import UNSET, Request

OPERATION_ID = "automations.experiments.exportAll"
SDK_METHODS = ("automations.experiments.export_all",)


def _get_kwargs(
    id: str,
    *,
    format_: AutomationsExperimentsExportAllFormat = AutomationsExperimentsExportAllFormat.CSV,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_ = format_.value
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/experiments/export".format(
            id=quote(str(id), safe=""),
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
    *,
    format_: AutomationsExperimentsExportAllFormat = AutomationsExperimentsExportAllFormat.CSV,
) -> Request[str]:
    """Prepare `GET /v1/automations/{id}/experiments/export` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="text",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            format_=format_,
        ),
    )

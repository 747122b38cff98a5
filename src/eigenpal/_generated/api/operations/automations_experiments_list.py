"""`GET /v1/automations/{id}/experiments` (automations.experiments.list): List experiments.

Called by ``client.automations.experiments.list``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.experiment_list import ExperimentList
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "automations.experiments.list"
SDK_METHODS = ("automations.experiments.list",)


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/automations/{id}/experiments".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ExperimentList:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ExperimentList.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
) -> Request[ExperimentList]:
    """Prepare `GET /v1/automations/{id}/experiments` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
            from_date=from_date,
            to_date=to_date,
        ),
    )

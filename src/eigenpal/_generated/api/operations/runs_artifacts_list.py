"""`GET /v1/runs/{id}/artifacts` (runs.artifacts.list): List run artifacts.

Called by ``client.runs.artifacts.list``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_artifacts_response import RunArtifactsResponse
from ...models.runs_artifacts_list_bundle import RunsArtifactsListBundle
from ...models.runs_artifacts_list_zip import RunsArtifactsListZip
from ...types import UNSET, Request, Unset, parse_json

OPERATION_ID = "runs.artifacts.list"
SDK_METHODS = ("runs.artifacts.list",)


def _get_kwargs(
    id: str,
    *,
    zip_: RunsArtifactsListZip | Unset = UNSET,
    bundle: RunsArtifactsListBundle | Unset = UNSET,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_zip_: str | Unset = UNSET
    if not isinstance(zip_, Unset):
        json_zip_ = zip_.value

    params["zip"] = json_zip_

    json_bundle: str | Unset = UNSET
    if not isinstance(bundle, Unset):
        json_bundle = bundle.value

    params["bundle"] = json_bundle

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{id}/artifacts".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunArtifactsResponse:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunArtifactsResponse.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    zip_: RunsArtifactsListZip | Unset = UNSET,
    bundle: RunsArtifactsListBundle | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Request[RunArtifactsResponse]:
    """Prepare `GET /v1/runs/{id}/artifacts` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            zip_=zip_,
            bundle=bundle,
            token=token,
        ),
    )

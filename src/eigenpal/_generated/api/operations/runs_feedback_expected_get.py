"""`GET /api/v1/runs/{id}/feedback/expected` (runs.feedback.expected.get): Get expected output.

Called by ``client.runs.feedback.list_expected``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_expected_artifacts import RunExpectedArtifacts
from ...types import Request, parse_json

OPERATION_ID = "runs.feedback.expected.get"
SDK_METHODS = ("runs.feedback.list_expected",)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{id}/feedback/expected".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RunExpectedArtifacts:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunExpectedArtifacts.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
) -> Request[RunExpectedArtifacts]:
    """Prepare `GET /api/v1/runs/{id}/feedback/expected` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
        ),
    )

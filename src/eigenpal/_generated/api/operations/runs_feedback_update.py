"""`PUT /api/v1/runs/{id}/feedback` (runs.feedback.update): Update run feedback.

Called by ``client.runs.feedback.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.run_feedback_detail import RunFeedbackDetail
from ...models.run_feedback_request import RunFeedbackRequest
from ...types import Request, parse_json

OPERATION_ID = "runs.feedback.update"
SDK_METHODS = ("runs.feedback.update",)


def _get_kwargs(
    id: str,
    *,
    body: RunFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/runs/{id}/feedback".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RunFeedbackDetail:
    """Parse a 2xx answer. A 2xx the spec does not list is parsed as the first documented one."""
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RunFeedbackDetail.from_dict(parse_json(response))

    return response_200


def request(
    id: str,
    *,
    body: RunFeedbackRequest,
) -> Request[RunFeedbackDetail]:
    """Prepare `PUT /api/v1/runs/{id}/feedback` for the runtime to send."""
    return Request(
        operation_id=OPERATION_ID,
        response_kind="json",
        parse=_parse_response,
        **_get_kwargs(
            id=id,
            body=body,
        ),
    )

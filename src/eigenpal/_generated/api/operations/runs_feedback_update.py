"""`PUT /api/v1/runs/{id}/feedback` (runs.feedback.update): Update run feedback.

Called by ``client.runs.feedback.update``.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncSender, SyncSender
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


def sync(
    id: str,
    *,
    client: SyncSender,
    body: RunFeedbackRequest,
) -> RunFeedbackDetail:
    """Update run feedback

     Change some feedback fields: the verdict `rating` (pass, fail, partial), the review `status` (open,
    resolved, ignored), the note `body` and the corrected `expected` output. Fields you leave out are
    kept; `null` clears one.

    Args:
        id (str): Run id.
        body (RunFeedbackRequest): A partial update of a run's human feedback: omitted fields are
            unchanged, `null` clears a field.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        RunFeedbackDetail
    """

    return client.send(
        request(
            id=id,
            body=body,
        )
    )


async def asyncio(
    id: str,
    *,
    client: AsyncSender,
    body: RunFeedbackRequest,
) -> RunFeedbackDetail:
    """Update run feedback

     Change some feedback fields: the verdict `rating` (pass, fail, partial), the review `status` (open,
    resolved, ignored), the note `body` and the corrected `expected` output. Fields you leave out are
    kept; `null` clears one.

    Args:
        id (str): Run id.
        body (RunFeedbackRequest): A partial update of a run's human feedback: omitted fields are
            unchanged, `null` clears a field.

    Raises:
        eigenpal.EigenpalError: (from the SDK runtime) on an error status, a timeout or a connection failure.

    Returns:
        RunFeedbackDetail
    """

    return await client.send(
        request(
            id=id,
            body=body,
        )
    )

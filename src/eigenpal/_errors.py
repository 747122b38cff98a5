"""The exceptions of the SDK: one class per failure a caller may want to handle differently.

Every exception is an ``EigenpalError``. Errors from the API carry the HTTP ``status``, the
``request_id`` (from the error envelope or the ``x-request-id`` header), the raw ``envelope`` and its
``issues``; a 429 or 503 also carries ``retry_after`` in seconds. Messages never contain the API key.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._redact import redact_url

if TYPE_CHECKING:
    from ._answer import Answer
    from ._generated.models import ApiErrorIssue
    from ._responses import RawResponse

REQUEST_ID_HEADER = "x-request-id"
_SECONDS = re.compile(r"[0-9]{1,9}(\.[0-9]{1,6})?")


class EigenpalError(Exception):
    """Base class of every error the SDK raises."""

    status: int | None = None
    request_id: str | None = None
    envelope: dict[str, Any] | None = None
    retry_after: float | None = None
    response: RawResponse | None = None
    """The answer of an API error: status, headers, request id, method and URL (``None`` for other errors)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        envelope: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.request_id = request_id
        self.envelope = envelope
        self.retry_after = retry_after

    @property
    def issues(self) -> list[ApiErrorIssue]:
        """The envelope's issues as models (``field``, ``message``, ``code``, ``severity``)."""
        from ._generated.models import ApiErrorIssue

        raw = (self.envelope or {}).get("issues")
        return (
            [ApiErrorIssue.from_dict(issue) for issue in raw if isinstance(issue, Mapping)]
            if isinstance(raw, list)
            else []
        )

    @property
    def codes(self) -> list[str]:
        """The issue codes, such as ``api_trigger_disabled``."""
        return [str(issue.code) for issue in self.issues]

    def has_code(self, code: str) -> bool:
        """Whether any issue carries ``code``: ``except EigenpalForbiddenError as e: if e.has_code("api_trigger_disabled")``."""
        return code in self.codes


class EigenpalUsageError(EigenpalError, ValueError):
    """An argument is invalid; raised before any request is sent. The message names the argument and the fix."""


class EigenpalAPIError(EigenpalError):
    """The API answered with an error status. Statuses without a class of their own (409, 413, 422, …) raise this."""


class EigenpalValidationError(EigenpalAPIError):
    """400: the request failed validation; ``issues`` names each field."""


class EigenpalAuthError(EigenpalAPIError):
    """401: the API key is missing, malformed or revoked."""


class EigenpalForbiddenError(EigenpalAPIError):
    """403: not allowed, for example ``api_trigger_disabled`` when the automation's API trigger is off."""


class EigenpalNotFoundError(EigenpalAPIError):
    """404: the resource does not exist or is not visible to this key."""


class EigenpalRateLimitError(EigenpalAPIError):
    """429: too many requests; ``retry_after`` says how many seconds to wait."""


class EigenpalServerError(EigenpalAPIError):
    """5xx: the service (or a proxy in front of it) failed."""


class EigenpalTimeoutError(EigenpalError):
    """A request, or a wait for a run, took longer than allowed. ``run_id`` is set when a run keeps going."""

    def __init__(self, message: str, *, run_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.run_id = run_id


class EigenpalConnectionError(EigenpalError):
    """The service could not be reached (DNS, refused connection, TLS, dropped connection)."""


class EigenpalResponseError(EigenpalError):
    """A 2xx answer that is not what the API sends, such as HTML where JSON was expected (check ``base_url``)."""


class EigenpalResponseTooLargeError(EigenpalResponseError):
    """An answer larger than ``max_response_bytes`` (a JSON body, an error body or one line of a stream).

    Raised as soon as the cap is passed, or before reading when ``Content-Length`` says it will be, and
    never retried: the same request would get the same answer. ``limit`` is the cap in bytes."""

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.limit = limit


class EigenpalWebhookError(EigenpalError):
    """A webhook delivery failed verification: answer it with a 4xx and do not act on it. ``check`` names
    the check that failed (``header``, ``timestamp``, ``signature`` or ``payload``); messages never hold the
    secret."""

    check = "webhook"


class EigenpalWebhookHeaderError(EigenpalWebhookError):
    """A ``webhook-id``, ``webhook-timestamp`` or ``webhook-signature`` header is missing or malformed."""

    check = "header"


class EigenpalWebhookTimestampError(EigenpalWebhookError):
    """The delivery was signed further from now than the tolerance: a replay, or a clock off by that much."""

    check = "timestamp"


class EigenpalWebhookSignatureError(EigenpalWebhookError):
    """No signature of the delivery matches the body under this secret."""

    check = "signature"


class EigenpalWebhookPayloadError(EigenpalWebhookError):
    """The signed body is not an event: not JSON, or without the envelope's fields."""

    check = "payload"


_BY_STATUS: dict[int, type[EigenpalAPIError]] = {
    400: EigenpalValidationError,
    401: EigenpalAuthError,
    403: EigenpalForbiddenError,
    404: EigenpalNotFoundError,
    429: EigenpalRateLimitError,
}


def error_class(status: int) -> type[EigenpalAPIError]:
    """The exception class for an error status."""
    if status >= 500:
        return EigenpalServerError
    return _BY_STATUS.get(status, EigenpalAPIError)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: the RFC 9110 forms, whole seconds (``120``) or an
    HTTP date, plus decimal seconds (``0.5``), which some servers send. Anything else (``1_0``, ``1e3``,
    ``inf``) is ignored and the default backoff applies."""
    if not value:
        return None
    value = value.strip()
    if _SECONDS.fullmatch(value):
        return float(value)
    import email.utils  # only for the rare HTTP-date form; it is costly to import

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _describe_issue(issue: Mapping[str, Any]) -> str:
    field = f"{issue['field']}: " if issue.get("field") else ""
    return f"{field}{issue.get('message')} [{issue.get('code')}]"


def _base_url_hint(response: Answer) -> str:
    """Why an answer that is not the API's likely means a wrong ``base_url``: a redirect (the SDK never
    follows one, so the key never travels elsewhere) names where it points; an HTML page says what it is."""
    if 300 <= response.status_code < 400:
        location = response.headers.get("location")
        where = f" to {redact_url(location)}" if location else ""  # no userinfo or signed query repeated
        return f"; the server redirected{where}, which the SDK does not follow: check base_url (use the final URL)"
    if "html" in response.headers.get("content-type", ""):
        return "; an HTML page, not the API: check base_url (your deployment's URL, without /v1)"
    return ""


def error_from_response(response: Answer) -> EigenpalAPIError:
    """Build the exception for an error response (any non-2xx status, including ones like 520)."""
    status = response.status_code
    envelope: dict[str, Any] | None = None
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to parse: shown as text
        body = None
    if isinstance(body, dict) and isinstance(body.get("issues"), list):
        envelope = body
    request_id = (envelope or {}).get("requestId") or response.headers.get(REQUEST_ID_HEADER)
    reason = response.reason_phrase or "error"
    if envelope:
        details = "; ".join(
            _describe_issue(issue) for issue in envelope["issues"] if isinstance(issue, Mapping)
        )
        if envelope.get("hint"):
            details += f" (hint: {envelope['hint']})"
    else:
        snippet = response.text[:200].strip() if response.content else ""
        details = f"non-JSON error body: {snippet!r}" if snippet else "no error body"
        details += _base_url_hint(response)
    message = f"{status} {reason}: {details}"
    if request_id:
        message += f" (request id {request_id})"
    retry_after = parse_retry_after(response.headers.get("retry-after")) if status in (429, 503) else None
    return error_class(status)(
        message, status=status, request_id=request_id, envelope=envelope, retry_after=retry_after
    )

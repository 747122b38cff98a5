"""``verify``: a delivery's signature checked, then its body read as the typed event the spec declares."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias

from .._errors import EigenpalWebhookPayloadError
from .._generated.models import RunCreatedEvent, RunStatusChangedEvent
from .._generated.types import JSONObject
from .._generated.webhooks import EVENT_MODELS
from ._signature import DEFAULT_TOLERANCE, RawBody, check_signature, check_tolerance, raw_bytes, secret_key


@dataclass(frozen=True)
class UnknownWebhookEvent:
    """An event of a type this SDK version does not know (the service added one): verified, kept whole, so a
    receiver can answer 2xx and skip it instead of making the service retry it forever."""

    id: str
    type: str
    body: JSONObject


WebhookEvent: TypeAlias = RunCreatedEvent | RunStatusChangedEvent | UnknownWebhookEvent
"""What ``verify`` returns: a model of ``openapi.yaml``'s ``webhooks:``, or an unknown event kept whole."""


def verify(
    body: RawBody,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """The event of one delivery, once its signature and timestamp check out.

    ``body`` is the raw request body (bytes as received: a body parsed and serialised again fails), ``headers``
    the request's headers (any mapping, any case), ``secret`` the endpoint's ``whsec_…`` secret (the prefix
    is optional). A timestamp more than ``tolerance`` seconds from ``now`` (default: the clock) fails;
    ``tolerance=None`` skips that check, for a saved payload. Raises an ``EigenpalWebhookError`` whose class
    and ``check`` name the failed check; answer it with a 400."""
    key, window, data = secret_key(secret), check_tolerance(tolerance), raw_bytes(body)
    check_signature(data, headers, key, tolerance=window, now=now)
    return parse_event(data)


def parse_event(body: bytes) -> WebhookEvent:
    """The typed event a verified body holds."""
    try:
        document = json.loads(body, object_hook=JSONObject)
    except (ValueError, RecursionError):
        raise EigenpalWebhookPayloadError(f"the body is not JSON: {body[:80]!r}") from None
    if not isinstance(document, JSONObject) or not all(
        isinstance(document.get(k), str) for k in ("id", "type")
    ):
        raise EigenpalWebhookPayloadError("the body is not an event: a JSON object with a string id and type")
    model = EVENT_MODELS.get(document["type"])
    if model is None:
        return UnknownWebhookEvent(id=document["id"], type=document["type"], body=document)
    if not isinstance(document.get("data"), dict) or not isinstance(document["data"].get("run"), dict):
        raise EigenpalWebhookPayloadError(f"a {document['type']} event without data.run")
    try:
        return model.from_dict(document)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise EigenpalWebhookPayloadError(f"a {document['type']} event that does not read: {exc}") from None

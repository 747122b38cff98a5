"""Standard Webhooks signatures: the HMAC-SHA256 of ``<webhook-id>.<webhook-timestamp>.<raw body>``.

The key is the endpoint secret's base64 payload (``whsec_`` prefix optional). A ``webhook-signature``
header holds one or more ``v1,<signature>`` entries separated by spaces. Eigenpal's guide writes the
signature as hex, the Standard Webhooks specification as base64: both encodings of the same MAC verify.
Entries of other versions are skipped, as the specification asks; each MAC is compared in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import time
from collections.abc import Mapping
from typing import Literal, TypeAlias

from .._errors import (
    EigenpalUsageError,
    EigenpalWebhookHeaderError,
    EigenpalWebhookSignatureError,
    EigenpalWebhookTimestampError,
)
from .._generated.webhooks import SIGNATURE_HEADERS

SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE = 300.0
"""Seconds a delivery's timestamp may be from now, either way, as the service's guide asks."""
ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = SIGNATURE_HEADERS
_HEX_MAC = re.compile(r"[0-9a-fA-F]{64}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")

RawBody: TypeAlias = bytes | bytearray | memoryview | str
"""A delivery's body as received: bytes, or text taken as UTF-8."""


def secret_key(secret: str | bytes) -> bytes:
    """The HMAC key of ``secret``: a ``whsec_…`` string (prefix optional) is base64; bytes are the key."""
    if isinstance(secret, (bytes, bytearray)):
        key = bytes(secret)
    elif isinstance(secret, str):
        encoded = secret.strip().removeprefix(SECRET_PREFIX)
        try:
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except (binascii.Error, ValueError):
            raise EigenpalUsageError(
                "secret: not a webhook signing secret (whsec_ followed by base64); copy it from Studio → Webhooks"
            ) from None
    else:
        raise EigenpalUsageError(f"secret: expected the whsec_… string, got {type(secret).__name__}")
    if not key:
        raise EigenpalUsageError("secret: empty; pass the endpoint's whsec_… signing secret")
    return key


def mac(key: bytes, event_id: str, timestamp: int, body: bytes) -> bytes:
    """The MAC of one delivery."""
    return hmac.new(key, b"%s.%d.%s" % (event_id.encode(), timestamp, body), hashlib.sha256).digest()


def sign(
    body: RawBody,
    secret: str | bytes,
    *,
    event_id: str,
    timestamp: int | None = None,
    encoding: Literal["base64", "hex"] = "base64",
) -> dict[str, str]:
    """The three headers that sign ``body`` as the service does (``timestamp`` defaults to now): for a test
    that sends a receiver a delivery, or a service of your own that sends Eigenpal-shaped events."""
    if encoding not in ("base64", "hex"):
        raise EigenpalUsageError(f"encoding: expected 'base64' or 'hex', got {encoding!r}")
    if not isinstance(event_id, str) or not event_id or any(c in event_id for c in ". \r\n"):
        raise EigenpalUsageError(
            "event_id: a non-empty id without dots, spaces or line breaks, such as whev_…"
        )
    stamp = int(time.time()) if timestamp is None else _whole_seconds(timestamp)
    digest = mac(secret_key(secret), event_id, stamp, raw_bytes(body))
    text = digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()
    return {ID_HEADER: event_id, TIMESTAMP_HEADER: str(stamp), SIGNATURE_HEADER: f"v1,{text}"}


def check_signature(
    body: bytes, headers: Mapping[str, str], key: bytes, *, tolerance: float | None, now: float | None
) -> str:
    """Check one delivery's headers and signature; return its ``webhook-id``. Raises the
    ``EigenpalWebhookError`` naming the first check that fails, in the order the specification gives."""
    found = _lower(headers)
    missing = [name for name in SIGNATURE_HEADERS if not found.get(name)]
    if missing:
        raise EigenpalWebhookHeaderError(
            f"missing header {', '.join(missing)}: a webhook delivery carries {', '.join(SIGNATURE_HEADERS)}; "
            "pass the request's headers as received"
        )
    event_id, stamp, signatures = (found[name] for name in SIGNATURE_HEADERS)
    if not _TIMESTAMP.fullmatch(stamp.strip()):
        raise EigenpalWebhookHeaderError(f"{TIMESTAMP_HEADER} is not Unix seconds: {stamp[:40]!r}")
    timestamp = int(stamp)
    if tolerance is not None:
        age = (time.time() if now is None else now) - timestamp
        if age > tolerance:
            raise EigenpalWebhookTimestampError(
                f"{TIMESTAMP_HEADER} is {age:.0f} s old, beyond the tolerance of {tolerance:g} s: a replay, or "
                "a delivery held that long; a saved payload verifies with tolerance=None"
            )
        if -age > tolerance:
            raise EigenpalWebhookTimestampError(
                f"{TIMESTAMP_HEADER} is {-age:.0f} s in the future, beyond the tolerance of {tolerance:g} s: "
                "check this machine's clock"
            )
    candidates = [entry[3:] for entry in signatures.split() if entry.startswith("v1,")]
    if not candidates:
        raise EigenpalWebhookHeaderError(f"{SIGNATURE_HEADER} has no v1,<signature> entry")
    expected = mac(key, event_id, timestamp, body)
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, _decode(candidate))
    if not matched:
        raise EigenpalWebhookSignatureError(
            f"no signature in {SIGNATURE_HEADER} matches the body under this secret: check the endpoint's "
            "secret, and pass the raw request body, not one parsed and serialised again"
        )
    return event_id


def check_tolerance(tolerance: float | None) -> float | None:
    """``tolerance`` itself, or the usage error that names it."""
    if tolerance is None:
        return None
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not math.isfinite(tolerance):
        raise EigenpalUsageError(
            f"tolerance: seconds as a number, or None to skip the check; got {tolerance!r}"
        )
    if tolerance < 0:
        raise EigenpalUsageError(f"tolerance: seconds, at least 0; got {tolerance!r}")
    return float(tolerance)


def raw_bytes(body: RawBody) -> bytes:
    """The bytes of ``body``; text is taken as UTF-8."""
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise EigenpalUsageError(
        f"body: the raw request body as bytes (await request.body() / await request.read()), got "
        f"{type(body).__name__}"
    )


def _decode(signature: str) -> bytes:
    """The MAC bytes a hex or base64 signature spells; bytes that match nothing when it spells neither."""
    if _HEX_MAC.fullmatch(signature):
        return bytes.fromhex(signature)
    if _BASE64.fullmatch(signature):
        try:
            return base64.b64decode(signature, validate=True)
        except binascii.Error:
            pass
    return b""


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    """The signature headers of any mapping (dict, Starlette, aiohttp, httpx), found whatever their case."""
    if not isinstance(headers, Mapping):
        raise EigenpalUsageError(f"headers: the request's headers as a mapping, got {type(headers).__name__}")
    return {
        str(name).lower(): str(value)
        for name, value in headers.items()
        if str(name).lower() in SIGNATURE_HEADERS
    }


def _whole_seconds(timestamp: int) -> int:
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise EigenpalUsageError(f"timestamp: whole Unix seconds, got {timestamp!r}")
    return timestamp

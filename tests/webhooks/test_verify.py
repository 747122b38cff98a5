"""``eigenpal.webhooks.verify`` and ``sign`` against the Standard Webhooks reference implementation
(``standardwebhooks``), both ways: what one signs the other verifies, and both refuse the same deliveries.
Where we differ on purpose: a hex signature (Eigenpal's guide writes hex) verifies with us, not with it."""

from __future__ import annotations

import base64
import contextlib
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
import standardwebhooks
from hypothesis import given, settings
from hypothesis import strategies as st
from multidict import CIMultiDict
from starlette.datastructures import Headers

from eigenpal import EigenpalError, EigenpalUsageError, webhooks
from eigenpal.webhooks import (
    EigenpalWebhookHeaderError,
    EigenpalWebhookPayloadError,
    EigenpalWebhookSignatureError,
    EigenpalWebhookTimestampError,
    RunCreatedEvent,
    RunStatusChangedEvent,
    UnknownWebhookEvent,
)
from tests.support.webhooks import KEY_TEXT, SECRET, event_body

OTHER_SECRET = "whsec_" + base64.b64encode(b"someone-else's-secret-000").decode()
BODY = event_body()


def reference_sign(body: bytes, event_id: str, timestamp: int, secret: str = SECRET) -> dict[str, str]:
    """The headers standardwebhooks makes for a delivery."""
    when = datetime.fromtimestamp(timestamp, tz=timezone.utc)
    signature = standardwebhooks.Webhook(secret).sign(event_id, when, body.decode())
    return {"webhook-id": event_id, "webhook-timestamp": str(timestamp), "webhook-signature": signature}


def reference_accepts(body: bytes, headers: dict[str, str], secret: str = SECRET) -> bool:
    try:
        standardwebhooks.Webhook(secret).verify(body, headers, json_parse=False)
    except standardwebhooks.WebhookVerificationError:
        return False
    return True


def to_hex(headers: dict[str, str]) -> dict[str, str]:
    """The same MAC, written as hex as Eigenpal's guide shows it."""
    digest = base64.b64decode(headers["webhook-signature"].removeprefix("v1,"))
    return headers | {"webhook-signature": f"v1,{digest.hex()}"}


Case = Callable[[Callable[..., dict[str, str]], int], tuple[bytes, dict[str, str], str]]
"""A delivery made with a signer at a given time (taken when the test runs, not when it is collected)."""
CASES: dict[str, tuple[Case, type[EigenpalError] | None]] = {
    "valid": (lambda s, now: (BODY, s(BODY, "whev_1", now), SECRET), None),
    "tampered body": (
        lambda s, now: (BODY.replace(b"completed", b"cancelled"), s(BODY, "whev_1", now), SECRET),
        EigenpalWebhookSignatureError,
    ),
    "tampered id": (
        lambda s, now: (BODY, s(BODY, "whev_1", now) | {"webhook-id": "whev_2"}, SECRET),
        EigenpalWebhookSignatureError,
    ),
    "tampered timestamp": (
        lambda s, now: (BODY, s(BODY, "whev_1", now) | {"webhook-timestamp": str(now - 1)}, SECRET),
        EigenpalWebhookSignatureError,
    ),
    "stale": (lambda s, now: (BODY, s(BODY, "whev_1", now - 400), SECRET), EigenpalWebhookTimestampError),
    "future": (lambda s, now: (BODY, s(BODY, "whev_1", now + 400), SECRET), EigenpalWebhookTimestampError),
    "wrong secret": (
        lambda s, now: (BODY, s(BODY, "whev_1", now), OTHER_SECRET),
        EigenpalWebhookSignatureError,
    ),
    "several signatures, one right": (
        lambda s, now: (
            BODY,
            s(BODY, "whev_1", now)
            | {
                "webhook-signature": f"v1,{base64.b64encode(b'x' * 32).decode()} v1a,ignored "
                + s(BODY, "whev_1", now)["webhook-signature"]
            },
            SECRET,
        ),
        None,
    ),
    "several signatures, none right": (
        lambda s, now: (
            BODY,
            s(BODY, "whev_1", now)
            | {"webhook-signature": f"v1,{base64.b64encode(b'x' * 32).decode()} v1,AAAA"},
            SECRET,
        ),
        EigenpalWebhookSignatureError,
    ),
    "missing header": (
        lambda s, now: (BODY, {k: v for k, v in s(BODY, "whev_1", now).items() if k != "webhook-id"}, SECRET),
        EigenpalWebhookHeaderError,
    ),
    "secret without its prefix": (lambda s, now: (BODY, s(BODY, "whev_1", now), KEY_TEXT), None),
}


def ours_sign(body: bytes, event_id: str, timestamp: int) -> dict[str, str]:
    return webhooks.sign(body, SECRET, event_id=event_id, timestamp=timestamp)


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
@pytest.mark.parametrize("signer", ["standardwebhooks signs", "we sign"])
def test_we_and_the_reference_agree(case: str, signer: str) -> None:
    make, refusal = CASES[case]
    body, headers, secret = make(
        reference_sign if signer == "standardwebhooks signs" else ours_sign, int(time.time())
    )
    if refusal is None:
        event = webhooks.verify(body, headers, secret)
        assert isinstance(event, RunStatusChangedEvent) and event.data.run.status == "completed"
    else:
        with pytest.raises(refusal) as raised:
            webhooks.verify(body, headers, secret)
        assert raised.value.check in str(type(raised.value).__name__).lower()
    assert reference_accepts(body, headers, secret) is (refusal is None)


@pytest.mark.parametrize("signer", [reference_sign, ours_sign])
def test_a_hex_signature_of_the_same_mac_verifies(signer: Callable[..., dict[str, str]]) -> None:
    """Eigenpal's guide writes the digest as hex, Standard Webhooks as base64: both verify with us. The
    reference accepts base64 only, which is one reason it is not our run-time dependency."""
    now = int(time.time())
    headers = to_hex(signer(BODY, "whev_1", now))
    assert webhooks.verify(BODY, headers, SECRET).id == "whev_1"
    assert webhooks.sign(BODY, SECRET, event_id="whev_1", timestamp=now, encoding="hex") == headers
    assert not reference_accepts(BODY, headers)
    tampered = headers["webhook-signature"][:-1] + ("0" if headers["webhook-signature"][-1] != "0" else "1")
    with pytest.raises(EigenpalWebhookSignatureError):
        webhooks.verify(BODY, headers | {"webhook-signature": tampered}, SECRET)


@given(
    body=st.text(max_size=300),
    event_id=st.from_regex(r"whev_[A-Za-z0-9_-]{1,30}", fullmatch=True),
    skew=st.integers(-250, 250),
    key=st.binary(min_size=1, max_size=64),
)
@settings(max_examples=150, deadline=None)
def test_any_delivery_one_signs_the_other_verifies(body: str, event_id: str, skew: int, key: bytes) -> None:
    secret = "whsec_" + base64.b64encode(key).decode()
    raw, stamp = body.encode(), int(time.time()) + skew
    ours = webhooks.sign(raw, secret, event_id=event_id, timestamp=stamp)
    assert ours == reference_sign(raw, event_id, stamp, secret)
    assert reference_accepts(raw, ours, secret)
    with contextlib.suppress(EigenpalWebhookPayloadError):  # the signature held; the text may be no event
        webhooks.verify(raw, ours, secret)


@given(
    headers=st.dictionaries(
        st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature", "Webhook-Signature", "x"]),
        st.text(max_size=120),
    ),
    body=st.binary(max_size=200),
)
@settings(max_examples=300, deadline=None)
def test_garbage_headers_raise_our_errors_only(headers: dict[str, str], body: bytes) -> None:
    with pytest.raises(webhooks.EigenpalWebhookError) as raised:
        webhooks.verify(body, headers, SECRET)
    assert KEY_TEXT not in str(raised.value)


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_secret_is_never_in_an_error(case: str) -> None:
    make, refusal = CASES[case]
    body, headers, secret = make(ours_sign, int(time.time()))
    if refusal is None:
        return
    with pytest.raises(refusal) as raised:
        webhooks.verify(body, headers, secret)
    key = base64.b64decode(secret.removeprefix("whsec_"))
    for text in (str(raised.value), repr(raised.value), repr(raised.value.args)):
        assert secret.removeprefix("whsec_") not in text and key.hex() not in text and repr(key) not in text


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"secret": "whsec_not*base64!"}, "secret"),
        ({"secret": ""}, "secret"),
        ({"secret": 42}, "secret"),
        ({"tolerance": -1}, "tolerance"),
        ({"tolerance": float("nan")}, "tolerance"),
        ({"tolerance": "300"}, "tolerance"),
        ({"body": {"id": "whev_1"}}, "body"),
        ({"headers": [("webhook-id", "whev_1")]}, "headers"),
    ],
)
def test_bad_arguments_name_themselves(arguments: dict[str, Any], named: str) -> None:
    call: dict[str, Any] = {
        "body": BODY,
        "headers": ours_sign(BODY, "whev_1", int(time.time())),
        "secret": SECRET,
    }
    with pytest.raises(EigenpalUsageError, match=f"^{named}:") as raised:
        webhooks.verify(**(call | arguments))
    assert "not*base64" not in str(raised.value)


def test_an_invalid_secret_is_never_echoed() -> None:
    with pytest.raises(EigenpalUsageError) as raised:
        webhooks.verify(BODY, {}, "whsec_sekret-with-a-typo!")
    assert "sekret" not in str(raised.value)


@pytest.mark.parametrize(
    "make",
    [dict, Headers, CIMultiDict, httpx.Headers],
    ids=["dict", "starlette", "aiohttp", "httpx"],
)
def test_headers_of_any_framework_in_any_case(make: Callable[[Any], Any]) -> None:
    signed = {name.title(): value for name, value in ours_sign(BODY, "whev_1", int(time.time())).items()}
    headers = make(signed) if make is not Headers else Headers(headers=signed)
    assert webhooks.verify(BODY, headers, SECRET).id == "whev_1"


def test_the_tolerance_is_inclusive_and_none_skips_it() -> None:
    headers = ours_sign(BODY, "whev_1", 1_000)
    assert webhooks.verify(BODY, headers, SECRET, now=1_300).id == "whev_1"
    assert webhooks.verify(BODY, headers, SECRET, now=700, tolerance=300).id == "whev_1"
    with pytest.raises(EigenpalWebhookTimestampError, match="301 s old"):
        webhooks.verify(BODY, headers, SECRET, now=1_301)
    with pytest.raises(EigenpalWebhookTimestampError, match="future"):
        webhooks.verify(BODY, headers, SECRET, now=699)
    assert webhooks.verify(BODY, headers, SECRET, tolerance=None).id == "whev_1"  # a saved payload


@pytest.mark.parametrize(
    ("timestamp", "signature"),
    [("12.5", "v1,AAAA"), ("-5", "v1,AAAA"), ("soon", "v1,AAAA"), ("now", "v2,AAAA"), ("now", "AAAA")],
)
def test_malformed_headers_are_header_errors(timestamp: str, signature: str) -> None:
    timestamp = str(int(time.time())) if timestamp == "now" else timestamp
    headers = {"webhook-id": "whev_1", "webhook-timestamp": timestamp, "webhook-signature": signature}
    with pytest.raises(EigenpalWebhookHeaderError):
        webhooks.verify(BODY, headers, SECRET)


def signed(body: bytes) -> dict[str, str]:
    return ours_sign(body, "whev_1", int(time.time()))


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"type": "run.created"}',
        b'{"id": "whev_1", "type": "run.created", "data": 3}',
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested past the recursion limit"),
    ],
)
def test_a_signed_body_that_is_not_an_event_is_a_payload_error(body: bytes) -> None:
    with pytest.raises(EigenpalWebhookPayloadError):
        webhooks.verify(body, signed(body), SECRET)


def test_each_event_type_reads_as_its_model_and_an_unknown_one_is_kept_whole() -> None:
    created = event_body(status="pending", previous=None)
    event = webhooks.verify(created, signed(created), SECRET)
    assert isinstance(event, RunCreatedEvent) and event.data.run.status == "pending"
    future = b'{"id": "whev_9", "type": "run.deleted", "data": {"run": {"id": "exec_1"}}}'
    unknown = webhooks.verify(future, signed(future), SECRET)
    assert isinstance(unknown, UnknownWebhookEvent) and unknown.type == "run.deleted"
    assert unknown.body.data.run.id == "exec_1"
    assert set(webhooks.EVENT_MODELS) == {"run.created", "run.status_changed"}
    assert webhooks.SIGNATURE_HEADERS == ("webhook-id", "webhook-timestamp", "webhook-signature")


def test_str_bodies_are_taken_as_utf8() -> None:
    body = event_body(note="café")
    assert webhooks.verify(body.decode(), signed(body), SECRET).data.run["note"] == "café"


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"event_id": ""}, "event_id"),
        ({"event_id": "whev.1"}, "event_id"),
        ({"timestamp": -1}, "timestamp"),
        ({"timestamp": 1.5}, "timestamp"),
        ({"encoding": "base32"}, "encoding"),
    ],
)
def test_sign_checks_its_arguments(arguments: dict[str, Any], named: str) -> None:
    with pytest.raises(EigenpalUsageError, match=f"^{named}:"):
        webhooks.sign(BODY, SECRET, **({"event_id": "whev_1"} | arguments))

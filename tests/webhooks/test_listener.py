"""``WebhookListener`` over real loopback HTTP: every answer it gives, its callbacks, its store and its wait."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import EigenpalTimeoutError, EigenpalUsageError
from eigenpal.webhooks import (
    EigenpalWebhookError,
    MemoryEventStore,
    RunStatusChangedEvent,
    WebhookEvent,
    WebhookListener,
    sign,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def event_body(
    event_id: str, run_id: str = "exec_1", status: str = "completed", previous: str = "running"
) -> bytes:
    return json.dumps(
        {
            "id": event_id,
            "type": "run.status_changed",
            "apiVersion": "2026-07-01",
            "createdAt": "2026-07-01T12:00:00.000Z",
            "test": False,
            "data": {
                "run": {"id": run_id, "type": "workflow", "automationId": "auto_1", "status": status},
                "previousStatus": previous,
                "currentStatus": status,
            },
        }
    ).encode()


def deliver(
    url: str, body: bytes, *, secret: str = SECRET, event_id: str | None = None, **headers: str
) -> httpx.Response:
    """POST one signed delivery, as the service does."""
    signed = sign(body, secret, event_id=event_id or json.loads(body)["id"])
    return httpx.post(url, content=body, headers={**signed, "content-type": "application/json", **headers})


@pytest.fixture
def listener() -> Iterator[WebhookListener]:
    with WebhookListener(SECRET) as made:
        yield made


def test_a_new_event_is_answered_204_and_kept_with_its_run_status(listener: WebhookListener) -> None:
    answer = deliver(listener.url, event_body("whev_1"))

    assert answer.status_code == 204
    assert [event.id for event in listener.events] == ["whev_1"]
    assert isinstance(listener.events[0], RunStatusChangedEvent)
    assert listener.statuses.status("exec_1") == "completed"


def test_a_repeated_delivery_is_answered_204_and_handled_once() -> None:
    handled: list[WebhookEvent] = []
    with WebhookListener(SECRET, on_event=handled.append) as listener:
        first = deliver(listener.url, event_body("whev_1"))
        again = deliver(listener.url, event_body("whev_1"))

    assert (first.status_code, again.status_code) == (204, 204)
    assert [event.id for event in handled] == ["whev_1"]
    assert len(listener.events) == 1
    assert listener.duplicates == 1


@pytest.mark.parametrize(
    ("tamper", "check"),
    [
        ({"secret": "whsec_" + "QUJD" * 8}, "signature"),
        ({"webhook-timestamp": "1000"}, "timestamp"),
        ({"webhook-signature": "v2,abc"}, "header"),
    ],
)
def test_a_delivery_that_does_not_verify_is_answered_400_naming_the_check(
    tamper: dict[str, str], check: str
) -> None:
    refused: list[EigenpalWebhookError] = []
    with WebhookListener(SECRET, on_rejected=refused.append) as listener:
        body = event_body("whev_bad")
        if "secret" in tamper:
            answer = deliver(listener.url, body, secret=tamper["secret"])
        else:
            answer = deliver(listener.url, body, **tamper)

    assert answer.status_code == 400
    assert check in answer.text
    assert SECRET not in answer.text and SECRET.removeprefix("whsec_") not in answer.text
    assert [error.check for error in listener.rejected] == [check]
    assert refused == listener.rejected
    assert listener.events == []


def test_a_signed_body_that_is_not_an_event_is_answered_400(listener: WebhookListener) -> None:
    answer = deliver(listener.url, b"not json", event_id="whev_x")

    assert answer.status_code == 400
    assert "payload" in answer.text


def test_a_delivery_without_headers_is_answered_400(listener: WebhookListener) -> None:
    answer = httpx.post(listener.url, content=event_body("whev_1"))

    assert answer.status_code == 400
    assert "header" in answer.text


def test_a_body_over_the_limit_is_answered_413_without_being_handled() -> None:
    handled: list[WebhookEvent] = []
    with WebhookListener(SECRET, max_body_bytes=64, on_event=handled.append) as listener:
        answer = deliver(listener.url, event_body("whev_big") + b" " * 2_000_000)

    assert answer.status_code == 413
    assert "64 bytes" in answer.text
    assert handled == [] and listener.events == []


def test_a_body_within_the_limit_after_a_refused_one_is_handled() -> None:
    body = event_body("whev_fits")
    with WebhookListener(SECRET, max_body_bytes=len(body)) as listener:
        over = deliver(listener.url, body + b" ")
        fits = deliver(listener.url, body)

    assert (over.status_code, fits.status_code) == (413, 204)
    assert [event.id for event in listener.events] == ["whev_fits"]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_another_method_is_answered_405(listener: WebhookListener, method: str) -> None:
    answer = httpx.request(method, listener.url, content=b"{}" if method in ("PUT", "PATCH") else None)

    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"


def test_another_path_is_answered_404() -> None:
    with WebhookListener(SECRET, path="/hooks/eigenpal") as listener:
        elsewhere = deliver(listener.url.replace("/hooks/eigenpal", "/other"), event_body("whev_1"))
        there = deliver(listener.url + "?attempt=1", event_body("whev_1"))

    assert elsewhere.status_code == 404
    assert there.status_code == 204
    assert listener.url.endswith("/hooks/eigenpal")


def test_when_on_event_raises_the_answer_is_500_and_the_redelivery_is_handled() -> None:
    calls: list[str] = []

    def flaky(event: WebhookEvent) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("the database is down")

    with WebhookListener(SECRET, on_event=flaky) as listener:
        failed = deliver(listener.url, event_body("whev_1"))
        retried = deliver(listener.url, event_body("whev_1"))

    assert (failed.status_code, retried.status_code) == (500, 204)
    assert calls == ["whev_1", "whev_1"]
    assert [event.id for event in listener.events] == ["whev_1"]
    assert listener.duplicates == 0


def test_a_shared_store_makes_a_second_listener_skip_what_the_first_handled() -> None:
    store = MemoryEventStore()
    with WebhookListener(SECRET, store=store) as first, WebhookListener(SECRET, store=store) as second:
        deliver(first.url, event_body("whev_1"))
        answer = deliver(second.url, event_body("whev_1"))

    assert answer.status_code == 204
    assert second.events == [] and second.duplicates == 1


def test_wait_for_returns_the_run_once_an_event_brings_a_terminal_status(listener: WebhookListener) -> None:
    sender = threading.Thread(
        target=lambda: [
            deliver(listener.url, event_body("whev_1", status="running", previous="pending")),
            deliver(listener.url, event_body("whev_2", status="failed", previous="running")),
        ]
    )
    sender.start()
    run = listener.wait_for("exec_1", timeout=30)
    sender.join()

    assert str(run.status) == "failed"


def test_wait_for_a_given_status(listener: WebhookListener) -> None:
    deliver(listener.url, event_body("whev_1", status="running", previous="pending"))

    assert str(listener.wait_for("exec_1", statuses={"running"}).status) == "running"


def test_wait_for_times_out_naming_the_run_and_its_last_status(listener: WebhookListener) -> None:
    deliver(listener.url, event_body("whev_1", status="running", previous="pending"))

    with pytest.raises(EigenpalTimeoutError, match=r"exec_1.*running") as caught:
        listener.wait_for("exec_1", timeout=0)
    assert caught.value.run_id == "exec_1"
    with pytest.raises(EigenpalTimeoutError, match=r"exec_2.*no event"):
        listener.wait_for("exec_2", timeout=0)


def test_wait_for_ends_when_the_listener_is_closed() -> None:
    listener = WebhookListener(SECRET).start()
    closer = threading.Thread(target=listener.close)
    closer.start()
    with pytest.raises(EigenpalTimeoutError, match="closed"):
        listener.wait_for("exec_1", timeout=60)
    closer.join()


def test_serve_forever_returns_after_close() -> None:
    listener = WebhookListener(SECRET).start()
    server = threading.Thread(target=listener.serve_forever)
    server.start()
    answer = deliver(listener.url, event_body("whev_1"))
    listener.close()
    server.join()

    assert answer.status_code == 204
    assert not server.is_alive()


def test_close_frees_the_port() -> None:
    with WebhookListener(SECRET) as listener:
        port = listener.port
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))
    with pytest.raises(EigenpalUsageError, match="url"):
        _ = WebhookListener(SECRET).url
    with pytest.raises(EigenpalUsageError, match="closed"):
        listener.start()


def test_a_taken_port_is_a_usage_error() -> None:
    with WebhookListener(SECRET) as listener, pytest.raises(EigenpalUsageError, match="port"):
        WebhookListener(SECRET, port=listener.port).start()


def test_the_repr_holds_no_secret(listener: WebhookListener) -> None:
    assert SECRET.removeprefix("whsec_") not in repr(listener)
    assert listener.url in repr(listener)


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("secret", "not base64!"),
        ("secret", ""),
        ("host", ""),
        ("port", -1),
        ("port", 70000),
        ("port", True),
        ("path", "hooks"),
        ("path", "/a?b"),
        ("tolerance", -1),
        ("store", object()),
        ("on_event", "print"),
        ("on_rejected", 3),
        ("max_body_bytes", 0),
    ],
)
def test_bad_arguments_are_usage_errors_naming_them(argument: str, value: Any) -> None:
    options: dict[str, Any] = {"secret": SECRET, argument: value}
    with pytest.raises(EigenpalUsageError, match=argument):
        WebhookListener(**options)


@given(st.one_of(st.integers(max_value=0), st.floats(), st.text(), st.none(), st.booleans()))
def test_max_body_bytes_takes_only_a_positive_whole_number(value: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="max_body_bytes"):
        WebhookListener(SECRET, max_body_bytes=value)


@given(st.one_of(st.floats(max_value=-1e-9), st.floats(allow_nan=True).filter(lambda x: x != x), st.text()))
def test_wait_for_timeout_takes_only_seconds(value: Any) -> None:
    listener = WebhookListener(SECRET)
    with pytest.raises(EigenpalUsageError, match="timeout"):
        listener.wait_for("exec_1", timeout=value)


@pytest.mark.parametrize("statuses", ["completed", [], 3])
def test_wait_for_statuses_takes_a_collection(listener: WebhookListener, statuses: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="statuses"):
        listener.wait_for("exec_1", statuses=statuses)


def test_a_body_without_a_length_is_answered_411(listener: WebhookListener) -> None:
    body = event_body("whev_chunked")
    headers = sign(body, SECRET, event_id="whev_chunked")
    answer = httpx.post(listener.url, content=iter([body]), headers=headers)  # sent chunked

    assert answer.status_code == 411
    assert listener.events == []

"""The emulator's outbound webhooks: what it sends for runs started through the SDK, how it retries, what it
leaves out, and the faults a receiver must survive (each alone and all together, a WebhookListener with
RunStatuses ends with every run's final status, handled exactly once)."""

from __future__ import annotations

import collections
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook

from eigenpal import EigenpalTimeoutError, EigenpalUsageError
from eigenpal.emulator import Emulator, WebhookFaults, WebhookRetry, new_webhook_secret
from eigenpal.emulator._contract import Contract
from eigenpal.spec import TERMINAL_STATUSES
from eigenpal.webhooks import RunStatusChangedEvent, RunStatuses, WebhookEvent, WebhookListener, verify
from tests.support.either import maybe

TARGET = "workflows.extract-invoice"
SECRET = new_webhook_secret()
FAST = WebhookRetry(first_backoff=0.01, max_backoff=0.05)


class ScriptedReceiver:
    """A receiver that answers each event's n-th attempt with ``script[n]`` (then 204), keeping every body
    and its headers as received."""

    def __init__(self, *script: int) -> None:
        self.script = script
        self.received: list[tuple[bytes, dict[str, str], int]] = []
        self._attempts: collections.Counter[str] = collections.Counter()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {name.lower(): value for name, value in self.headers.items()}
                with lock:
                    attempt = receiver._attempts[headers["webhook-id"]]
                    receiver._attempts[headers["webhook-id"]] += 1
                    status = receiver.script[attempt] if attempt < len(receiver.script) else 204
                    receiver.received.append((body, headers, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(body) for body, _, _ in self.received]


def one_run(emu: Emulator, **input: Any) -> str:
    with emu.client() as client:
        run = client.run_and_wait(TARGET, input=input)
    emu.wait_for_webhooks(30)
    return str(run.id)


def attempts_by_event(emu: Emulator) -> dict[str, list[int | None]]:
    found: dict[str, list[int | None]] = collections.defaultdict(list)
    for delivery in emu.webhook_deliveries:
        if not delivery.forged and not delivery.copy:
            found[delivery.event_id].append(delivery.status)
    return dict(found)


# ---- what is sent -----------------------------------------------------------------------------------------
@pytest.fixture
def listener() -> Iterator[WebhookListener]:
    with WebhookListener(SECRET) as made:
        yield made


@pytest.fixture
def emu(listener: WebhookListener) -> Iterator[Emulator]:
    """An emulator of this test's own, sending its webhooks to ``listener`` (the ``client`` fixture uses it)."""
    with Emulator(latency=0.01, webhook_url=listener.url, webhook_secret=SECRET) as emulator:
        yield emulator


@pytest.mark.anyio
async def test_a_run_started_through_the_sdk_sends_its_created_and_status_changes(
    client: Any, emu: Emulator, listener: WebhookListener
) -> None:
    run = await maybe(client.run_and_wait(TARGET, input={"customer": "ACME"}))
    received = listener.wait_for(run.id)
    emu.wait_for_webhooks(30)

    assert str(received.status) == "completed"
    assert received.output == run.output
    kinds = [(event.type_, _current(event)) for event in sorted(listener.events, key=lambda e: e.created_at)]
    assert kinds == [
        ("run.created", "created"),
        ("run.status_changed", "pending"),
        ("run.status_changed", "running"),
        ("run.status_changed", "completed"),
    ]
    assert {event.data.run.id for event in listener.events} == {run.id}
    assert listener.rejected == [] and listener.duplicates == 0


def _current(event: WebhookEvent) -> str:
    if isinstance(event, RunStatusChangedEvent):
        return str(event.data.current_status)
    return str(event.data.run.status)  # type: ignore[union-attr]


def test_each_event_validates_against_the_spec_and_the_reference_verifier() -> None:
    contract = Contract()
    with (
        ScriptedReceiver() as receiver,
        Emulator(latency=0.01, webhook_url=receiver.url, webhook_secret=SECRET) as emu,
    ):
        run_id = one_run(emu, customer="ACME")
        emu.register(TARGET, _failing)
        failed_id = one_run(emu, customer="ACME")
    events = receiver.events()

    assert len(events) == 8
    for (body, headers, _), event in zip(receiver.received, events, strict=True):
        schema = {"run.created": "RunCreatedEvent", "run.status_changed": "RunStatusChangedEvent"}[
            event["type"]
        ]
        assert contract.validate({"$ref": f"#/components/schemas/{schema}"}, event, "") == []
        assert Webhook(SECRET).verify(body, headers) == event
        assert verify(body, headers, SECRET).id == event["id"] == headers["webhook-id"]
        assert headers["content-type"] == "application/json"
        assert (
            event["id"].startswith("whev_") and event["apiVersion"] == "2026-07-01" and event["test"] is False
        )
        assert event["createdAt"].endswith("Z") and len(event["createdAt"]) == len("2026-07-01T00:00:00.000Z")
        assert event["data"]["run"]["triggerType"] == "api"
    made_in_order = sorted(events, key=lambda e: e["id"])
    stamps = [event["createdAt"] for event in made_in_order]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # strictly increasing
    chains = {
        run: [
            (e["data"].get("previousStatus"), e["data"]["run"]["status"])
            for e in made_in_order
            if e["data"]["run"]["id"] == run
        ]
        for run in (run_id, failed_id)
    }
    assert chains[run_id] == [
        (None, "created"),
        ("created", "pending"),
        ("pending", "running"),
        ("running", "completed"),
    ]
    assert chains[failed_id][-1] == ("running", "failed")
    assert len({e["id"] for e in events}) == 8


def _failing(input: dict[str, Any], files: Any) -> dict[str, Any]:
    raise RuntimeError("cannot read the document")


def test_the_output_rides_along_within_the_limit_and_is_omitted_past_it() -> None:
    with ScriptedReceiver() as receiver:
        with Emulator(latency=0.01, webhook_url=receiver.url, webhook_secret=SECRET) as emu:
            one_run(emu, customer="ACME")
        with Emulator(
            latency=0.01, webhook_url=receiver.url, webhook_secret=SECRET, webhook_output_limit=20
        ) as small:
            one_run(small, customer="ACME")
    completed = [e["data"]["run"] for e in receiver.events() if e["data"].get("currentStatus") == "completed"]
    others = [e["data"]["run"] for e in receiver.events() if e["data"].get("currentStatus") != "completed"]

    assert completed[0]["output"]["input"] == {"customer": "ACME"} and "outputOmitted" not in completed[0]
    assert completed[1]["outputOmitted"] is True and "output" not in completed[1]
    assert all("output" not in run and "outputOmitted" not in run for run in others)


@pytest.mark.parametrize("validate", [True, False])
def test_an_event_that_breaks_its_schema_is_a_violation_and_not_sent(validate: bool) -> None:
    """Checked as the answers are: with ``validate_responses``, against the spec the emulator serves."""
    spec = json.loads(json.dumps(Contract().spec))
    spec["components"]["schemas"]["WebhookRun"]["required"].append("region")  # no event has it
    with ScriptedReceiver() as receiver:
        emu = Emulator(
            latency=0.01,
            webhook_url=receiver.url,
            webhook_secret=SECRET,
            spec=spec,
            validate_responses=validate,
        )
        with emu:
            one_run(emu)
            emu.wait_for_webhooks(10)
            violations = [v for v in emu.world.violations if v.startswith("webhook ")]
            emu.world.violations.clear()
    assert bool(violations) is validate and ("region" in violations[0] if validate else True)
    assert (receiver.events() == []) is validate


def test_no_webhook_url_sends_nothing_and_waits_for_nothing() -> None:
    with Emulator(latency=0.01) as emu:
        one_run(emu)

        assert emu.webhook_deliveries == [] and emu.webhook_secret is None


def test_a_secret_is_made_when_none_is_given() -> None:
    with ScriptedReceiver() as receiver, Emulator(latency=0.01, webhook_url=receiver.url) as emu:
        one_run(emu)
        secret = emu.webhook_secret
    assert secret is not None and secret.startswith("whsec_")
    assert secret != new_webhook_secret()
    for body, headers, _ in receiver.received:
        verify(body, headers, secret)


# ---- retries --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [503, 500, 429, 408, 425])
def test_a_retried_status_is_followed_by_another_attempt(status: int) -> None:
    with (
        ScriptedReceiver(status) as receiver,
        Emulator(latency=0.01, webhook_url=receiver.url, webhook_retry=FAST) as emu,
    ):
        one_run(emu)
        attempts = attempts_by_event(emu)

    assert len(attempts) == 4
    assert all(statuses == [status, 204] for statuses in attempts.values())
    assert len(receiver.received) == 8


@pytest.mark.parametrize("status", [400, 410, 401, 404, 413])
def test_another_4xx_ends_delivery_of_that_event(status: int) -> None:
    with (
        ScriptedReceiver(status) as receiver,
        Emulator(latency=0.01, webhook_url=receiver.url, webhook_retry=FAST) as emu,
    ):
        one_run(emu)
        attempts = attempts_by_event(emu)

    assert len(attempts) == 4
    assert all(statuses == [status] for statuses in attempts.values())
    assert len(receiver.received) == 4


def test_retries_stop_after_max_attempts() -> None:
    retry = WebhookRetry(first_backoff=0, max_backoff=0, max_attempts=3)
    with (
        ScriptedReceiver(503, 503, 503, 503) as receiver,
        Emulator(latency=0.01, webhook_url=receiver.url, webhook_retry=retry) as emu,
    ):
        one_run(emu)
        attempts = attempts_by_event(emu)

    assert all(statuses == [503, 503, 503] for statuses in attempts.values())
    assert len(receiver.received) == 12


def test_a_refused_connection_is_retried_until_the_receiver_is_up() -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
    port = closed.getsockname()[1]
    retry = WebhookRetry(first_backoff=0.01, max_backoff=0.05, max_attempts=10_000)
    with Emulator(
        latency=0.01, webhook_url=f"http://127.0.0.1:{port}/", webhook_secret=SECRET, webhook_retry=retry
    ) as emu:
        with emu.client() as client:
            run = client.run_and_wait(TARGET)
        while not any(d.error and "Connect" in d.error for d in emu.webhook_deliveries):
            time.sleep(0.005)
        closed.close()
        with WebhookListener(SECRET, port=port) as listener:
            emu.wait_for_webhooks(60)
            assert str(listener.wait_for(run.id).status) == "completed"
        assert len(listener.events) == 4
        assert all(statuses[-1] == 204 and None in statuses for statuses in attempts_by_event(emu).values())


def test_the_backoff_doubles_up_to_its_cap() -> None:
    assert [WebhookRetry().backoff(n) for n in range(1, 9)] == [0.05, 0.1, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0]


def test_wait_for_webhooks_times_out_naming_what_is_pending() -> None:
    with ScriptedReceiver(*[503] * 50) as receiver:
        retry = WebhookRetry(first_backoff=0.5, max_backoff=0.5, max_attempts=50)
        with Emulator(latency=0.01, webhook_url=receiver.url, webhook_retry=retry) as emu:
            with emu.client() as client:
                client.run_and_wait(TARGET)
            with pytest.raises(EigenpalTimeoutError, match="pending"):
                emu.wait_for_webhooks(0)


# ---- faults ---------------------------------------------------------------------------------------------
class ReceivingService:
    """What a receiver should do: dedupe (the listener's store), keep each run's newest status, and act
    once when a run ends."""

    def __init__(self) -> None:
        self.statuses = RunStatuses()
        self.ended: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def on_event(self, event: WebhookEvent) -> None:
        with self.lock:
            if self.statuses.apply(event) and self.statuses.status(event.data.run.id) in TERMINAL_STATUSES:  # type: ignore[union-attr]
                self.ended[event.data.run.id] += 1  # type: ignore[union-attr]


FAULTS = {
    "duplicate": WebhookFaults(duplicate=0.5, seed=1),
    "reorder": WebhookFaults(reorder=True, seed=2),
    "delay": WebhookFaults(delay=0.05, seed=3),
    "drop_first_attempt": WebhookFaults(drop_first_attempt=True, seed=4),
    "bad_signature": WebhookFaults(bad_signature=0.5, seed=5),
    "all": WebhookFaults(
        duplicate=0.5, reorder=True, delay=0.02, drop_first_attempt=True, bad_signature=0.5, seed=6
    ),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_under_each_fault_a_service_ends_with_every_runs_final_status_handled_once(fault: str) -> None:
    service = ReceivingService()
    with WebhookListener(SECRET, on_event=service.on_event) as listener, Emulator(
        latency=0.01, webhook_url=listener.url, webhook_secret=SECRET, webhook_faults=FAULTS[fault],
        webhook_retry=FAST,
    ) as emu:  # fmt: skip
        final: dict[str, str] = {}
        with emu.client() as client:
            for number in range(20):
                emu.register(TARGET, _failing if number % 3 == 0 else _echo)
                run = client.run_and_wait(TARGET, input={"n": number})
                final[run.id] = str(run.execution.status)
        emu.wait_for_webhooks(60)
        deliveries = emu.webhook_deliveries

    assert {run_id: service.statuses.status(run_id) for run_id in final} == final
    assert set(final.values()) == {"completed", "failed"}
    assert service.ended == {run_id: 1 for run_id in final}
    assert len(listener.events) == 80
    forged = [d for d in deliveries if d.forged]
    assert len(listener.rejected) == len(forged)
    assert all(error.check == "signature" for error in listener.rejected)
    assert all(d.status == 400 for d in forged)
    copies = [d for d in deliveries if d.copy and d.status == 204]
    assert listener.duplicates == len(copies)
    if fault in ("bad_signature", "all"):
        assert forged
    if fault in ("duplicate", "all"):
        assert copies
    if fault in ("drop_first_attempt", "all"):
        assert all(statuses[0] is None for statuses in attempts_by_event(emu).values())
    if fault in ("reorder", "all"):
        arrived = [event.created_at for event in listener.events]
        assert arrived != sorted(arrived)


def _echo(input: dict[str, Any], files: Any) -> dict[str, Any]:
    return {"n": input["n"]}


def test_a_seed_repeats_the_faults_choices() -> None:
    def choices() -> set[tuple[int, int, bool]]:
        with ScriptedReceiver() as receiver:
            faults = WebhookFaults(duplicate=0.5, bad_signature=0.5, seed=11)
            with Emulator(latency=0.01, webhook_url=receiver.url, webhook_faults=faults) as emu:
                for _ in range(3):
                    one_run(emu)
                return {(int(d.event_id[5:11]), d.copy, d.forged) for d in emu.webhook_deliveries}

    first = choices()
    assert first == choices()
    assert any(forged for _, _, forged in first) and any(copy for _, copy, _ in first)


# ---- arguments ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"webhook_url": "ftp://example.com/"}, "webhook_url"),
        ({"webhook_url": "not a url"}, "webhook_url"),
        ({"webhook_url": "http://127.0.0.1:9/", "webhook_secret": "whsec_!!"}, "secret"),
        ({"webhook_url": "http://127.0.0.1:9/", "webhook_output_limit": -1}, "webhook_output_limit"),
        ({"webhook_url": "http://127.0.0.1:9/", "webhook_faults": {"duplicate": 1}}, "webhook_faults"),
        ({"webhook_url": "http://127.0.0.1:9/", "webhook_retry": 3}, "webhook_retry"),
    ],
)
def test_bad_webhook_options_are_usage_errors_naming_them(options: dict[str, Any], named: str) -> None:
    with pytest.raises(EigenpalUsageError, match=named):
        Emulator(**options)


@given(st.one_of(st.floats(min_value=1.0001), st.floats(max_value=-0.0001), st.text(), st.booleans()))
def test_fault_probabilities_are_checked(value: Any) -> None:
    with pytest.raises(EigenpalUsageError, match="duplicate"):
        WebhookFaults(duplicate=value)
    with pytest.raises(EigenpalUsageError, match="bad_signature"):
        WebhookFaults(bad_signature=value)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"delay": -1}, "delay"),
        ({"delay": float("inf")}, "delay"),
        ({"reorder": 1}, "reorder"),
        ({"drop_first_attempt": "yes"}, "drop_first_attempt"),
        ({"seed": "x"}, "seed"),
    ],
)
def test_bad_faults_are_usage_errors_naming_them(options: dict[str, Any], named: str) -> None:
    with pytest.raises(EigenpalUsageError, match=named):
        WebhookFaults(**options)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"max_attempts": 0}, "max_attempts"),
        ({"timeout": -1}, "timeout"),
        ({"first_backoff": "1"}, "first_backoff"),
    ],
)
def test_bad_retry_policies_are_usage_errors_naming_them(options: dict[str, Any], named: str) -> None:
    with pytest.raises(EigenpalUsageError, match=named):
        WebhookRetry(**options)

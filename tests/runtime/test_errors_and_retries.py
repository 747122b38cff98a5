"""Error classes, retries on the wire, timeouts, usage errors before any request, and key hygiene.

The retry policy itself (every method x outcome x attempt) is one table, ``test_retry_policy.py``; the
retries here prove that the pipeline follows it end to end: a retried call returns the answer, a start
that must not be re-sent is sent once and starts no duplicate run, a timeout is reported as one."""

from __future__ import annotations

import email.utils
import logging
import socket
import time
from typing import Any

import httpx
import pytest

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalAPIError,
    EigenpalAuthError,
    EigenpalClient,
    EigenpalConnectionError,
    EigenpalForbiddenError,
    EigenpalNotFoundError,
    EigenpalRateLimitError,
    EigenpalResponseError,
    EigenpalServerError,
    EigenpalTimeoutError,
    EigenpalUsageError,
    EigenpalValidationError,
    RequestOptions,
)
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import both, maybe

TARGET = "workflows.extract-invoice"


class Counter:
    """Counts the requests a client sends (an httpx event hook on the caller's own client)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def client(self, emu: Emulator, **options: Any) -> EigenpalClient:
        http = httpx.Client(event_hooks={"request": [self]})
        return EigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=http, **options)


@pytest.fixture
def counter() -> Counter:
    return Counter()


def runs_on_server(emu: Emulator) -> int:
    return len(emu.world.store.runs)


def test_each_status_raises_its_class_with_request_id_and_envelope(emu: Emulator) -> None:
    client = emu.client(max_retries=0)
    with pytest.raises(EigenpalValidationError) as validation:
        client.automations.evaluators.update(TARGET, yaml="evaluators: [unclosed")
    assert validation.value.status == 400 and validation.value.issues[0].field == "yaml"
    assert validation.value.envelope and validation.value.request_id == validation.value.envelope["requestId"]
    with pytest.raises(EigenpalAuthError) as auth:
        EigenpalClient(api_key="wrong", base_url=emu.url).auth.check()
    assert auth.value.status == 401 and auth.value.codes == ["unauthorized"]
    emu.set_api_trigger(TARGET, False)
    try:
        with pytest.raises(EigenpalForbiddenError) as forbidden:
            client.run(TARGET, {})
        assert forbidden.value.has_code("api_trigger_disabled") and forbidden.value.status == 403
    finally:
        emu.set_api_trigger(TARGET, True)
    with pytest.raises(EigenpalNotFoundError) as missing:
        client.runs.get("run_missing")
    assert missing.value.request_id and missing.value.request_id.startswith("req_")
    emu.fail_next("runs.get", 503)
    with pytest.raises(EigenpalServerError) as server:
        client.runs.get("run_missing")
    assert server.value.status == 503
    emu.fail_next("auth.check", 409)
    with pytest.raises(EigenpalAPIError) as conflict:
        client.auth.check()
    assert type(conflict.value) is EigenpalAPIError and conflict.value.status == 409


def test_rate_limit_carries_retry_after_in_seconds_or_http_date(emu: Emulator) -> None:
    client = emu.client(max_retries=0)
    emu.fail_next("auth.check", 429, retry_after="7")
    with pytest.raises(EigenpalRateLimitError) as seconds:
        client.auth.check()
    assert seconds.value.retry_after == 7.0
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    emu.fail_next("auth.check", 429, retry_after=when)
    with pytest.raises(EigenpalRateLimitError) as date:
        client.auth.check()
    assert date.value.retry_after is not None and 25 <= date.value.retry_after <= 31


def test_payload_too_large_is_an_api_error_with_its_status(tmp_path: Any) -> None:
    with Emulator(max_upload_bytes=1024) as emu:
        big = tmp_path / "big.bin"
        big.write_bytes(b"x" * 4096)
        with pytest.raises(EigenpalAPIError) as too_large:
            emu.client().files.upload(big)
        assert too_large.value.status == 413


def test_timeout_and_connection_errors() -> None:
    with Emulator(latency=0.01) as emu:
        emu.add_latency("auth.check", 1.0, count=3)
        with pytest.raises(EigenpalTimeoutError) as timeout:
            emu.client(timeout_seconds=0.2, max_retries=0).auth.check()
        assert "timed out" in str(timeout.value)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(EigenpalConnectionError):
        EigenpalClient(api_key="k", base_url=f"http://127.0.0.1:{port}", max_retries=1).auth.check()


def test_an_html_answer_says_to_check_base_url(canned_server: CannedServer) -> None:
    canned_server.push(Canned(200, b"<html>login</html>", {"content-type": "text/html"}))
    with pytest.raises(EigenpalResponseError, match="base_url"):
        EigenpalClient(api_key="k", base_url=canned_server.url).auth.check()


def test_idempotent_requests_are_retried_then_succeed(emu: Emulator, counter: Counter) -> None:
    client = counter.client(emu)
    run = client.run_and_wait(TARGET, {})
    counter.requests.clear()
    emu.fail_next("runs.get", 503, count=2)
    assert client.runs.get(run.id).id == run.id
    assert len(counter.requests) == 3
    counter.requests.clear()
    emu.drop_next("runs.get")
    assert client.runs.get(run.id).id == run.id and len(counter.requests) == 2


def test_a_500_on_start_is_not_retried_and_creates_no_duplicate(emu: Emulator, counter: Counter) -> None:
    client = counter.client(emu)
    emu.fail_next("runs.start", 500)
    before = runs_on_server(emu)
    with pytest.raises(EigenpalServerError):
        client.run(TARGET, {"n": 1})
    assert len(counter.requests) == 1 and runs_on_server(emu) == before


def test_a_read_timeout_on_start_is_not_retried(emu: Emulator, counter: Counter) -> None:
    emu.set_latency(2.0)  # the server holds the long-poll longer than the client waits
    client = counter.client(emu)
    with pytest.raises(EigenpalTimeoutError):
        client.run(TARGET, {"n": 1}, wait_for_completion=5, options=RequestOptions(timeout_seconds=0.3))
    assert len(counter.requests) == 1 and runs_on_server(emu) == 1  # processed once, never re-sent


def test_a_429_on_start_is_retried_once_safely(emu: Emulator, counter: Counter) -> None:
    client = counter.client(emu)
    emu.fail_next("runs.start", 429, retry_after="0")
    accepted = client.run(TARGET, {"n": 1})
    assert accepted.id and len(counter.requests) == 2 and runs_on_server(emu) == 1


def test_a_get_read_timeout_is_retried(emu: Emulator, counter: Counter) -> None:
    client = counter.client(emu, timeout_seconds=0.3)
    emu.add_latency("auth.check", 1.0)
    assert client.auth.check().ok is True and len(counter.requests) == 2


def test_with_options_and_per_call_options(emu: Emulator, counter: Counter) -> None:
    client = counter.client(emu)
    strict = client.with_options(max_retries=0)
    assert strict.max_retries == 0 and client.max_retries == 2
    emu.fail_next("auth.check", 503)
    with pytest.raises(EigenpalServerError):
        strict.auth.check()
    strict.close()  # shares the pool: the parent keeps working
    emu.fail_next("auth.check", 503)
    with pytest.raises(EigenpalServerError):
        client.auth.check(options=RequestOptions(max_retries=0))
    assert client.auth.check().ok
    assert client.auth.check(options=RequestOptions(headers={"X-Trace": "1"})).ok
    assert counter.requests[-1].headers["x-trace"] == "1"


def test_usage_errors_are_raised_before_any_request(
    emu: Emulator, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = counter.client(emu)
    bad_calls = [
        lambda: client.run("workflow.x", {}),
        lambda: client.run("", {}),
        lambda: client.run("workflows.", {}),
        lambda: client.run("a b", {}),
        lambda: client.run({"type": "robot", "slug": "x"}, {}),
        lambda: client.run("workflows.x@", {}),
        lambda: client.run(TARGET, {}, wait_for_completion=601),
        lambda: client.runs.list(limit=0),
        lambda: client.runs.list(review_verdict="great"),  # type: ignore[arg-type]
        lambda: client.runs.get("run_1", expand=["bogus"]),  # type: ignore[list-item]
        lambda: client.runs.get(""),
        lambda: client.runs.reviews.update("run_1", verdict="good"),  # type: ignore[arg-type]
        lambda: client.runs.artifacts.download("run_1", "../secret"),
        lambda: client.automations.get("workflows.x@v1"),
        lambda: client.automations.experiments.export(TARGET, "exp", format="xml"),  # type: ignore[arg-type]
    ]
    for call in bad_calls:
        with pytest.raises(EigenpalUsageError):
            call()
    assert counter.requests == []
    with pytest.raises(EigenpalUsageError, match="Accepted forms"):
        client.run("workflow.x", {})
    monkeypatch.delenv("EIGENPAL_API_KEY", raising=False)
    with pytest.raises(EigenpalUsageError, match="EIGENPAL_API_KEY"):
        EigenpalClient(base_url=emu.url)
    with pytest.raises(EigenpalUsageError, match="base_url"):
        EigenpalClient(api_key="k", base_url="ftp://example.com")


def test_environment_fallbacks_and_the_argument_wins(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EIGENPAL_API_KEY", emu.api_key)
    monkeypatch.setenv("EIGENPAL_BASE_URL", emu.url + "/v1/")
    assert EigenpalClient().auth.check().ok
    assert EigenpalClient().base_url == emu.url
    with pytest.raises(EigenpalAuthError):
        EigenpalClient(api_key="argument-wins").auth.check()


def test_the_key_stays_secret(
    emu: Emulator, caplog: pytest.LogCaptureFixture, canned_server: CannedServer
) -> None:
    client = emu.client()
    assert emu.api_key not in repr(client) and emu.api_key not in repr(client.runs)
    with caplog.at_level(logging.DEBUG, logger="eigenpal"):
        client.auth.check()
        with pytest.raises(EigenpalNotFoundError) as error:
            client.runs.get("run_missing")
    assert emu.api_key not in str(error.value) and emu.api_key not in repr(error.value)
    assert caplog.records and all(emu.api_key not in record.getMessage() for record in caplog.records)
    assert any("auth/check -> 200" in record.getMessage() for record in caplog.records)
    # A redirect to another host is not followed, so the key never reaches it.
    with CannedServer() as elsewhere:
        canned_server.push(Canned(302, b"", {"location": elsewhere.url + "/v1/auth/check"}))
        with pytest.raises(EigenpalAPIError):
            EigenpalClient(api_key="secret", base_url=canned_server.url).auth.check()
        assert elsewhere.requests == []


@pytest.mark.anyio
async def test_async_errors_and_retries(emu: Emulator) -> None:
    hits: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        hits.append(request)

    async with AsyncEigenpalClient(
        api_key=emu.api_key,
        base_url=emu.url,
        http_client=httpx.AsyncClient(event_hooks={"request": [record]}),
    ) as client:
        emu.fail_next("auth.check", 502, count=2)
        assert (await client.auth.check()).ok and len(hits) == 3
        emu.fail_next("runs.start", 500)
        before = runs_on_server(emu)
        with pytest.raises(EigenpalServerError):
            await client.run(TARGET, {})
        assert runs_on_server(emu) == before
        with pytest.raises(EigenpalUsageError):
            await client.run("workflow.x", {})


def test_eigenpal_log_turns_on_debug_logging_without_the_key(emu: Emulator) -> None:
    import os
    import subprocess
    import sys

    probe = "from eigenpal import EigenpalClient; EigenpalClient().auth.check()"
    env = {
        **os.environ,
        "EIGENPAL_LOG": "debug",
        "EIGENPAL_API_KEY": emu.api_key,
        "EIGENPAL_BASE_URL": emu.url,
    }
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "GET /v1/auth/check -> 200 (request id req_" in result.stderr and "attempt 1" in result.stderr
    assert emu.api_key not in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "EIGENPAL_LOG": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "eigenpal" not in quiet.stderr


# ---- a start is retried on 503 only (from the service's facts) -----------------------------------------
@pytest.mark.anyio
async def test_a_503_on_start_is_retried_and_starts_one_run(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            before = len(emu.world.store.runs)
            emu.fail_next("runs.start", 503, retry_after="0")
            assert (await maybe(c.run(TARGET, {"n": 1}))).id
            assert len(emu.world.store.runs) == before + 1

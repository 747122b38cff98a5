"""``eigenpal emulator --webhook-url ...``: the served emulator sends its runs' webhooks, printing the secret it
made; ``--webhook-fault`` flags become ``WebhookFaults``."""

from __future__ import annotations

import argparse
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from eigenpal import EigenpalClient
from eigenpal.cli.emulator import webhook_fault
from eigenpal.emulator import new_webhook_secret
from eigenpal.webhooks import WebhookListener
from tests.support.cli import EIGENPAL

TARGET = "workflows.extract-invoice"


@contextmanager
def served(*flags: str, lines: int) -> Iterator[list[str]]:
    """``eigenpal emulator`` with ``flags`` on a free port; its first ``lines`` lines of stdout."""
    assert EIGENPAL
    process = subprocess.Popen(
        [EIGENPAL, "emulator", "--port", "0", "--latency", "0.05", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield [process.stdout.readline() for _ in range(lines)]
    finally:
        process.terminate()
        assert process.wait(15) == 0


def exported(lines: list[str]) -> dict[str, str]:
    return dict(line.removeprefix("export ").strip().split("=", 1) for line in lines)


def test_the_served_emulator_sends_webhooks_signed_with_the_given_secret() -> None:
    secret = new_webhook_secret()
    with WebhookListener(secret) as listener:
        flags = ("--webhook-url", listener.url, "--webhook-secret", secret, "--webhook-fault", "duplicate")
        with served(*flags, lines=2) as lines:
            settings = exported(lines)
            assert set(settings) == {"EIGENPAL_BASE_URL", "EIGENPAL_API_KEY"}
            with EigenpalClient(
                api_key=settings["EIGENPAL_API_KEY"], base_url=settings["EIGENPAL_BASE_URL"]
            ) as client:
                run = client.run_and_wait(TARGET)
            assert str(listener.wait_for(run.id, timeout=60).status) == "completed"
    assert listener.rejected == []


def test_the_served_emulator_prints_the_secret_it_made() -> None:
    with (
        WebhookListener(new_webhook_secret()) as listener,
        served("--webhook-url", listener.url, lines=3) as lines,
    ):
        settings = exported(lines)
    assert settings["EIGENPAL_WEBHOOK_SECRET"].startswith("whsec_")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--webhook-secret", "whsec_QUJD"), "need --webhook-url"),
        (("--webhook-url", "ftp://example.com"), "webhook_url"),
        (("--webhook-url", "http://127.0.0.1:9/", "--webhook-fault", "duplicate=3"), "duplicate"),
        (("--webhook-url", "http://127.0.0.1:9/", "--webhook-secret", "whsec_!!"), "secret"),
    ],
)
def test_webhook_flags_the_emulator_refuses_exit_1_naming_them(flags: tuple[str, ...], message: str) -> None:
    assert EIGENPAL
    result = subprocess.run(
        [EIGENPAL, "emulator", "--port", "0", *flags], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 1 and message in result.stderr and result.stdout == ""


def test_a_bad_webhook_fault_flag_is_a_usage_error() -> None:
    assert EIGENPAL
    result = subprocess.run(
        [EIGENPAL, "emulator", "--webhook-url", "http://127.0.0.1:9/", "--webhook-fault", "frobnicate"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "not a webhook fault" in result.stderr


@pytest.mark.parametrize(
    ("flag", "parsed"),
    [
        ("duplicate", ("duplicate", 1.0)),
        ("duplicate=0.25", ("duplicate", 0.25)),
        ("bad-signature=0.5", ("bad_signature", 0.5)),
        ("reorder", ("reorder", True)),
        ("drop-first-attempt", ("drop_first_attempt", True)),
        ("delay=0.2", ("delay", 0.2)),
        ("seed=7", ("seed", 7)),
    ],
)
def test_webhook_fault_flags_read_as_webhook_faults_keywords(flag: str, parsed: tuple[str, Any]) -> None:
    assert webhook_fault(flag) == parsed


@pytest.mark.parametrize("flag", ["frobnicate", "delay", "seed", "seed=x", "reorder=maybe", "duplicate=lots"])
def test_bad_webhook_fault_flags_are_refused(flag: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        webhook_fault(flag)

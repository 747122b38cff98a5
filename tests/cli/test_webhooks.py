"""``eigenpal webhooks listen`` and ``eigenpal webhooks verify``: deliveries signed with
``eigenpal.webhooks.sign`` (hex and base64) sent with httpx to the port ``listen`` prints, saved deliveries
checked by ``verify``, each failed check named, and the secret never printed.

``listen`` runs as a real process (it serves until an event count, a signal or a bad delivery ends it);
``verify``'s variants run in this process, and through the console script where bytes on stdin matter.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import webhooks
from eigenpal.cli import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from eigenpal.cli import webhooks as command
from tests.support.cli import EIGENPAL

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER_SECRET = "whsec_b3RoZXItZW5kcG9pbnQtc2VjcmV0LWtleQ=="
SECRET_PARTS = (SECRET, SECRET.removeprefix("whsec_"))
"""What must never show in any output: the secret, with or without its prefix."""
HEADINGS = ["TIME", "TYPE", "EVENT", "RUN", "STATUS"]


def created(event_id: str, run_id: str = "exec_1") -> bytes:
    return _event(event_id, "run.created", {"run": _run(run_id, "pending")})


def changed(
    event_id: str, run_id: str = "exec_1", *, previous: str, current: str, test: bool = False
) -> bytes:
    data = {"run": _run(run_id, current), "previousStatus": previous, "currentStatus": current}
    return _event(event_id, "run.status_changed", data, test=test)


def _run(run_id: str, status: str) -> dict[str, Any]:
    return {
        "id": run_id,
        "type": "workflow",
        "automationId": "auto_1",
        "status": status,
        "triggerType": "api",
    }


def _event(event_id: str, kind: str, data: dict[str, Any], *, test: bool = False) -> bytes:
    envelope = {"id": event_id, "type": kind, "apiVersion": "2026-07-01", "createdAt": "2026-07-01T12:00:00Z"}
    return json.dumps({**envelope, "test": test, "data": data}, ensure_ascii=False).encode()


def signed(
    body: bytes, *, secret: str = SECRET, encoding: Literal["base64", "hex"] = "base64", age: int = 0
) -> dict[str, str]:
    """The headers the service sends with ``body`` (an event, or anything under the id ``whev_0``), signed
    ``age`` seconds ago."""
    event = json.loads(body)
    event_id = event["id"] if isinstance(event, dict) else "whev_0"
    return webhooks.sign(body, secret, event_id=event_id, timestamp=int(time.time()) - age, encoding=encoding)


def no_secret_in(*outputs: str) -> None:
    for output in outputs:
        for part in SECRET_PARTS:
            assert part not in output


def environment(**extra: str) -> dict[str, str]:
    """This environment without a webhook secret, at a 100-column width."""
    env = {name: value for name, value in os.environ.items() if name != command.SECRET_ENV}
    return {**env, "COLUMNS": "100", **extra}


def _interruptible() -> None:
    """Ctrl-C reaches the command as at a terminal, even when the suite runs as a background job."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# ---- listen -----------------------------------------------------------------------------------------------
class Listening:
    """``eigenpal webhooks listen`` as a process, and the URL it printed."""

    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process = process
        self.url = url

    def deliver(self, body: bytes, headers: dict[str, str], *, path: str = "") -> int:
        return httpx.post(self.url + path, content=body, headers=headers, timeout=30).status_code

    def finish(self) -> tuple[int, str, str]:
        """The exit code and the whole of stdout and stderr, once the command has ended by itself."""
        out, err = self.process.communicate(timeout=30)
        return self.process.returncode, out, err


@contextlib.contextmanager
def listening(*args: str, env: dict[str, str] | None = None) -> Iterator[Listening]:
    assert EIGENPAL
    process = subprocess.Popen(
        [EIGENPAL, "webhooks", "listen", "--port", "0", *args],
        env=env or environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_interruptible,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        found = re.search(r"listening for Eigenpal webhooks on (http://127\.0\.0\.1:\d+/\S*) ", first)
        assert found, first
        yield Listening(process, found[1])
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_listen_prints_a_row_per_new_event_and_ends_after_count() -> None:
    first = created("whev_1")
    test_send = changed("whev_2", previous="running", current="completed", test=True)
    with listening("--secret", SECRET, "--path", "/hooks", "--count", "2") as receiver:
        assert receiver.url.endswith("/hooks")
        assert receiver.deliver(first, signed(first, encoding="base64")) == 204
        assert receiver.deliver(first, signed(first, encoding="hex")) == 204  # a redelivery: not shown again
        assert receiver.deliver(test_send, signed(test_send, encoding="hex")) == 204
        code, out, err = receiver.finish()
    assert code == EXIT_OK, err
    headings, *rows = out.splitlines()
    assert headings.split() == HEADINGS
    assert [row.split() for row in rows] == [
        ["2026-07-01", "12:00:00Z", "run.created", "whev_1", "exec_1", "pending"],
        ["2026-07-01", "12:00:00Z", "run.status_changed", "whev_2", "exec_1", "running", "→", "completed",
         "(test)"],
    ]  # fmt: skip
    assert "2 events, 1 duplicate delivery not shown again, 0 deliveries rejected" in err
    no_secret_in(out, err)


def test_listen_json_prints_each_event_as_one_line_of_wire_json() -> None:
    bodies = [created("whev_3"), changed("whev_4", previous="pending", current="failed")]
    with listening("--secret", SECRET, "--json", "--count", "2") as receiver:
        for body, encoding in zip(bodies, ["hex", "base64"], strict=True):
            assert receiver.deliver(body, signed(body, encoding=encoding)) == 204
        code, out, err = receiver.finish()
    assert code == EXIT_OK, err
    printed = [json.loads(line) for line in out.splitlines()]
    sent = [json.loads(body) for body in bodies]
    assert [(event["id"], event["type"], event["data"], event["test"]) for event in printed] == [
        (event["id"], event["type"], event["data"], event["test"]) for event in sent
    ]
    no_secret_in(out, err)


def test_listen_warns_of_a_forged_delivery_and_keeps_listening() -> None:
    forged, genuine = created("whev_5"), created("whev_6")
    with listening("--count", "1", env=environment(EIGENPAL_WEBHOOK_SECRET=SECRET)) as receiver:
        assert receiver.deliver(forged, signed(forged, secret=OTHER_SECRET)) == 400
        assert receiver.deliver(genuine, signed(genuine)) == 204
        code, out, err = receiver.finish()
    assert code == EXIT_OK, err
    assert [line.split()[3] for line in out.splitlines()[1:]] == ["whev_6"]
    assert "warning: rejected a delivery: signature check failed" in err
    assert "1 event, 0 duplicate deliveries not shown again, 1 delivery rejected" in err
    no_secret_in(out, err)


FORGERIES = {
    "signature": lambda body: signed(body, secret=OTHER_SECRET),
    "timestamp": lambda body: signed(body, age=3600),
    "header": lambda body: {**signed(body), "webhook-signature": ""},
}


@pytest.mark.parametrize("check", FORGERIES)
def test_listen_exits_1_on_a_delivery_that_fails_verification_when_asked(check: str) -> None:
    forged = created("whev_7")
    with listening("--secret", SECRET, "--exit-on-bad-signature") as receiver:
        assert receiver.deliver(forged, FORGERIES[check](forged)) == 400
        code, out, err = receiver.finish()
    assert code == EXIT_API_ERROR
    assert [line.split() for line in out.splitlines()] == [HEADINGS]  # the headings, and no event
    assert f"warning: rejected a delivery: {check} check failed" in err
    assert "error: stopped at the delivery that failed verification (--exit-on-bad-signature)" in err
    no_secret_in(out, err)


@pytest.mark.parametrize(
    ("stop", "code", "said"),
    [
        (signal.SIGINT, EXIT_INTERRUPTED, "interrupted: stopped listening: 1 event, 0 duplicate deliveries"),
        (signal.SIGTERM, EXIT_OK, "1 event, 0 duplicate deliveries not shown again, 0 deliveries rejected"),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_a_signal_stops_listening_cleanly_with_a_summary(stop: signal.Signals, code: int, said: str) -> None:
    body = created("whev_8")
    with listening("--secret", SECRET) as receiver:
        assert receiver.deliver(body, signed(body)) == 204  # answered: the event has been printed
        receiver.process.send_signal(stop)
        returned, out, err = receiver.finish()
    assert returned == code, err
    assert "whev_8" in out and said in err and "Traceback" not in err
    no_secret_in(out, err)


def test_listen_refuses_a_secret_that_is_not_one_before_listening() -> None:
    assert EIGENPAL
    bad = "whsec_not!a*secret"
    result = subprocess.run(
        [EIGENPAL, "webhooks", "listen", "--port", "0", "--secret", bad],
        env=environment(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert "error: --secret: not a webhook signing secret" in result.stderr
    assert bad not in result.stderr and "listening" not in result.stderr


def run_in_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``eigenpal ARGS`` by ``eigenpal.cli.main`` in this process, with ``env`` as its webhook environment."""
    out, err = io.StringIO(), io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.delenv(command.SECRET_ENV, raising=False)
        patch.setenv("COLUMNS", "100")
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        code = main(list(args))
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


@pytest.mark.parametrize(
    ("flag", "value"), [("--host", " "), ("--path", "/hooks?x=1")], ids=["blank-host", "path-with-query"]
)
def test_listen_refuses_a_host_or_path_it_cannot_listen_on_naming_the_flag(flag: str, value: str) -> None:
    result = run_in_process("webhooks", "listen", "--port", "0", "--secret", SECRET, f"{flag}={value}")
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert result.stderr.startswith(f"error: {flag}: ")


def test_listen_on_a_port_in_use_exits_1_and_names_port_0() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = run_in_process("webhooks", "listen", "--port", port, "--secret", SECRET)
    assert result.returncode == EXIT_API_ERROR and result.stdout == ""
    assert f"error: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "eigenpal webhooks listen --port 0" in result.stderr and "port=0" not in result.stderr


# ---- verify -----------------------------------------------------------------------------------------------
def saved(tmp_path: Path, body: bytes, headers: dict[str, Any]) -> tuple[str, str]:
    """A delivery saved as two files: its body and its headers as JSON."""
    (tmp_path / "body.json").write_bytes(body)
    (tmp_path / "headers.json").write_text(json.dumps(headers))
    return str(tmp_path / "body.json"), str(tmp_path / "headers.json")


def header_flags(headers: dict[str, str]) -> list[str]:
    return [flag for name, value in headers.items() for flag in ("--header", f"{name}:{value}")]


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (created("whev_9"), ["run.created", "whev_9", "exec_1", "pending"]),
        (changed("whev_10", previous="running", current="completed", test=True),
         ["run.status_changed", "whev_10", "exec_1", "running", "→", "completed", "(test)"]),
        (_event("whev_11", "run.archived", {"run": {"id": "exec_2"}}), ["run.archived", "whev_11", "exec_2", "-"]),
    ],
    ids=["created", "status-changed-test", "unknown-type"],
)  # fmt: skip
def test_verify_prints_the_event_of_a_good_delivery(tmp_path: Path, body: bytes, row: list[str]) -> None:
    body_file, headers_file = saved(tmp_path, body, signed(body, encoding="hex"))
    result = run_in_process(
        "webhooks", "verify", "--secret", SECRET, "--body", body_file, "--headers", headers_file
    )
    assert result.returncode == EXIT_OK, result.stderr
    headings, printed = result.stdout.splitlines()
    assert headings.split() == HEADINGS and printed.split()[2:] == row
    assert result.stderr == ""


def test_verify_with_header_flags_prints_the_wire_json(tmp_path: Path) -> None:
    body = changed("whev_12", previous="waiting", current="rejected")
    (tmp_path / "body.json").write_bytes(body)
    headers = {name.upper(): value for name, value in signed(body, encoding="base64").items()}
    result = run_in_process(
        "webhooks", "verify", "--json", "--body", str(tmp_path / "body.json"), *header_flags(headers),
        env={command.SECRET_ENV: SECRET},
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    printed, sent = json.loads(result.stdout), json.loads(body)
    assert {key: printed[key] for key in ("id", "type", "data", "test")} == {
        key: sent[key] for key in ("id", "type", "data", "test")
    }


def test_verify_takes_a_headers_file_with_a_numeric_timestamp_and_names_an_unreadable_body(
    tmp_path: Path,
) -> None:
    body = created("whev_17")
    headers: dict[str, Any] = signed(body)
    headers["webhook-timestamp"] = int(headers["webhook-timestamp"])  # as a hand-written file may have it
    body_file, headers_file = saved(tmp_path, body, headers)
    base = ["webhooks", "verify", "--secret", SECRET, "--headers", headers_file]
    assert run_in_process(*base, "--body", body_file).returncode == EXIT_OK
    missing = run_in_process(*base, "--body", str(tmp_path / "absent.json"))
    assert missing.returncode == EXIT_USAGE and "--body: cannot read" in missing.stderr


FAILURES = {
    "tampered": ("signature", lambda body: (body.replace(b"pending", b"running"), signed(body))),
    "stale": ("timestamp", lambda body: (body, signed(body, age=3600))),
    "future": ("timestamp", lambda body: (body, signed(body, age=-3600))),
    "wrong secret": ("signature", lambda body: (body, signed(body, secret=OTHER_SECRET, encoding="hex"))),
    "missing header": ("header", lambda body: (body, {"webhook-id": "whev_13", "webhook-timestamp": "1"})),
    "not an event": ("payload", lambda body: (b"[1, 2]", signed(b"[1, 2]"))),
}


@pytest.mark.parametrize("case", FAILURES)
def test_verify_names_the_failed_check_and_exits_1(tmp_path: Path, case: str) -> None:
    check, make = FAILURES[case]
    body, headers = make(created("whev_13"))
    body_file, headers_file = saved(tmp_path, body, headers)
    result = run_in_process(
        "webhooks", "verify", "--secret", SECRET, "--body", body_file, "--headers", headers_file
    )
    assert result.returncode == EXIT_API_ERROR and result.stdout == ""
    assert result.stderr.startswith(f"error: {check} check failed: ")
    no_secret_in(result.stdout, result.stderr)


def test_verify_takes_a_stale_delivery_with_no_tolerance_or_a_wider_one(tmp_path: Path) -> None:
    body = created("whev_14")
    body_file, headers_file = saved(tmp_path, body, signed(body, age=3600))
    base = ["webhooks", "verify", "--secret", SECRET, "--body", body_file, "--headers", headers_file]
    stale = run_in_process(*base)
    assert stale.returncode == EXIT_API_ERROR and "verifies with --no-tolerance" in stale.stderr
    assert "tolerance=None" not in stale.stderr
    assert run_in_process(*base, "--no-tolerance").returncode == EXIT_OK
    assert run_in_process(*base, "--tolerance", "7200").returncode == EXIT_OK
    assert run_in_process(*base, "--tolerance", "60").returncode == EXIT_API_ERROR
    both = run_in_process(*base, "--tolerance", "60", "--no-tolerance")
    assert both.returncode == EXIT_USAGE and "not allowed with argument" in both.stderr


def test_verify_reads_the_body_from_stdin_as_bytes() -> None:
    """The signature covers the bytes as received: a text read would decode them in the terminal's encoding
    (Latin-1 here) and encode them again otherwise, and the signature would fail."""
    assert EIGENPAL
    body = created("whev_15", run_id="exec_é").replace(b", ", b",\r\n ")
    result = subprocess.run(
        [EIGENPAL, "webhooks", "verify", "--body", "-", "--json", *header_flags(signed(body, encoding="hex"))],
        env=environment(EIGENPAL_WEBHOOK_SECRET=SECRET, PYTHONIOENCODING="latin-1"),
        input=body, capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(result.stdout.decode("latin-1"))["data"]["run"]["id"] == "exec_é"


def test_the_secret_is_required_and_checked_naming_secret(tmp_path: Path) -> None:
    body_file, headers_file = saved(tmp_path, created("whev_16"), signed(created("whev_16")))
    base = ["webhooks", "verify", "--body", body_file, "--headers", headers_file]
    missing = run_in_process(*base)
    assert missing.returncode == EXIT_USAGE
    assert "--secret is required" in missing.stderr and command.SECRET_ENV in missing.stderr
    from_env = run_in_process(*base, env={command.SECRET_ENV: "not a secret!"})
    assert from_env.returncode == EXIT_USAGE
    assert f"--secret (from ${command.SECRET_ENV}): not a webhook signing secret" in from_env.stderr
    assert "not a secret!" not in from_env.stderr
    assert run_in_process(*base, env={command.SECRET_ENV: SECRET}).returncode == EXIT_OK
    flag_wins = run_in_process(*base, "--secret", OTHER_SECRET, env={command.SECRET_ENV: SECRET})
    assert flag_wins.returncode == EXIT_API_ERROR and "signature check failed" in flag_wins.stderr


@given(
    st.tuples(
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", min_size=6),
        st.sampled_from("!#$%&*;:~?é"),
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", min_size=2),
    ).map("".join)
)
def test_any_secret_that_is_not_base64_is_a_usage_error_that_never_echoes_it(secret: str) -> None:
    result = run_in_process(
        "webhooks", "verify", f"--secret=whsec_{secret}", "--body", "-", "--header", "a:b"
    )
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert "--secret: not a webhook signing secret" in result.stderr and secret not in result.stderr


@given(st.text(st.characters(blacklist_characters=":\x00", blacklist_categories=("Cs",))))
def test_a_header_flag_without_a_colon_is_a_usage_error_naming_the_form(given_header: str) -> None:
    result = run_in_process(
        "webhooks", "verify", "--secret", SECRET, "--body", "-", f"--header={given_header}"
    )
    assert result.returncode == EXIT_USAGE and "is not NAME:VALUE" in result.stderr


@pytest.mark.parametrize(
    ("content", "said"),
    [("not json", "is not JSON"), ('["webhook-id"]', "does not hold a JSON object"),
     ('{"webhook-id": ["a"]}', "does not hold a JSON object")],
)  # fmt: skip
def test_a_headers_file_that_is_not_an_object_of_headers_is_a_usage_error(
    tmp_path: Path, content: str, said: str
) -> None:
    (tmp_path / "headers.json").write_text(content)
    result = run_in_process(
        "webhooks", "verify", "--secret", SECRET, "--body", "-", "--headers", str(tmp_path / "headers.json")
    )
    assert result.returncode == EXIT_USAGE and "--headers" in result.stderr and said in result.stderr


def test_the_help_says_where_the_secret_can_come_from_and_the_sdk_default_tolerance() -> None:
    assert command.DEFAULT_TOLERANCE == webhooks.DEFAULT_TOLERANCE
    for name in ("listen", "verify"):
        shown = _help("webhooks", name)
        assert "$EIGENPAL_WEBHOOK_SECRET" in shown and "shell history" in shown
        assert f"default {webhooks.DEFAULT_TOLERANCE:g}" in shown and "--no-tolerance" in shown


def _help(*words: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([*words, "--help"])
    return " ".join(out.getvalue().split())


def test_only_the_webhooks_commands_import_the_webhooks_package() -> None:
    probe = (
        "import contextlib, io, sys\n"
        "import eigenpal.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    eigenpal.cli.main(['webhooks', 'listen', '--help'])\n"
        "print('eigenpal.webhooks' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_listen_json_into_a_reader_that_goes_away_exits_0_and_leaves_the_event_unacknowledged() -> None:
    """``eigenpal webhooks listen --json | head -1``: the event that found no reader is answered 500, so the
    service sends it again; the command ends quietly."""
    first, second = created("whev_18"), created("whev_19")
    with listening("--secret", SECRET, "--json") as receiver:
        assert receiver.deliver(first, signed(first)) == 204
        assert receiver.process.stdout is not None
        assert json.loads(receiver.process.stdout.readline())["id"] == "whev_18"
        receiver.process.stdout.close()  # the reader goes away
        assert receiver.deliver(second, signed(second)) == 500
        assert receiver.process.stderr is not None
        code, err = receiver.process.wait(30), receiver.process.stderr.read()
    assert code == EXIT_OK
    assert "1 event, 0 duplicate deliveries not shown again" in err and "Traceback" not in err
    assert "Exception ignored" not in err


def test_an_event_after_the_count_is_answered_500_so_it_is_sent_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Events that arrive while ``--count`` closes the command are not shown, so not acknowledged."""
    args = argparse.Namespace(json=False, count=1, exit_on_bad_signature=False)
    printer = command._EventPrinter(args)
    command._quiet_listener_log()
    first, second = created("whev_20"), created("whev_21")
    with webhooks.WebhookListener(SECRET, on_event=printer.event) as listener:
        assert httpx.post(listener.url, content=first, headers=signed(first)).status_code == 204
        assert printer.done.is_set()
        assert httpx.post(listener.url, content=second, headers=signed(second)).status_code == 500
    assert [line.split()[3] for line in capsys.readouterr().out.splitlines()] == ["whev_20"]

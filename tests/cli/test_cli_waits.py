"""Waits against an emulator whose runs take a minute: a timeout exits 1 and Ctrl-C exits 130, both
printing the id and the command that resumes the wait, and a terminal sees the status and elapsed time."""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenpal.emulator import Emulator
from tests.support.cli import EIGENPAL, TARGET, cli_all, environment

RUN_ID = re.compile(r"run_[0-9A-Za-z]+")


@pytest.fixture(scope="module")
def slow() -> Iterator[Emulator]:
    with Emulator(latency=60) as emulator:
        emulator.client().automations.examples.create(TARGET, name="slow", input={"n": 1}, expected={"n": 1})
        yield emulator


def failed(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit 1, nothing on stdout, and every fragment on stderr."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    return result.stderr


def resume_command(stderr: str) -> list[str]:
    """The arguments of the ``follow it: eigenpal …`` line."""
    line = next(line for line in stderr.splitlines() if line.strip().startswith("follow it:"))
    return line.split("eigenpal ", 1)[1].split()


def test_a_wait_that_times_out_exits_1_with_the_command_that_resumes_it(slow: Emulator) -> None:
    run, experiment = cli_all(
        slow,
        ("run", TARGET, "--input", "n=1", "--wait", "--wait-timeout", "1", "--base-url", slow.url),
        ("experiments", "create", "--automation", TARGET, "--wait", "--wait-timeout", "1"),
    )
    stderr = failed(run, "did not finish within 1 s", "keeps running on the server")
    run_id = RUN_ID.search(stderr)
    assert run_id is not None
    assert f"eigenpal runs wait {run_id[0]} --base-url {slow.url}" in stderr
    assert f"eigenpal runs cancel {run_id[0]} --base-url {slow.url}" in stderr
    assert "client." not in stderr and "status running" not in run.stdout
    stderr = failed(experiment, "experiment exp_", "did not finish within 1 s")
    assert f"eigenpal experiments wait --automation {TARGET} exp_" in stderr
    again_run, again_experiment = cli_all(
        slow,
        (*resume_command(run.stderr), "--wait-timeout", "0.5"),
        (*resume_command(experiment.stderr), "--wait-timeout", "0.5"),
    )
    failed(again_run, f"run {run_id[0]} did not finish within 0.5 s")
    failed(again_experiment, "did not finish within 0.5 s", "eigenpal experiments wait")


def _interruptible() -> None:
    """Ctrl-C reaches the command as at a terminal, even when this suite runs as a background job (a shell
    without job control starts those with SIGINT ignored, which the command would inherit and keep)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_wait_exits_130_and_names_the_run(slow: Emulator) -> None:
    assert EIGENPAL
    before = set(slow.world.store.runs)
    first_look = slow.add_latency("runs.get", 0.0)  # used up by the wait's first GET of the run
    process = subprocess.Popen(
        [EIGENPAL, "run", TARGET, "--input", "n=1", "--wait"],
        env=environment(slow), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_interruptible,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while first_look.count and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=20)
    (run_id,) = set(slow.world.store.runs) - before
    assert process.returncode == 130 and out == ""
    assert f"interrupted: run {run_id} keeps running on the server." in err
    assert f"eigenpal runs wait {run_id}" in err and f"eigenpal runs cancel {run_id}" in err
    assert slow.world.store.runs[run_id].trigger == "cli"


def test_a_terminal_sees_the_upload_then_the_run_status_and_elapsed_time(
    slow: Emulator, tmp_path: Path
) -> None:
    assert EIGENPAL
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.4 " + b"0" * 300_000)
    command = [EIGENPAL, "run", TARGET, "--file", "contract=contract.pdf", "--wait", "--wait-timeout", "2.5"]
    terminal, stderr = pty.openpty()
    try:
        process = subprocess.Popen(
            command, env=environment(slow), cwd=tmp_path, stdout=subprocess.PIPE, stderr=stderr
        )
        os.close(stderr)
        shown = read_all(terminal)
        assert process.wait(20) == 1
    finally:
        os.close(terminal)
    erase = b"\r\x1b[K"
    _, bar, rest = shown.partition(b"upload [##############################] 100%")
    assert bar and rest.startswith(erase)  # the finished bar is erased before the wait begins
    frames = [frame for frame in rest.split(erase) if frame]
    run_id = RUN_ID.search(frames[0].decode())
    assert run_id is not None
    statuses = [re.fullmatch(rf"{run_id[0]}  (\w+)  (\d+)s", frame.decode()) for frame in frames[:-1]]
    assert all(statuses), frames
    assert {match[1] for match in statuses if match} <= {"waiting", "pending", "running"}
    assert {match[2] for match in statuses if match} >= {"0", "1", "2"}  # the elapsed time goes on
    assert frames[-1].startswith(b"error: run ")  # the status line is erased before the error


def read_all(terminal: int) -> bytes:
    """Everything written to the terminal until the process closes it."""
    chunks = []
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)

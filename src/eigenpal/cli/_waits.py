"""Waiting for a run or an experiment, with a status line on a terminal.

A wait that times out exits 1 and Ctrl-C exits 130; either way the run or experiment keeps going on the
server, so the id and the command that resumes the wait are printed.
"""

from __future__ import annotations

import shlex
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .._errors import EigenpalTimeoutError
from ._messages import CliError, Hint, interrupted
from ._output import StatusLine

if TYPE_CHECKING:
    import argparse

    from .. import EigenpalClient
    from .._generated.models import ExperimentDetail, Run

POLL_FIRST_SECONDS = 0.25
POLL_MAX_SECONDS = 2.0


def connection_flags(args: argparse.Namespace) -> str:
    """``--base-url URL`` when the command was given one, so a printed command reaches the same server."""
    return f" --base-url {shlex.quote(args.base_url)}" if args.base_url else ""


def run_hints(run_id: str, args: argparse.Namespace) -> list[Hint]:
    flags = connection_flags(args)
    return [
        ("follow it", f"eigenpal runs wait {run_id}{flags}"),
        ("stop it", f"eigenpal runs cancel {run_id}{flags}"),
    ]


def experiment_hints(automation: str, experiment_id: str, args: argparse.Namespace) -> list[Hint]:
    command = f"eigenpal experiments wait --automation {automation} {experiment_id}"
    return [("follow it", command + connection_flags(args))]


@contextmanager
def resumable(what: str, hints: Sequence[Hint]) -> Iterator[None]:
    """Ctrl-C inside: say that ``what`` keeps running on the server and how to resume (exit 130)."""
    try:
        yield
    except KeyboardInterrupt:
        raise interrupted(f"{what} keeps running on the server.", hints) from None


def timed_out(what: str, timeout: float, hints: Sequence[Hint]) -> CliError:
    return CliError(
        f"{what} did not finish within {timeout:g} s; it keeps running on the server.", hints=hints
    )


def wait_for_run(client: EigenpalClient, run_id: str, timeout: float, hints: Sequence[Hint]) -> Run:
    """The run once it has ended (``client.runs.wait``); the status line reads its status every 2 s."""

    def status() -> str:
        return f"{run_id}  {client.runs.get(run_id).execution.status}"

    with StatusLine(f"{run_id}  waiting", refresh=status), resumable(f"run {run_id}", hints):
        try:
            return client.runs.wait(run_id, timeout_seconds=timeout)
        except EigenpalTimeoutError as error:
            if error.run_id != run_id:  # one request timed out: a network failure, reported as such
                raise
            raise timed_out(f"run {run_id}", timeout, hints) from None


def wait_for_experiment(
    client: EigenpalClient, automation: str, experiment_id: str, timeout: float, hints: Sequence[Hint]
) -> ExperimentDetail:
    """The experiment once its status is terminal (neither queued nor running), polled at a growing interval."""
    from .._generated.models import ExperimentDetailStatus

    active = {ExperimentDetailStatus.QUEUED, ExperimentDetailStatus.RUNNING}
    deadline, interval = time.monotonic() + timeout, POLL_FIRST_SECONDS
    what = f"experiment {experiment_id}"
    with StatusLine(f"{experiment_id}  waiting") as line, resumable(what, hints):
        while True:
            detail: ExperimentDetail = client.automations.experiments.get(automation, experiment_id)
            line.update(f"{experiment_id}  {detail.status}  {detail.completed_count}/{detail.run_count} runs")
            if detail.status not in active:
                return detail
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise timed_out(what, timeout, hints)
            time.sleep(min(interval, remaining))
            interval = min(interval * 1.5, POLL_MAX_SECONDS)

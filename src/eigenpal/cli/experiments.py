"""``eigenpal experiments``: evaluate an automation against its dataset (create, get, wait, export), and
how an experiment reads for a person: its counts, then one row per evaluator result.

A wait that times out exits 1 and Ctrl-C exits 130; either way the experiment keeps going on the
server, so its id and the command that resumes the wait are printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eigenpal.types import UNSET, ExperimentDetailStatus

from ._args import query_values
from ._automations import known_automation
from ._command import (
    Commands,
    Handler,
    client_for,
    command,
    connection_flags,
    group,
    show,
    suggest_next,
    wait_options,
    wait_timeout,
)
from ._messages import Hint, resumable, timed_out
from ._output import Printer, StatusLine

if TYPE_CHECKING:
    from eigenpal import EigenpalClient
    from eigenpal.types import ExperimentDetail

POLL_FIRST_SECONDS = 0.25
POLL_MAX_SECONDS = 2.0


def add_commands(top: Commands) -> None:
    experiments = group(
        top, "experiments", "evaluate against the dataset",
        ["eigenpal experiments create --automation workflows.extract-invoice --wait"],
    )  # fmt: skip

    def automation_command(
        name: str, summary: str, lines: list[str], handler: Handler
    ) -> argparse.ArgumentParser:
        parser = command(experiments, name, summary, lines, handler)
        parser.add_argument(
            "--automation", required=True, metavar="NAME", help="workflows.<slug> or agents.<slug>"
        )
        return parser

    create = automation_command(
        "create", "start an experiment on the dataset",
        ["eigenpal experiments create --automation workflows.extract-invoice --wait",
         "eigenpal experiments create --automation workflows.extract-invoice --example <example-id>"],
        cmd_create,
    )  # fmt: skip
    create.add_argument(
        "--example", action="append", metavar="EXAMPLE_ID", help="only this example (repeatable)"
    )
    wait_options(create, "experiment", 600)
    for name, summary, handler in (
        ("get", "show an experiment and its scores", cmd_get),
        ("wait", "wait for an experiment to end (exit 1 on timeout)", cmd_wait),
    ):
        lines = [f"eigenpal experiments {name} --automation workflows.extract-invoice <experiment-id>"]
        sub = automation_command(name, summary, lines, handler)
        sub.add_argument("experiment_id", metavar="EXPERIMENT_ID")
        if name == "wait":
            wait_timeout(sub, 600)
    export = automation_command(
        "export", "export an experiment's eval result rows",
        ["eigenpal experiments export --automation workflows.extract-invoice <experiment-id> -o results.csv"],
        cmd_export,
    )  # fmt: skip
    export.add_argument("experiment_id", metavar="EXPERIMENT_ID")
    formats = query_values("automations.experiments.export", "format")
    export.add_argument("--format", choices=formats, default=formats[0], help=f"default {formats[0]}")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")


# ---- handlers ---------------------------------------------------------------------------------------------
def cmd_create(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    created = client.automations.experiments.create(automation, examples=args.example or UNSET)
    hints = experiment_hints(args.automation, created.id, args)
    if args.wait:
        detail = wait_for_experiment(client, automation, created.id, args.wait_timeout, hints)
        show(args, detail, experiment_view)
        return
    show(args, created)
    suggest_next(args, hints)


def cmd_get(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    show(args, client.automations.experiments.get(automation, args.experiment_id), experiment_view)


def cmd_wait(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    hints = experiment_hints(args.automation, args.experiment_id, args)
    detail = wait_for_experiment(client, automation, args.experiment_id, args.wait_timeout, hints)
    show(args, detail, experiment_view)


def cmd_export(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    text = client.automations.experiments.export(automation, args.experiment_id, format=args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


# ---- waiting ----------------------------------------------------------------------------------------------
def experiment_hints(automation: str, experiment_id: str, args: argparse.Namespace) -> list[Hint]:
    line = f"eigenpal experiments wait --automation {automation} {experiment_id}"
    return [("follow it", line + connection_flags(args))]


def wait_for_experiment(
    client: EigenpalClient, automation: str, experiment_id: str, timeout: float, hints: Sequence[Hint]
) -> ExperimentDetail:
    """The experiment once its status is terminal (neither queued nor running), polled at a growing interval."""
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


# ---- views ------------------------------------------------------------------------------------------------
def experiment_view(data: Mapping[str, Any], printer: Printer) -> None:
    """The counts, then one row per evaluator result: run, example, evaluator, score, pass."""
    printer.fields(
        {
            "id": data.get("id"),
            "status": data.get("status"),
            "version": data.get("version"),
            "runs": f"{data.get('completedCount')}/{data.get('runCount')} completed",
            "passed": data.get("passedCount"),
            "failed": data.get("failedCount"),
            "avg score": data.get("avgScore"),
            "created": data.get("createdAt"),
            "completed": data.get("completedAt"),
        }
    )
    printer.blank()
    printer.table(
        ["run", "example", "status", "evaluator", "score", "pass"], _result_rows(data), empty="no runs"
    )


def _result_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    results = data.get("resultsByRun") or {}
    rows: list[list[Any]] = []
    for item in data.get("runs") or []:
        head = [item.get("id"), item.get("exampleName") or item.get("exampleId"), item.get("status")]
        found = results.get(item.get("id")) or [{}]
        rows.extend([*head, r.get("evaluatorName"), r.get("score"), r.get("passed")] for r in found)
    return rows

"""``eigenpal runs``: list, show, wait for, cancel and rerun runs, and read a run's steps, usage, trace
and events; with how a run reads for a person, and the wait that ``run --wait`` shares.

A wait that times out exits 1 and Ctrl-C exits 130; either way the run keeps going on the server, so
its id and the command that resumes the wait are printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from eigenpal import EigenpalClient, EigenpalTimeoutError
from eigenpal.spec import waiting_task_id
from eigenpal.types import ExecutionStatus

from . import artifacts
from ._args import bounded_int, comma_separated, fraction, query_rule, query_values
from ._automations import alias, known_automation
from ._command import (
    Commands,
    Handler,
    View,
    client_for,
    command,
    connection_flags,
    fields,
    group,
    run_id_command,
    show,
    suggest_next,
    wait_options,
    wait_timeout,
)
from ._messages import Hint, resumable, timed_out
from ._output import Printer, StatusLine, flatten, note

if TYPE_CHECKING:
    from eigenpal.types import Run, RunAccepted


def add_commands(top: Commands) -> None:
    runs = group(
        top,
        "runs",
        "inspect, wait for and rerun runs",
        ["eigenpal runs list", "eigenpal runs get <run-id>"],
    )
    _add_list(runs)
    _add_one_run_commands(runs)
    _add_rerun(runs)
    artifacts.add_commands(runs)


def _add_list(runs: Commands) -> None:
    listing = command(
        runs, "list", "list runs, newest first",
        ["eigenpal runs list --automation workflows.extract-invoice --status completed,failed",
         "eigenpal runs list --review-status open --all --json",
         "eigenpal runs list --automation workflows.extract-invoice --no-review --sample-rate 0.15"],
        cmd_list,
    )  # fmt: skip
    listing.add_argument(
        "--automation", metavar="NAME", help="only runs of this automation (workflows.<slug>)"
    )
    statuses = [status.value for status in ExecutionStatus]
    listing.add_argument(
        "--status", type=comma_separated(statuses, "a run status"), metavar="STATUS[,STATUS]",
        help=f"only runs in these statuses: {', '.join(statuses)}",
    )  # fmt: skip
    _review_filters(listing)
    listing.add_argument(
        "--limit", type=bounded_int("runs.list", "limit"), default=20, help="rows per page (default 20)"
    )
    listing.add_argument("--all", action="store_true", help="follow every page")


def _review_filters(listing: argparse.ArgumentParser) -> None:
    """The review filters of ``runs list`` (their June names are rewritten by ``_aliases``)."""
    listing.add_argument(
        "--review-status",
        choices=query_values("runs.list", "reviewStatus"),
        help="only runs whose review is in this status",
    )
    listing.add_argument(
        "--review-verdict", choices=query_values("runs.list", "reviewVerdict"),
        help="only runs reviewed with this verdict (none: reviewed without one)",
    )  # fmt: skip
    listing.add_argument("--has-review", action="store_true", help="only reviewed runs")
    listing.add_argument("--no-review", action="store_true", help="only runs without a review")
    listing.add_argument(
        "--has-corrections", action="store_true", help="only runs whose review corrects them"
    )
    listing.add_argument(
        "--since-last-closed",
        action="store_true",
        help="only runs created after the most recently closed review",
    )
    listing.add_argument(
        "--sample-rate", type=fraction, metavar="FRACTION",
        help="a stable sample of the runs: those whose sample rank is below it (0.15 for 15%%)",
    )  # fmt: skip


def _add_one_run_commands(runs: Commands) -> None:
    """``runs get``, ``runs wait`` and the commands that read or cancel one run."""
    get = run_id_command(
        runs, "get", "show one run", ["eigenpal runs get <run-id> --expand input,usage"], cmd_get
    )  # fmt: skip
    expand = query_values("runs.get", "expand")
    get.add_argument(
        "--expand", type=comma_separated(expand, "an expansion"), metavar="PART[,PART]",
        help=f"add parts of the run: {', '.join(expand)}",
    )  # fmt: skip

    wait = run_id_command(
        runs, "wait", "wait for a run to end (exit 1 on timeout)",
        ["eigenpal runs wait <run-id>", "eigenpal runs wait <run-id> --wait-timeout 1800 --json"],
        cmd_wait,
    )  # fmt: skip
    wait_timeout(wait, 300)

    for name, summary, fetch, view in (
        ("cancel", "cancel a queued or running run", lambda c, i: c.runs.cancel(i), fields),
        ("steps", "a run's steps", lambda c, i: c.runs.steps(i), steps_table),
        ("usage", "a run's tokens, credits and calls", lambda c, i: c.runs.usage(i), usage_table),
        ("trace", "a run's trace", lambda c, i: c.runs.trace.get(i), trace_table),
        ("events", "a run's lifecycle events", lambda c, i: c.runs.events(i), events_table),
    ):
        lines = [f"eigenpal runs {name} <run-id>", f"eigenpal runs {name} <run-id> --json"]
        run_id_command(runs, name, summary, lines, cmd_run_detail(fetch, view))


def _add_rerun(runs: Commands) -> None:
    rerun = run_id_command(
        runs, "rerun", "start a new run from a run's input",
        ["eigenpal runs rerun <run-id> --version original --wait"], cmd_rerun,
    )  # fmt: skip
    rerun.add_argument("--version", help="a version, or 'original' to pin the source run's (default: latest)")
    wait_options(rerun, "run", 300)


# ---- handlers ---------------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> None:
    client = client_for(args)
    source = known_automation(client, args.automation) if args.automation else None
    page = client.runs.list(
        source=source, status=args.status, limit=args.limit, review_status=args.review_status,
        review_verdict=args.review_verdict, has_review=args.has_review or None,
        no_review=args.no_review or None, has_corrections=args.has_corrections or None,
        since_last_closed=args.since_last_closed or None, sample_rate=args.sample_rate,
    )  # fmt: skip
    found = list(page.iter_all()) if args.all else list(page)
    show(args, found, runs_table)
    if not args.all and page.has_next_page():
        most = query_rule("runs.list", "limit")["maximum"]
        note(f"more runs exist: raise --limit (at most {most}) or pass --all to list every page")


def cmd_get(args: argparse.Namespace) -> None:
    show(args, client_for(args).runs.get(args.run_id, expand=args.expand), run_fields)


def cmd_wait(args: argparse.Namespace) -> None:
    hints = run_hints(args.run_id, args)
    show_waited(args, wait_for_run(client_for(args), args.run_id, args.wait_timeout, hints))


def cmd_run_detail(fetch: Callable[[EigenpalClient, str], Any], view: View) -> Handler:
    """A command that reads one thing about a run (``runs steps``, ``runs usage``, …)."""

    def handler(args: argparse.Namespace) -> None:
        show(args, fetch(client_for(args), args.run_id), view)

    return handler


def cmd_rerun(args: argparse.Namespace) -> None:
    client = client_for(args)
    started = client.rerun(args.run_id, version=args.version)
    follow(args, client, started)


def follow(args: argparse.Namespace, client: EigenpalClient, started: Run | RunAccepted) -> None:
    """A run just started: waited for with ``--wait``, else shown with the command that waits for it."""
    hints = run_hints(started.id, args)
    if args.wait:
        show_waited(args, wait_for_run(client, started.id, args.wait_timeout, hints))
    else:
        show(args, started, run_fields)
        suggest_next(args, hints[:1])


def show_waited(args: argparse.Namespace, run: Run) -> None:
    """A run a wait handed back: ended, or held for a person, with the commands that decide its task."""
    show(args, run, run_fields)
    task_id = waiting_task_id(run)
    if task_id is not None:
        flags = connection_flags(args)
        suggest_next(
            args,
            [
                ("it waits for a person: see the fields", f"eigenpal human-reviews get {task_id}{flags}"),
                ("decide it", f"eigenpal human-reviews approve {task_id} --set PATH=VALUE{flags}"),
            ],
        )


# ---- waiting ----------------------------------------------------------------------------------------------
def run_hints(run_id: str, args: argparse.Namespace) -> list[Hint]:
    flags = connection_flags(args)
    return [
        ("follow it", f"eigenpal runs wait {run_id}{flags}"),
        ("stop it", f"eigenpal runs cancel {run_id}{flags}"),
    ]


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


# ---- views ------------------------------------------------------------------------------------------------
def duration(milliseconds: Any) -> str | None:
    if milliseconds is None:
        return None
    seconds = float(milliseconds) / 1000
    return f"{float(milliseconds):.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def run_summary(run: Mapping[str, Any]) -> dict[str, Any]:
    """A run's fields worth reading, in reading order; expansions (``--expand``) follow."""
    source, timing = run.get("source") or {}, run.get("timing") or {}
    execution = run.get("execution") or {}
    summary = {
        "id": run.get("id"),
        "automation": alias(run.get("type"), source.get("slug")),
        "version": source.get("version"),
        "status": execution.get("status") or ("finished" if run.get("finished") else "not finished"),
        "trigger": (run.get("trigger") or {}).get("type"),
        "created": timing.get("createdAt"),
        "duration": duration(timing.get("durationMs")),
        "error": run.get("error"),
        "output": run.get("output"),
        "files": ", ".join(item.get("path", "") for item in run.get("files") or []) or None,
        "input": run.get("input"),
        "usage": run.get("usage"),
        "steps": _step_summary(execution.get("steps")),
        "review": _review_summary(execution.get("review")),
        "human review": _human_review_summary(execution.get("humanReview")),
    }
    return {key: value for key, value in summary.items() if value is not None}


def _human_review_summary(task: Any) -> str | None:
    """``htask_1: 0/1 required fields confirmed`` for a run held for a person."""
    if not isinstance(task, Mapping) or not task.get("taskId"):
        return None
    return f"{task['taskId']}: {task.get('confirmedCount')}/{task.get('requiredCount')} required fields confirmed"


def _step_summary(steps: Any) -> str | None:
    if not isinstance(steps, list):
        return None
    return ", ".join(f"{step.get('name')} {step.get('status')}" for step in steps) or "(none)"


def _review_summary(review: Any) -> str | None:
    """``incorrect, open, 2 corrections`` from the run's embedded review (the full review with
    ``--expand execution``, its summary in a list)."""
    if not isinstance(review, Mapping):
        return None
    parts = [review.get("verdict") or "no verdict", review.get("status")]
    count = review.get("correctionCount", len(review.get("corrections") or []))
    if count:
        parts.append(f"{count} correction{'s' if count != 1 else ''}")
    if review.get("correctedOutput") is not None:
        parts.append("corrected output")
    return ", ".join(str(part) for part in parts if part)


def run_fields(data: Mapping[str, Any], printer: Printer) -> None:
    printer.fields(run_summary(data))


def run_row(run: Mapping[str, Any]) -> list[Any]:
    """id, the target with its version (``workflows.x@v3``, as ``eigenpal run`` takes it), status, trigger, created."""
    summary = run_summary(run)
    target = "@".join(str(summary[key]) for key in ("automation", "version") if summary.get(key))
    return [
        summary.get("id"),
        target or None,
        summary.get("status"),
        summary.get("trigger"),
        summary.get("created"),
    ]


def runs_table(data: Sequence[Mapping[str, Any]], printer: Printer) -> None:
    headers = ["id", "automation", "status", "trigger", "created"]
    printer.table(headers, [run_row(item) for item in data], empty="no runs")


def steps_table(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["step", "status", "started", "completed", "error"],
        [[s.get("name"), s.get("status"), s.get("startedAt"), s.get("completedAt"), s.get("error")]
         for s in data.get("steps") or []],
        empty="no steps",
    )  # fmt: skip


def usage_table(data: Mapping[str, Any], printer: Printer) -> None:
    recorded = data.get("usage") or {}
    printer.table(["metric", "value"], list(flatten(recorded)), empty="no usage recorded yet")


def events_table(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["time", "type", "status", "message"],
        [[e.get("timestamp"), e.get("type"), e.get("status"), e.get("message")] for e in data.get("events") or []],
        empty="no events",
    )  # fmt: skip


def trace_table(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["phase", "step", "status", "started", "completed", "message"],
        [[e.get("phase"), e.get("stepName"), e.get("status"), e.get("startedAt"), e.get("completedAt"), e.get("message")]
         for e in data.get("events") or []],
        empty="no trace events",
    )  # fmt: skip

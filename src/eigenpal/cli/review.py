"""``eigenpal review`` and ``eigenpal promote``: the review loop over ``eigenpal.lifecycle.ReviewQueue``.

``review queue`` lists the sampled completed runs that need a verdict; ``review pass|fail|partial``
records one (a fail or partial with the corrected output and files); ``promote`` turns a reviewed run
into a dataset example, once (``--force`` promotes it again).
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from eigenpal.types import UNSET

from ._args import fraction, json_or_file, positive_int, readable_file
from ._automations import known_automation
from ._command import Commands, Handler, client_for, command, group, run_id_command, show
from ._messages import usage_error
from ._output import Printer, note
from .runs import runs_table

if TYPE_CHECKING:
    from eigenpal import EigenpalClient
    from eigenpal.lifecycle import ReviewQueue


def add_commands(top: Commands) -> None:
    review = group(top, "review", "human review of runs", ["eigenpal review queue --automation workflows.x"])
    _add_review(review)
    _add_promote(top)


def _add_review(review: Commands) -> None:
    queue = command(
        review, "queue", "sampled completed runs that need a verdict",
        ["eigenpal review queue --automation workflows.extract-invoice --rate 0.15 --limit 10"],
        cmd_queue,
    )  # fmt: skip
    queue.add_argument(
        "--automation", required=True, metavar="NAME", help="workflows.<slug> or agents.<slug>"
    )
    queue.add_argument("--rate", type=fraction, default=0.15, help="review sample rate (default 0.15)")
    queue.add_argument("--limit", type=positive_int, help="show at most this many (default: all)")
    for verdict in ("pass", "fail", "partial"):
        lines = [f"eigenpal review {verdict} <run-id> --note 'looks right'"]
        if verdict != "pass":
            lines = [f"eigenpal review {verdict} <run-id> --expected corrected.json --file corrected.pdf"]
        sub = run_id_command(review, verdict, f"record a {verdict} verdict", lines, cmd_verdict(verdict))
        sub.add_argument("--note", help="the reviewer's note")
        if verdict != "pass":
            _correction_options(sub)


def _correction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expected", type=json_or_file, default=UNSET, metavar="JSON|FILE",
        help="the corrected output: JSON, or a file holding it",
    )  # fmt: skip
    parser.add_argument(
        "--file", action="append", type=readable_file, default=[], metavar="PATH",
        help="a corrected file (repeatable)",
    )  # fmt: skip


def _add_promote(top: Commands) -> None:
    promote = run_id_command(
        top, "promote", "turn a reviewed run into a dataset example",
        ["eigenpal promote <run-id>", "eigenpal promote <run-id> --name late-invoice --force"], cmd_promote,
    )  # fmt: skip
    promote.add_argument("--name", help="example name (default: the run id)")
    promote.add_argument(
        "--allow-without-expected", action="store_true", help="promote even without a correction"
    )
    promote.add_argument("--force", action="store_true", help="promote a run that was promoted before")


# ---- handlers ---------------------------------------------------------------------------------------------
def _queue_of_run(client: EigenpalClient, run_id: str) -> ReviewQueue:
    """The review queue of the run's automation (which also checks that the run exists)."""
    from eigenpal.lifecycle import ReviewQueue

    return ReviewQueue(client, client.runs.get(run_id).source.id)


def cmd_queue(args: argparse.Namespace) -> None:
    from eigenpal.lifecycle import ReviewQueue

    client = client_for(args)
    queue = ReviewQueue(client, known_automation(client, args.automation), rate=args.rate)
    pending = queue.pending()
    found = list(itertools.islice(pending, args.limit))
    show(args, found, runs_table)
    if args.limit and next(pending, None) is not None:
        note("more runs need review: raise --limit, or leave it out to list them all")


def cmd_verdict(verdict: str) -> Handler:
    def handler(args: argparse.Namespace) -> None:
        queue = _queue_of_run(client_for(args), args.run_id)
        if verdict == "pass":
            detail = queue.pass_(args.run_id, note=args.note)
        else:
            judge = queue.fail if verdict == "fail" else queue.partial
            detail = judge(args.run_id, expected=args.expected, files=args.file, note=args.note)
        show(args, detail, feedback_fields)

    return handler


def cmd_promote(args: argparse.Namespace) -> None:
    client = client_for(args)
    queue = _queue_of_run(client, args.run_id)
    if not args.force:
        _refuse_promoted_twice(client, args.run_id)
    promoted = queue.promote(
        args.run_id, name=args.name or args.run_id, allow_without_expected=args.allow_without_expected
    )
    show(args, promoted)


def _refuse_promoted_twice(client: EigenpalClient, run_id: str) -> None:
    """A second promotion would add an identical example; the run's feedback names the first one."""
    feedback = client.runs.feedback.get(run_id).feedback
    if feedback is not None and feedback.promoted_example_name:
        raise usage_error(
            f"run {run_id} was already promoted to the example {feedback.promoted_example_name!r}.",
            [("promote it again", f"eigenpal promote {run_id} --force")],
        )


# ---- views ------------------------------------------------------------------------------------------------
def feedback_fields(data: Mapping[str, Any], printer: Printer) -> None:
    given = data.get("feedback") or {}
    printer.fields(
        {
            "rating": given.get("rating"),
            "status": given.get("status"),
            "note": given.get("body") or None,
            "expected": data.get("expected"),
            "expected files": ", ".join(f.get("name", "") for f in data.get("expectedFiles") or []) or None,
            "promoted as": given.get("promotedExampleName"),
        }
    )

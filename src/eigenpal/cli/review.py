"""``eigenpal review`` and ``eigenpal promote``: the review loop over ``eigenpal.lifecycle.ReviewQueue``.

``review queue`` lists the sampled completed runs that need a verdict (the service's stable sample,
``--rate``); ``review rate`` recommends the next rate from the automation's review health; ``review correct|incorrect`` records one (``incorrect`` with the corrected output,
corrections and files); ``review close`` closes an open review (``--wont-fix`` when it will not be
fixed); ``promote`` turns a reviewed run into a dataset example, once (``--force`` promotes it again).
The June words (``review pass|fail|partial``, ``--expected``) are rewritten by ``_aliases``.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from eigenpal.types import UNSET

from ._args import fraction, json_or_file, positive_int, readable_file
from ._automations import known_automation
from ._command import Commands, View, client_for, command, group, run_id_command, show
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
    queue.add_argument(
        "--rate",
        type=fraction,
        default=0.15,
        help="review sample rate (default 0.15): the service's stable sample",
    )
    queue.add_argument("--limit", type=positive_int, help="show at most this many (default: all)")

    rate = command(
        review, "rate", "the review rate to use next, from the automation's review health",
        ["eigenpal review rate --automation workflows.extract-invoice"], cmd_rate,
    )  # fmt: skip
    rate.add_argument("--automation", required=True, metavar="NAME", help="workflows.<slug> or agents.<slug>")

    correct = run_id_command(
        review, "correct", "record a correct verdict (the review is closed)",
        ["eigenpal review correct <run-id> --note 'looks right'"], cmd_correct,
    )  # fmt: skip
    _note_option(correct)
    incorrect = run_id_command(
        review, "incorrect", "record an incorrect verdict with the correction (the review stays open)",
        ["eigenpal review incorrect <run-id> --corrected-output corrected.json --file corrected.pdf",
         "eigenpal review incorrect <run-id> --correction corrections.json --note 'total misread'"],
        cmd_incorrect,
    )  # fmt: skip
    _incorrect_options(incorrect)
    close = run_id_command(
        review, "close", "close a run's open review",
        ["eigenpal review close <run-id>", "eigenpal review close <run-id> --wont-fix --note 'by design'"],
        cmd_close,
    )  # fmt: skip
    close.add_argument("--wont-fix", action="store_true", help="close it as won't fix (default: handled)")
    _note_option(close, "why it is closed")


def _note_option(parser: argparse.ArgumentParser, what: str = "the reviewer's note") -> None:
    parser.add_argument("--note", help=what)


def _incorrect_options(parser: argparse.ArgumentParser) -> None:
    _note_option(parser)
    parser.add_argument(
        "--corrected-output", type=json_or_file, default=UNSET, metavar="JSON|FILE",
        help="the corrected output: JSON, or a file holding it",
    )  # fmt: skip
    parser.add_argument(
        "--correction", action="append", type=corrections, default=[], metavar="JSON|FILE",
        help='a field correction ({"kind": "field", "path": "/total", "correctedValue": 12}) or a list of them; '
        "repeatable",
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


def cmd_rate(args: argparse.Namespace) -> None:
    from eigenpal.lifecycle import ReviewQueue

    client = client_for(args)
    advice = ReviewQueue(client, known_automation(client, args.automation)).recommend_rate()
    show(args, dataclasses.asdict(advice))


def cmd_correct(args: argparse.Namespace) -> None:
    detail = _queue_of_run(client_for(args), args.run_id).correct(args.run_id, note=args.note)
    show(args, detail, review_view())


def cmd_incorrect(args: argparse.Namespace) -> None:
    client = client_for(args)
    detail = _queue_of_run(client, args.run_id).incorrect(
        args.run_id,
        corrected_output=args.corrected_output,
        corrections=[item for given in args.correction for item in given] or UNSET,
        files=args.file,
        note=args.note,
    )
    files = (
        None if args.json else [file.name for file in client.runs.reviews.list_expected(args.run_id).files]
    )
    show(args, detail, review_view(files))


def corrections(value: str) -> list[Mapping[str, Any]]:
    """One ``--correction``: a JSON object, or a list of them (inline, or a file holding it)."""
    given = json_or_file(value)
    items = given if isinstance(given, list) else [given]
    if not items or not all(isinstance(item, Mapping) for item in items):
        raise argparse.ArgumentTypeError(
            f'{value!r} is not a correction: give a JSON object ({{"kind": "field", "path": "/total", '
            '"correctedValue": 12}) or a list of them'
        )
    return items


def cmd_close(args: argparse.Namespace) -> None:
    client = client_for(args)
    detail = _queue_of_run(client, args.run_id).close(args.run_id, wont_fix=args.wont_fix, note=args.note)
    show(args, detail, review_view())


def cmd_promote(args: argparse.Namespace) -> None:
    queue = _queue_of_run(client_for(args), args.run_id)
    if not args.force:
        _refuse_promoted_twice(queue, args.run_id)
    promoted = queue.promote(
        args.run_id, name=args.name or args.run_id, allow_without_expected=args.allow_without_expected
    )
    show(args, promoted)


def _refuse_promoted_twice(queue: ReviewQueue, run_id: str) -> None:
    """A second promotion would add an identical example; the examples ``promote`` made name their run."""
    earlier = [example.name for promoted_from, example in queue.promotions() if promoted_from == run_id]
    if earlier:
        raise usage_error(
            f"run {run_id} was already promoted to the example {earlier[0]!r}.",
            [("promote it again", f"eigenpal promote {run_id} --force")],
        )


# ---- views ------------------------------------------------------------------------------------------------
def review_view(expected_files: list[str] | None = None) -> View:
    """A run's review (``runs.reviews.get``), with the names of its expected files when they were read."""

    def view(data: Mapping[str, Any], printer: Printer) -> None:
        review = data.get("review") or {}
        corrections = review.get("corrections") or []
        printer.fields(
            {
                "verdict": review.get("verdict") or "none",
                "status": review.get("status"),
                "note": review.get("note") or None,
                "corrected output": review.get("correctedOutput"),
                "corrections": ", ".join(_correction_text(c) for c in corrections) or None,
                "expected files": ", ".join(expected_files or []) or None,
                "closed note": review.get("closedNote"),
            }
        )

    return view


def _correction_text(correction: Mapping[str, Any]) -> str:
    """``/total → 12`` for a field, the corrected file's path for a file."""
    if correction.get("kind") == "file":
        return f"{correction.get('path')} (file {correction.get('correctedArtifactPath') or '-'})"
    return f"{correction.get('path')} → {json.dumps(correction.get('correctedValue'))}"

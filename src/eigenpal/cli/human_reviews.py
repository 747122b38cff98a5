"""``eigenpal human-reviews``: the daily flow of human review tasks (runs held for a person), over
``eigenpal.lifecycle.HumanReviewQueue``.

``list`` shows the pending tasks as a table, ``get`` one task with its fields, ``approve TASK [--set
PATH=VALUE ...]`` confirms the corrections and approves (it reads the task's version itself), ``reject TASK
--reason R`` rejects. ``confirm-field`` and ``download-file`` stay the spec commands, in this group.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from eigenpal import EigenpalAPIError, EigenpalUsageError
from eigenpal.lifecycle import FieldValue, HumanReviewQueue, TaskRef, is_stale_decision

from ._args import positive_int
from ._automations import known_automation
from ._command import Commands, client_for, command, connection_flags, group, show, suggest_next
from ._messages import CliError, usage_error
from ._output import Printer, note


def add_commands(top: Commands) -> None:
    reviews = group(
        top, "human-reviews", "human review tasks: runs waiting for a person",
        ["eigenpal human-reviews list", "eigenpal human-reviews approve <task-id> --set total=1200"],
    )  # fmt: skip
    listed = command(
        reviews, "list", "pending tasks, oldest first",
        ["eigenpal human-reviews list --automation workflows.review-invoice",
         "eigenpal human-reviews list --waiting-before 2026-07-01T00:00:00Z --json"],
        cmd_list,
    )  # fmt: skip
    listed.add_argument(
        "--automation", metavar="NAME", help="only tasks of this automation (workflows.<slug>)"
    )
    listed.add_argument(
        "--waiting-before", metavar="ISO", help="only tasks waiting since before this instant"
    )
    listed.add_argument("--limit", type=positive_int, help="show at most this many (default: all)")

    get = command(
        reviews, "get", "show a task: its fields, values and confidences",
        ["eigenpal human-reviews get <task-id>", "eigenpal human-reviews get <task-id> --json"], cmd_get,
    )  # fmt: skip
    _task_argument(get)

    approve = command(
        reviews, "approve", "confirm the corrections and approve: the run resumes",
        ["eigenpal human-reviews approve <task-id> --set total=1200",
         "eigenpal human-reviews approve <task-id> --confirm-remaining"],
        cmd_approve,
    )  # fmt: skip
    _task_argument(approve)
    approve.add_argument(
        "--set", action="append", type=correction, default=[], metavar="PATH=VALUE", dest="corrections",
        help="set a field (repeatable); VALUE is read as JSON (1200, true, null, \"007\"), else as text",
    )  # fmt: skip
    approve.add_argument(
        "--confirm-remaining", action="store_true",
        help="confirm the required fields not --set as they stand (default: refuse, naming them)",
    )  # fmt: skip
    _version_option(approve)

    reject = command(
        reviews, "reject", "reject a task: the run ends rejected with the reason",
        ["eigenpal human-reviews reject <task-id> --reason 'not an invoice'"], cmd_reject,
    )  # fmt: skip
    _task_argument(reject)
    reject.add_argument("--reason", required=True, help="why; the run's error says it")
    _version_option(reject)


def _task_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task_id", metavar="TASK_ID")


def _version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expected-version", type=positive_int, metavar="N",
        help="decide only if the task is still at this version (as `get` showed it); default: its current one",
    )  # fmt: skip


def correction(value: str) -> tuple[str, FieldValue]:
    """``PATH=VALUE``: the value as JSON when it reads as a JSON scalar, else as the text given."""
    path, equals, given = value.partition("=")
    if not equals or not path:
        raise argparse.ArgumentTypeError(f"{value!r} is not PATH=VALUE (such as total=1200)")
    try:
        parsed = json.loads(given, parse_constant=lambda constant: given)  # NaN, Infinity stay text
    except ValueError:
        return path, given
    return path, parsed if parsed is None or isinstance(parsed, (bool, int, float, str)) else given


# ---- handlers ---------------------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation) if args.automation else None
    pending = HumanReviewQueue(client, automation, waiting_before=args.waiting_before).pending()
    found = list(itertools.islice(pending, args.limit))
    show(args, found, tasks_table)
    if args.limit and next(pending, None) is not None:
        note("more tasks are pending: raise --limit, or leave it out to list them all")


def cmd_get(args: argparse.Namespace) -> None:
    show(args, HumanReviewQueue(client_for(args)).get(args.task_id), task_view)


def cmd_approve(args: argparse.Namespace) -> None:
    queue = HumanReviewQueue(client_for(args))
    with _decision(args):
        task = queue.approve(
            _as_seen(queue, args), dict(args.corrections), confirm_remaining=args.confirm_remaining
        )
    show(args, task, task_view)
    suggest_next(
        args, [("follow the run", f"eigenpal runs wait {task.execution_id}{connection_flags(args)}")]
    )


def cmd_reject(args: argparse.Namespace) -> None:
    queue = HumanReviewQueue(client_for(args))
    with _decision(args):
        task = queue.reject(_as_seen(queue, args), args.reason)
    show(args, task, task_view)


def _as_seen(queue: HumanReviewQueue, args: argparse.Namespace) -> TaskRef:
    """The task by id (decided at its current version), or with ``--expected-version`` the task as read,
    refused if it has moved on since, so the decision is made at that version."""
    if args.expected_version is None:
        return str(args.task_id)
    task = queue.get(args.task_id)
    if task.version != args.expected_version:
        raise CliError(
            f"task {task.id} is at version {task.version}, not {args.expected_version}: it changed since "
            "it was read. Re-read it and decide again.",
            hints=[("see the task", f"eigenpal human-reviews get {task.id}{connection_flags(args)}")],
        )
    return task


_FLAGS = [
    (
        re.compile(r"pass their values as corrections=\{'([^']*)': \.\.\.\}"),
        r"give their values with --set \1=VALUE",
    ),
    (re.compile(r"confirm_remaining=True"), "--confirm-remaining"),
]


@contextmanager
def _decision(args: argparse.Namespace) -> Iterator[None]:
    """The SDK's refusals of a decision in the command's terms: its flags, and the command that re-reads."""
    reread = [("see the task", f"eigenpal human-reviews get {args.task_id}{connection_flags(args)}")]
    try:
        yield
    except EigenpalUsageError as error:
        message = error.message
        for pattern, replacement in _FLAGS:
            message = pattern.sub(replacement, message)
        raise usage_error(message, reread) from None
    except EigenpalAPIError as error:
        if not is_stale_decision(error):
            raise
        raise CliError(error.message, hints=reread) from None


# ---- views ------------------------------------------------------------------------------------------------
def tasks_table(data: list[Mapping[str, Any]], printer: Printer) -> None:
    """id, automation, label, confirmed/required, waiting since."""
    printer.table(
        ["id", "automation", "label", "confirmed", "waiting since"],
        [
            [
                task.get("id"),
                task.get("automationName") or task.get("automationId"),
                task.get("sourceLabel"),
                f"{task.get('confirmedCount')}/{task.get('requiredCount')}",
                task.get("createdAt"),
            ]
            for task in data
        ],
        empty="(no task is pending)",
    )


def task_view(data: Mapping[str, Any], printer: Printer) -> None:
    """The task's state, then one row per field: its value, what the step read, confidence, and whether it
    needs a person (required) and has one (confirmed)."""
    printer.fields(
        {
            "id": data.get("id"),
            "status": data.get("status"),
            "automation": data.get("automationName") or data.get("automationId"),
            "run": data.get("executionId"),
            "label": data.get("sourceLabel"),
            "version": data.get("version"),
            "confirmed": f"{data.get('confirmedCount')}/{data.get('requiredCount')} required",
            "waiting since": data.get("createdAt"),
            "decided by": data.get("completedBy"),
            "reason": data.get("outcomeReason"),
            "files": ", ".join(str(file.get("filename")) for file in data.get("files") or []) or None,
        }
    )
    printer.blank()
    metadata = data.get("fieldMetadata") or {}
    printer.table(
        ["field", "value", "read", "confidence", "required", "confirmed"],
        [
            [
                decision.get("path"),
                decision.get("currentValue"),
                decision.get("originalValue"),
                (metadata.get(decision.get("path")) or {}).get("confidence"),
                decision.get("required"),
                decision.get("confirmedBy") is not None,
            ]
            for decision in data.get("decisions") or []
        ],
        empty="(no fields)",
    )

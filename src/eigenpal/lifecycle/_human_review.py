"""The pure rules of human review, shared by ``HumanReviewQueue`` and its async twin: which task a run
waits on, what a correction may be, which required fields are still unconfirmed, and the error that tells
a reviewer to re-read a task that changed under them.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeAlias

from .. import EigenpalAPIError, EigenpalUsageError
from ..spec import waiting_task_id as waiting_task_id  # re-exported by the package

if TYPE_CHECKING:
    from ..types import HumanReviewListResponseTasksItem, HumanReviewTaskDetail

FieldValue: TypeAlias = "bool | int | float | str | None"
"""What a field of a task holds and a correction sets (the spec's ``value``: boolean, number, text or null)."""
TaskRef: TypeAlias = "str | HumanReviewTaskDetail | HumanReviewListResponseTasksItem"
"""A task by id, or as read (``get``) or listed (``pending``): a read task carries the version it was read at."""
STALE_CODES = ("version_conflict", "task_decided")
MAX_PAGE_SIZE = 100


def task_id_of(task: object, argument: str = "task") -> str:
    """The id of a ``TaskRef``."""
    found = task if isinstance(task, str) else getattr(task, "id", None)
    if not isinstance(found, str) or not found.strip():
        raise EigenpalUsageError(
            f"{argument} must be a human review task id (such as 'htask_1') or a task from the queue "
            f"(pending() or get()), got {type(task).__name__}."
        )
    return found


def seen_version(task: object) -> int | None:
    """The version a task was read at, when the caller passed one it read (not a bare id)."""
    version = getattr(task, "version", None)
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def field_value(value: object, argument: str) -> FieldValue:
    """A value a field may be set to, else ``EigenpalUsageError`` naming ``argument``."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    raise EigenpalUsageError(
        f"{argument} must be text, a number, true/false or None (a field holds one JSON scalar), "
        f"got {type(value).__name__} {value!r:.40}."
    )


def checked_corrections(corrections: Mapping[str, object] | None) -> dict[str, FieldValue]:
    """``{path: value}`` with each value checked, in the order given."""
    if corrections is None:
        return {}
    if not isinstance(corrections, Mapping):
        raise EigenpalUsageError(
            f"corrections must be a dict of field path to value ({{'total': 1200.0}}), "
            f"got {type(corrections).__name__}."
        )
    checked = {}
    for path, value in corrections.items():
        if not isinstance(path, str) or not path:
            raise EigenpalUsageError(f"corrections: each key must be a field path (text), got {path!r}.")
        checked[path] = field_value(value, f"corrections[{path!r}]")
    return checked


def check_paths(task: HumanReviewTaskDetail, paths: list[str]) -> None:
    """Refuse a path the task has no field for, before anything is written."""
    known = [decision.path for decision in task.decisions]
    unknown = [path for path in paths if path not in known]
    if unknown:
        raise EigenpalUsageError(
            f"task {task.id} has no field {unknown[0]!r}; its fields are {', '.join(known) or '(none)'}."
        )


def unconfirmed_required(task: HumanReviewTaskDetail) -> list[str]:
    """The required fields nobody confirmed yet, which the service refuses to approve without."""
    return [
        decision.path for decision in task.decisions if decision.required and decision.confirmed_by is None
    ]


def refuse_unconfirmed(task_id: str, missing: list[str]) -> EigenpalUsageError:
    return EigenpalUsageError(
        f"task {task_id} has required fields nobody confirmed: {', '.join(missing)}. Check them and pass "
        f"their values as corrections={{{missing[0]!r}: ...}}, or pass confirm_remaining=True to confirm "
        "them as they stand."
    )


def reason_text(reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        raise EigenpalUsageError(
            "reason must be a non-empty text saying why the task is rejected; the run ends with it as its error."
        )
    return reason


def checked_page_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise EigenpalUsageError(
            f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {value!r}."
        )
    return value


def instant(value: object) -> str | None:
    """``waiting_before`` as the ISO 8601 text the service takes: a timezone-aware datetime or text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime) and value.utcoffset() is not None:
        return value.isoformat()
    raise EigenpalUsageError(
        "waiting_before must be a timezone-aware datetime (datetime.now(timezone.utc)) or ISO 8601 text, "
        f"got {value!r:.60}."
    )


def stale(task_id: str, error: EigenpalAPIError) -> EigenpalAPIError:
    """A stale decision on a task, said so that the reviewer knows what to do: the same class and details."""
    message = (
        f"human review task {task_id} was not changed: it changed since it was read (another reviewer, "
        "or a decision already made), so the version sent is stale. Re-read it with queue.get("
        f"{task_id!r}) (or client.human_reviews.get) and decide again. The service said: {error.message}"
    )
    refused = type(error)(
        message,
        status=error.status,
        request_id=error.request_id,
        envelope=error.envelope,
        retry_after=error.retry_after,
    )
    refused.response = error.response
    return refused


def is_stale_decision(error: BaseException) -> bool:
    """Whether ``error`` refused a decision on a human review task made on a stale read: the task moved to
    another version, or was decided already. The spec declares no 409 for these operations, so the service
    says it with a 400 and the codes ``version_conflict`` / ``task_decided``; a 409 counts too."""
    return isinstance(error, EigenpalAPIError) and (
        error.status == 409 or any(error.has_code(code) for code in STALE_CODES)
    )

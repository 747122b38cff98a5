"""The filter language of ``runs.list`` (and of ``automations.reviews.health``): which runs a query keeps.

Every filter is optional and they combine with AND: equality on the run's automation, trigger, batch,
example and tag; ``status`` and ``ids`` as comma lists; time windows as ISO dates or relative ages (``7d``);
``experiments`` (``only`` or ``true``: experiment runs only; ``exclude`` or ``false``: none; any other value
keeps every run); and the review filters (``REVIEW_FILTERS``), which also switch ``runs.list`` to offset
paging. A ``review*After`` bound is inclusive, a ``review*Before`` bound exclusive; ``reviewNoteContains``
ignores case. Query names the spec does not declare never reach here (the service ignores them too).
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from .._errors import fail
from .._state import RunRecord

REVIEW_FILTERS = (
    "hasReview",
    "noReview",
    "reviewStatus",
    "reviewVerdict",
    "hasCorrections",
    "reviewNoteContains",
    "reviewCreatedAfter",
    "reviewCreatedBefore",
    "reviewUpdatedAfter",
    "reviewUpdatedBefore",
    "reviewClosedAfter",
    "reviewClosedBefore",
    "sinceLastClosed",
)
_REVIEW_MOMENTS = {"reviewCreated": "created", "reviewUpdated": "updated", "reviewClosed": "closed"}


def matches(
    run: RunRecord, q: Mapping[str, Any], *, user_id: str | None, last_closed: Mapping[str, float]
) -> bool:
    """Whether ``run`` passes every filter of the query ``q``; ``user_id`` is the asking key's user
    (``triggeredBy``), ``last_closed`` when a review of each automation's runs was last closed."""
    return _run_matches(run, q, user_id) and _review_matches(run, q, last_closed)


def _run_matches(run: RunRecord, q: Mapping[str, Any], user_id: str | None) -> bool:
    automation = run.automation
    return all(
        [
            q.get("type") in (None, automation.type),
            q.get("source") in (None, automation.id, automation.alias),
            "status" not in q or run.status in str(q["status"]).split(","),
            q.get("trigger") in (None, run.trigger),
            q.get("triggeredBy") in (None, user_id),
            q.get("sourceRef") in (None, run.version),
            q.get("batchId") in (None, run.batch_id),
            q.get("exampleId") in (None, run.example_id),
            "exampleIdContains" not in q or str(q["exampleIdContains"]) in (run.example_id or ""),
            not _flag(q.get("hasExample")) or run.example_id is not None,
            "tag" not in q or q["tag"] in run.tags,
            "ids" not in q or run.id in str(q["ids"]).split(","),
            _experiments(run, q.get("experiments")),
            _within(run.created, q, "from", "to"),
            _within(run.created, q, "createdAfter", "createdBefore"),
            ("completedAfter" not in q and "completedBefore" not in q)
            or (run.completed is not None and _within(run.completed, q, "completedAfter", "completedBefore")),
        ]
    )


def _review_matches(run: RunRecord, q: Mapping[str, Any], last_closed: Mapping[str, float]) -> bool:
    review = run.review
    checks = [
        not _flag(q.get("hasReview")) or review is not None,
        not _flag(q.get("noReview")) or review is None,
        not _flag(q.get("sinceLastClosed")) or run.created > last_closed.get(run.automation.id, 0.0),
    ]
    if "reviewStatus" in q:
        checks.append(review is not None and review.status == q["reviewStatus"])
    if "reviewVerdict" in q:
        wanted = None if q["reviewVerdict"] == "none" else q["reviewVerdict"]
        checks.append(review is not None and review.verdict == wanted)
    if _flag(q.get("hasCorrections")):
        checks.append(review is not None and bool(review.corrections))
    if "reviewNoteContains" in q:
        checks.append(review is not None and str(q["reviewNoteContains"]).lower() in review.note.lower())
    for prefix, attribute in _REVIEW_MOMENTS.items():
        after, before = q.get(f"{prefix}After"), q.get(f"{prefix}Before")
        if after is None and before is None:
            continue
        moment = getattr(review, attribute) if review is not None else None
        checks.append(
            moment is not None
            and (after is None or moment >= when(str(after), f"{prefix}After"))
            and (before is None or moment < when(str(before), f"{prefix}Before"))
        )
    return all(checks)


def _experiments(run: RunRecord, value: Any) -> bool:
    """The ``experiments`` filter: ``only``/``true`` keeps experiment runs, ``exclude``/``false`` the others."""
    wanted = str(value).lower() if value is not None else ""
    if wanted in ("only", "true"):
        return run.batch_id is not None
    if wanted in ("exclude", "false"):
        return run.batch_id is None
    return True


def _flag(value: Any) -> bool:
    """A flag query value (``hasReview=true``): anything but empty/false/0 turns it on."""
    return value is not None and str(value).lower() not in ("", "false", "0", "no")


def _within(moment: float, q: Mapping[str, Any], after: str, before: str) -> bool:
    """Whether ``moment`` lies in the window the query's ``after`` and ``before`` bounds (both inclusive)
    describe."""
    low, high = q.get(after), q.get(before)
    return (low is None or moment >= when(str(low), after)) and (
        high is None or moment <= when(str(high), before)
    )


def when(value: str, field_name: str) -> float:
    """An ISO date/time (UTC unless it says otherwise) or a relative age (``30m``, ``24h``, ``7d``) as
    epoch seconds; 400 naming ``field_name`` otherwise."""
    relative = re.fullmatch(r"-?(\d+)([smhd])", value.strip())
    if relative:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}[relative.group(2)]
        return time.time() - int(relative.group(1)) * unit
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()
    except (ValueError, OverflowError):
        raise fail(
            400, field_name, f"Expected an ISO 8601 date or a relative age like 7d, got {value!r}"
        ) from None

"""The filter language of ``runs.list``: which runs a query's filters keep.

Every filter is optional and they combine with AND: equality on the run's automation, trigger, batch and
example; ``status`` and ``ids`` as comma lists; time windows as ISO dates or relative ages (``7d``); and
the review filters (``FEEDBACK_FILTERS``), which also switch the list to offset paging.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._errors import fail
from .._state import RunRecord

FEEDBACK_FILTERS = (
    "hasFeedback",
    "noFeedback",
    "feedbackStatus",
    "feedbackRating",
    "hasExpected",
    "promotedToExample",
    "sinceLastResolved",
)


def matches(
    run: RunRecord, q: Mapping[str, Any], *, user_id: str | None, last_resolved: Mapping[str, float]
) -> bool:
    """Whether ``run`` passes every filter of the query ``q``; ``user_id`` is the asking key's user
    (``triggeredBy``), ``last_resolved`` when each automation last had feedback resolved."""
    automation = run.automation
    checks = [
        q.get("type") in (None, automation.type),
        q.get("source") in (None, automation.id, automation.alias),
        "status" not in q or run.status in str(q["status"]).split(","),
        q.get("trigger") in (None, run.trigger),
        q.get("triggeredBy") in (None, user_id),
        q.get("sourceRef") in (None, run.version),
        q.get("batchId") in (None, run.batch_id),
        q.get("exampleId") in (None, run.example_id),
        "exampleIdContains" not in q or str(q["exampleIdContains"]) in (run.example_id or ""),
        "ids" not in q or run.id in str(q["ids"]).split(","),
        _within(run.created, q.get("from"), q.get("to")),
        _within(run.created, q.get("createdAfter"), q.get("createdBefore")),
        ("completedAfter" not in q and "completedBefore" not in q)
        or (
            run.completed is not None
            and _within(run.completed, q.get("completedAfter"), q.get("completedBefore"))
        ),
    ]
    feedback = run.feedback
    if _flag(q.get("hasFeedback")):
        checks.append(feedback is not None)
    if _flag(q.get("noFeedback")):
        checks.append(feedback is None)
    if "feedbackStatus" in q:
        checks.append(feedback is not None and feedback.status == q["feedbackStatus"])
    if "feedbackRating" in q:
        rating = feedback.rating if feedback else None
        checks.append(rating is None if q["feedbackRating"] == "none" else rating == q["feedbackRating"])
    if _flag(q.get("hasExpected")):
        checks.append(run.expected_set or bool(run.expected_files))
    if _flag(q.get("promotedToExample")):
        checks.append(feedback is not None and feedback.promoted_example_name is not None)
    if _flag(q.get("sinceLastResolved")):
        checks.append(run.created > last_resolved.get(automation.id, 0.0))
    return all(checks)


def _flag(value: Any) -> bool:
    """A flag query value (``hasFeedback=true``): anything but empty/false/0 turns it on."""
    return value is not None and str(value).lower() not in ("", "false", "0", "no")


def _within(moment: float, after: Any, before: Any) -> bool:
    return (after is None or moment >= _when(str(after), "after")) and (
        before is None or moment <= _when(str(before), "before")
    )


def _when(value: str, field_name: str) -> float:
    """An ISO date/time or a relative age (``30m``, ``24h``, ``7d``) as epoch seconds."""
    relative = re.fullmatch(r"-?(\d+)([smhd])", value.strip())
    if relative:
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}[relative.group(2)]
        return time.time() - int(relative.group(1)) * unit
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise fail(
            400, field_name, f"Expected an ISO 8601 date or a relative age like 7d, got {value!r}"
        ) from None

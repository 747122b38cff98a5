"""``automations.reviews.health``: how well an automation's runs are reviewed, and how often correctly.

The runs are the automation's runs that pass the run filters of the query (as ``runs.list`` reads them),
created in the time range: ``from`` to ``to``, by default the 30 days up to now. They fall into UTC
buckets by creation time (``bucket``: ``day`` by default, ``week`` from Monday, or ``month``). For each
bucket and for the whole range: the runs, the reviewed runs and their share (``reviewCoverage``), the
``correct``/``incorrect`` verdicts and the reviews without one (``nitReviews``), and the accuracy
``correct / (correct + incorrect)`` (``null`` with no verdict), the summary's with its 95% Wilson score
interval.

The rolling series walks the runs with a verdict in creation order: each point covers the last
``rollingWindow`` of them (20 by default) and is given once it holds ``minRollingReviews`` (5 by default):
its accuracy and Wilson interval, the runs created over its span (``totalRunsInWindow``) and the reviewed
share of those.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.responses import Response

from .._errors import fail
from .._http import Ctx, Handler, json_response
from .._state import RunRecord, now_iso
from .filters import matches, when

Z95 = 1.959963984540054
"""The standard normal quantile of 0.975: a two-sided 95% interval."""
DEFAULT_DAYS, DEFAULT_WINDOW, DEFAULT_MIN_REVIEWS = 30, 20, 5
MAX_BUCKETS = 2000
RUN_FILTERS = ("type", "status", "trigger", "triggeredBy", "sourceRef", "batchId", "exampleId",
               "exampleIdContains", "completedAfter", "completedBefore", "experiments")  # fmt: skip
"""The filters of ``runs.list`` this operation takes too (``from``/``to`` set its time range)."""


def wilson(correct: int, total: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of ``correct`` successes in ``total`` trials; ``None`` without trials."""
    if total == 0:
        return None
    p = correct / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, min(p, centre - margin)), min(1.0, max(p, centre + margin))  # p inside, despite rounding


def _counts(runs: list[RunRecord]) -> dict[str, Any]:
    reviewed = [run.review for run in runs if run.review is not None]
    correct = sum(1 for review in reviewed if review.verdict == "correct")
    incorrect = sum(1 for review in reviewed if review.verdict == "incorrect")
    judged = correct + incorrect
    return {
        "totalRuns": len(runs),
        "reviewedRuns": len(reviewed),
        "reviewCoverage": len(reviewed) / len(runs) if runs else None,
        "correctReviews": correct,
        "incorrectReviews": incorrect,
        "nitReviews": len(reviewed) - judged,
        "reviewedCorrectness": correct / judged if judged else None,
    }


def _bucket_start(moment: datetime, bucket: str) -> datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if bucket == "month" else day


def _next_bucket(start: datetime, bucket: str) -> datetime:
    if bucket == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    return start + timedelta(days=7 if bucket == "week" else 1)


def _buckets(runs: list[RunRecord], low: datetime, high: datetime, bucket: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    start = _bucket_start(low, bucket)
    while start <= high:
        if len(found) == MAX_BUCKETS:
            raise fail(
                400, "bucket", f"The time range holds more than {MAX_BUCKETS} buckets; use a wider one"
            )
        end = _next_bucket(start, bucket)
        inside = [run for run in runs if start.timestamp() <= run.created < end.timestamp()]
        found.append({"start": _iso(start), "end": _iso(end), **_counts(inside)})
        start = end
    return found


def _rolling(runs: list[RunRecord], window: int, least: int) -> list[dict[str, Any]]:
    judged = [run for run in runs if run.review is not None and run.review.verdict is not None]
    points = []
    for index in range(len(judged)):
        span = judged[max(0, index - window + 1) : index + 1]
        if len(span) < least:
            continue
        correct = sum(1 for run in span if run.review is not None and run.review.verdict == "correct")
        lower, upper = wilson(correct, len(span)) or (0.0, 0.0)
        created = [run for run in runs if span[0].created <= run.created <= span[-1].created]
        points.append(
            {
                "at": now_iso(span[-1].created),
                "reviewedRuns": len(span),
                "correctReviews": correct,
                "reviewedCorrectness": correct / len(span),
                "confidenceLower": lower,
                "confidenceUpper": upper,
                "totalRunsInWindow": len(created),
                "reviewCoverage": len(span) / len(created),
            }
        )
    return points


def _iso(moment: datetime) -> str:
    return now_iso(moment.timestamp())


EARLIEST, LATEST = datetime(1970, 1, 2, tzinfo=timezone.utc), datetime(9000, 1, 1, tzinfo=timezone.utc)


def _range(ctx: Ctx) -> tuple[datetime, datetime]:
    """The query's time range: ``from``/``to`` as ``runs.list`` reads them, by default the 30 days up to now."""
    bounds: dict[str, datetime] = {}
    for name in ("from", "to"):
        if ctx.query.get(name) is not None:
            moment = when(str(ctx.query[name]), name)
            if not EARLIEST.timestamp() <= moment <= LATEST.timestamp():
                raise fail(400, name, f"{name} must lie between {EARLIEST.year} and {LATEST.year}")
            bounds[name] = datetime.fromtimestamp(moment, timezone.utc)
    high = bounds.get("to") or datetime.now(timezone.utc)
    low = bounds.get("from") or high - timedelta(days=DEFAULT_DAYS)
    if low > high:
        raise fail(400, "from", "from must not be after to")
    return low, high


async def reviews_health(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    low, high = _range(ctx)
    bucket = ctx.query.get("bucket") or "day"
    window = int(ctx.query.get("rollingWindow") or DEFAULT_WINDOW)
    least = min(int(ctx.query.get("minRollingReviews") or DEFAULT_MIN_REVIEWS), window)
    query = {name: ctx.query[name] for name in RUN_FILTERS if name in ctx.query}
    last_closed = ctx.world.store.last_closed
    runs = sorted(
        (
            run
            for run in ctx.world.store.runs.values()
            if run.automation is automation
            and low.timestamp() <= run.created <= high.timestamp()
            and matches(run, query, user_id=ctx.key.user_id, last_closed=last_closed)
        ),
        key=lambda run: (run.created, run.id),
    )
    summary = _counts(runs)
    interval = wilson(summary["correctReviews"], summary["correctReviews"] + summary["incorrectReviews"])
    summary["confidence"] = {
        "lower": interval[0] if interval else None,
        "upper": interval[1] if interval else None,
        "method": "wilson",
    }
    return json_response(
        {
            "timeRange": {"from": _iso(low), "to": _iso(high)},
            "granularity": {"bucket": bucket, "rollingWindow": window, "minRollingReviews": least},
            "summary": summary,
            "buckets": _buckets(runs, low, high, bucket),
            "rolling": _rolling(runs, window, least),
        }
    )


HANDLERS: dict[str, Handler] = {"automations.reviews.health": reviews_health}

"""``automations.reviews.health`` in the emulator: counts per bucket and for the range, accuracy with a 95%
Wilson interval (checked against an independent formula), the rolling series, and the run filters."""

from __future__ import annotations

import itertools
import math
from datetime import datetime, timedelta, timezone
from statistics import NormalDist
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal.emulator import Emulator
from eigenpal.emulator.handlers.health import wilson as emulator_wilson
from tests.support.either import maybe

_names = itertools.count()
DAY0 = datetime(2026, 3, 4, tzinfo=timezone.utc)  # a Wednesday
Z = NormalDist().inv_cdf(0.975)


def wilson(correct: int, total: int) -> tuple[float, float]:
    """The Wilson score interval in its closed form (not the centre-and-margin form the emulator uses)."""
    p = correct / total
    root = Z * math.sqrt(Z * Z + 4 * total * p * (1 - p))
    return (
        (2 * total * p + Z * Z - root) / (2 * (total + Z * Z)),
        (2 * total * p + Z * Z + root) / (2 * (total + Z * Z)),
    )


@given(st.integers(1, 100_000).flatmap(lambda total: st.tuples(st.integers(0, total), st.just(total))))
def test_the_emulator_wilson_interval_is_the_closed_form(case: tuple[int, int]) -> None:
    correct, total = case
    interval = emulator_wilson(correct, total)
    assert interval is not None
    lower, upper = wilson(correct, total)
    assert interval == (pytest.approx(lower, abs=1e-12), pytest.approx(upper, abs=1e-12))
    assert 0 <= interval[0] <= correct / total <= interval[1] <= 1


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"})


def seed(
    emu: Emulator, verdicts: list[tuple[int, str | bool | None]], base: datetime | None = DAY0
) -> tuple[str, list[str]]:
    """A fresh automation with a run per ``(day, verdict)``: created ``day`` days after ``base`` (an hour
    apart within a day; now when ``base`` is ``None``) and reviewed with the verdict (``False``: not reviewed)."""
    target = f"workflows.health-{next(_names)}"
    emu.add_automation(target)
    client, ids = http(emu), []
    for index, (day, verdict) in enumerate(verdicts):
        run = client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": target}).json()["id"]
        if verdict is not False:
            assert client.put(f"/v1/runs/{run}/reviews", json={"verdict": verdict}).status_code == 200
        if base is not None:
            moment = (base + timedelta(days=day, hours=index % 24)).timestamp()
            emu._call(lambda run=run, moment=moment: setattr(emu.world.store.runs[run], "created", moment))
        ids.append(run)
    return target, ids


RANGE = {"from": DAY0.isoformat(), "to": (DAY0 + timedelta(days=2, hours=23)).isoformat()}
VERDICTS: list[tuple[int, str | bool | None]] = [
    (0, "correct"), (0, "correct"), (0, "incorrect"), (0, False),
    (1, "correct"), (1, None), (1, False),
    (2, "correct"), (2, "correct"), (2, "correct"), (2, "incorrect"),
]  # fmt: skip


def test_summary_and_daily_buckets_with_wilson_intervals(emu: Emulator) -> None:
    target, _ = seed(emu, VERDICTS)
    health = (
        http(emu).get(f"/v1/automations/{target}/reviews/health", params={**RANGE, "bucket": "day"}).json()
    )
    summary = health["summary"]
    assert (summary["totalRuns"], summary["reviewedRuns"], summary["nitReviews"]) == (11, 9, 1)
    assert (summary["correctReviews"], summary["incorrectReviews"]) == (6, 2)
    assert summary["reviewCoverage"] == pytest.approx(9 / 11) and summary[
        "reviewedCorrectness"
    ] == pytest.approx(6 / 8)
    lower, upper = wilson(6, 8)
    assert summary["confidence"] == {
        "lower": pytest.approx(lower),
        "upper": pytest.approx(upper),
        "method": "wilson",
    }
    assert 0 < lower < 6 / 8 < upper < 1
    days = health["buckets"]
    assert [b["start"] for b in days] == [
        (DAY0 + timedelta(days=d)).strftime("%Y-%m-%dT00:00:00.000Z") for d in range(3)
    ]
    assert days[0]["end"] == days[1]["start"]
    counts = [
        (b["totalRuns"], b["reviewedRuns"], b["correctReviews"], b["incorrectReviews"], b["nitReviews"])
        for b in days
    ]
    assert counts == [(4, 3, 2, 1, 0), (3, 2, 1, 0, 1), (4, 4, 3, 1, 0)]
    assert [b["reviewedCorrectness"] for b in days] == [pytest.approx(2 / 3), 1.0, 0.75]
    assert health["granularity"] == {"bucket": "day", "rollingWindow": 20, "minRollingReviews": 5}


def test_weeks_start_on_monday_and_months_on_the_first(emu: Emulator) -> None:
    target, _ = seed(emu, [(0, "correct"), (6, "incorrect"), (30, "correct")])
    url = f"/v1/automations/{target}/reviews/health"
    span = {"from": DAY0.isoformat(), "to": (DAY0 + timedelta(days=31)).isoformat()}
    weeks = http(emu).get(url, params={**span, "bucket": "week"}).json()["buckets"]
    assert weeks[0]["start"] == "2026-03-02T00:00:00.000Z" and weeks[1]["start"] == "2026-03-09T00:00:00.000Z"
    assert [w["totalRuns"] for w in weeks] == [1, 1, 0, 0, 1]  # Mar 4, Mar 10 and Apr 3 (week of Mar 30)
    months = http(emu).get(url, params={**span, "bucket": "month"}).json()["buckets"]
    assert [(m["start"][:10], m["end"][:10], m["totalRuns"]) for m in months] == [
        ("2026-03-01", "2026-04-01", 2),
        ("2026-04-01", "2026-05-01", 1),
    ]


def test_the_rolling_series_covers_the_last_reviews_with_a_verdict(emu: Emulator) -> None:
    target, _ = seed(emu, VERDICTS)
    params = {**RANGE, "rollingWindow": 4, "minRollingReviews": 3}
    rolling = http(emu).get(f"/v1/automations/{target}/reviews/health", params=params).json()["rolling"]
    judged = [
        (index, v == "correct") for index, (_, v) in enumerate(VERDICTS) if v in ("correct", "incorrect")
    ]
    expected = []
    for end in range(2, len(judged)):
        window = judged[max(0, end - 3) : end + 1]
        correct = sum(ok for _, ok in window)
        runs_in_span = window[-1][0] - window[0][0] + 1
        expected.append((len(window), correct, runs_in_span, wilson(correct, len(window))))
    assert [(p["reviewedRuns"], p["correctReviews"], p["totalRunsInWindow"]) for p in rolling] == [
        e[:3] for e in expected
    ]
    for point, (size, correct, runs_in_span, (lower, upper)) in zip(rolling, expected, strict=True):
        assert point["reviewedCorrectness"] == pytest.approx(correct / size)
        assert point["reviewCoverage"] == pytest.approx(size / runs_in_span)
        assert (point["confidenceLower"], point["confidenceUpper"]) == (
            pytest.approx(lower),
            pytest.approx(upper),
        )


@pytest.mark.anyio
async def test_the_run_filters_narrow_what_is_counted(client: Any, emu: Emulator) -> None:
    target, ids = seed(emu, [(0, "correct"), (0, "incorrect")])
    manual = (
        http(emu).post(f"/v1/automations/{target}/examples", json={"name": "m", "input": {}}).json()["id"]
    )
    http(emu).post(f"/v1/automations/{target}/examples/{manual}/run")
    everything = await maybe(client.automations.reviews.health(target, from_=RANGE["from"], bucket="day"))
    assert everything.summary.total_runs == 3 and everything.time_range.from_.startswith("2026-03-04")
    api = await maybe(client.automations.reviews.health(target, trigger="api", from_=RANGE["from"]))
    assert (api.summary.total_runs, api.summary.correct_reviews, api.summary.incorrect_reviews) == (2, 1, 1)
    none = await maybe(client.automations.reviews.health(target, status=["failed"], from_=RANGE["from"]))
    assert none.summary.total_runs == 0 and none.summary.reviewed_correctness is None
    assert none.summary.confidence.to_dict() == {"lower": None, "upper": None, "method": "wilson"}
    assert ids


def test_the_default_range_is_the_last_thirty_days_and_bad_ranges_answer_400(emu: Emulator) -> None:
    client = http(emu)
    target, (old, _) = seed(emu, [(0, "correct"), (0, "correct")], base=None)
    emu._call(
        lambda: setattr(
            emu.world.store.runs[old], "created", datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp()
        )
    )
    health = client.get(f"/v1/automations/{target}/reviews/health").json()
    start, end = (
        datetime.fromisoformat(health["timeRange"][k].replace("Z", "+00:00")) for k in ("from", "to")
    )
    assert end - start == timedelta(days=30) and len(health["buckets"]) in (30, 31)
    assert health["summary"]["totalRuns"] == 1  # the run of 2020 is out of range
    reversed_range = client.get(
        f"/v1/automations/{target}/reviews/health", params={"from": "2026-03-05", "to": "2026-03-04"}
    )
    assert reversed_range.status_code == 400 and reversed_range.json()["issues"][0]["field"] == "from"

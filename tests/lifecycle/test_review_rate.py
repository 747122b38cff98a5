"""The review-rate recommendation: the production guide's stages decided from review health, by evidence.

The pure rule is checked over generated health figures; the queue's ``recommend_rate`` is checked against
the emulator's health, computed from reviews actually stored, on both clients.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import EigenpalUsageError
from eigenpal.emulator import Emulator
from eigenpal.lifecycle import (
    AsyncReviewQueue,
    ReviewQueue,
    ReviewRatePolicy,
    recommend_review_rate,
)
from eigenpal.types import RunReviewHealthResponse
from tests.support.either import maybe

Z = 1.959963984540054


def wilson_lower(correct: int, total: int) -> float | None:
    if not total:
        return None
    p = correct / total
    centre = p + Z * Z / (2 * total)
    spread = Z * math.sqrt(p * (1 - p) / total + Z * Z / (4 * total * total))
    return (centre - spread) / (1 + Z * Z / total)


def health(
    correct: int, incorrect: int, recent_correct: int | None = None, recent: int = 0
) -> RunReviewHealthResponse:
    """Health figures as the service reports them: ``recent`` verdicts in the last rolling window."""
    total = correct + incorrect
    lower = wilson_lower(correct, total)
    rolling = []
    if recent:
        rc = recent if recent_correct is None else recent_correct
        rolling.append(
            {
                "at": "2026-12-01T00:00:00.000Z",
                "reviewedRuns": recent,
                "correctReviews": rc,
                "reviewedCorrectness": rc / recent,
                "confidenceLower": wilson_lower(rc, recent),
                "confidenceUpper": 1.0,
                "totalRunsInWindow": recent,
                "reviewCoverage": 1.0,
            }
        )
    return RunReviewHealthResponse.from_dict(
        {
            "timeRange": {"from": "2026-11-01T00:00:00.000Z", "to": "2026-12-01T00:00:00.000Z"},
            "granularity": {"bucket": "day", "rollingWindow": 20, "minRollingReviews": 5},
            "summary": {
                "totalRuns": total * 7,
                "reviewedRuns": total,
                "reviewCoverage": 1 / 7 if total else None,
                "correctReviews": correct,
                "incorrectReviews": incorrect,
                "nitReviews": 0,
                "reviewedCorrectness": correct / total if total else None,
                "confidence": {"lower": lower, "upper": 1.0 if total else None, "method": "wilson"},
            },
            "buckets": [],
            "rolling": rolling,
        }
    )


def test_the_guides_three_stages() -> None:
    assert recommend_review_rate(health(10, 0, recent=10)).stage == "start"
    assert recommend_review_rate(health(10, 0, recent=10)).rate == 0.15
    steady = recommend_review_rate(health(60, 1, recent=20))
    assert (steady.stage, steady.rate) == ("steady", 0.05)
    assert "full automation needs 200 reviewed runs" in steady.reason
    automate = recommend_review_rate(health(400, 2, recent=20))
    assert (automate.stage, automate.rate) == ("automate", 0.01)
    assert automate.lower_bound is not None and automate.lower_bound >= 0.98


def test_a_recent_miss_or_an_open_review_holds_the_rate_back() -> None:
    surprised = recommend_review_rate(health(400, 2, recent_correct=19, recent=20))
    assert (surprised.stage, surprised.recent_incorrect) == ("start", 1)
    assert "new misses" in surprised.reason
    with_open = recommend_review_rate(health(400, 2, recent=20), open_reviews=2)
    assert with_open.stage == "steady" and "2 open reviews" in with_open.reason


def test_thirty_clean_reviews_are_not_yet_enough_evidence_to_lower_the_rate() -> None:
    """The Wilson lower bound of 30/30 is 0.886: the rule waits for evidence, not for a round number."""
    assert recommend_review_rate(health(30, 0, recent=20)).stage == "start"
    assert recommend_review_rate(health(35, 0, recent=20)).stage == "steady"


@given(
    correct=st.integers(0, 2000),
    incorrect=st.integers(0, 200),
    recent=st.integers(0, 20),
    recent_misses=st.integers(0, 20),
    open_reviews=st.integers(0, 5),
)
def test_the_rate_is_one_of_the_policys_and_automation_needs_every_condition(
    correct: int, incorrect: int, recent: int, recent_misses: int, open_reviews: int
) -> None:
    recent_misses = min(recent_misses, recent, incorrect)
    figures = health(correct, incorrect, recent - recent_misses, recent)
    advice = recommend_review_rate(figures, open_reviews=open_reviews)
    policy = ReviewRatePolicy()
    assert advice.rate == {"start": 0.15, "steady": 0.05, "automate": 0.01}[advice.stage]
    assert advice.reviewed_runs == correct + incorrect
    if advice.stage != "start":
        assert advice.lower_bound is not None and advice.lower_bound >= policy.steady_lower_bound
        assert advice.recent_incorrect == 0
    if advice.stage == "automate":
        assert advice.reviewed_runs >= 200 and open_reviews == 0
    # one more correct verdict never raises the rate
    more = recommend_review_rate(
        health(correct + 1, incorrect, recent - recent_misses, recent), open_reviews=open_reviews
    )
    assert more.rate <= advice.rate


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"start_rate": 1.5}, "start_rate"),
        ({"min_reviews": 0}, "min_reviews"),
        ({"automate_min_reviews": True}, "automate_min_reviews"),
        ({"steady_rate": 0.2}, "start_rate >= steady_rate"),
    ],
)
def test_a_bad_policy_is_refused_by_name(options: dict[str, Any], named: str) -> None:
    with pytest.raises(EigenpalUsageError, match=named):
        ReviewRatePolicy(**options)


def test_a_bad_open_review_count_is_refused() -> None:
    with pytest.raises(EigenpalUsageError, match="open_reviews"):
        recommend_review_rate(health(1, 0), open_reviews=-1)


@pytest.mark.anyio
async def test_the_queue_recommends_from_the_reviews_stored_on_the_service(
    client: Any, emu: Emulator
) -> None:
    """One open miss and 59 correct verdicts: enough evidence for 5%, and the open review is named as what
    holds automation back (the miss came first, so the latest verdicts are clean)."""
    alias = "workflows.rated"
    emu.add_automation(alias)
    queue = (AsyncReviewQueue if hasattr(client, "aclose") else ReviewQueue)(client, alias, rate=1.0)
    first = await maybe(queue.recommend_rate())
    assert (first.stage, first.reviewed_runs) == ("start", 0)
    runs = [await maybe(client.run_and_wait(alias, {"n": n})) for n in range(60)]
    await maybe(queue.incorrect(runs[0].id, corrected_output={"n": 0}))
    for run in runs[1:]:
        await maybe(queue.correct(run.id))
    advice = await maybe(queue.recommend_rate())
    assert advice.reviewed_runs == 60 and advice.open_reviews == 1
    assert advice.stage == "steady" and "1 open reviews" in advice.reason
    assert advice.lower_bound == pytest.approx(wilson_lower(59, 60))

"""The review rate of the production guide, decided from the service's review health, free of I/O.

The guide: start at 10-15%, lower to 5% once review cycles pass without surprises, and go to full
automation when the dataset covers the long tail and review turns up nothing new (keeping a small sample
if inputs drift). ``recommend_review_rate`` turns that into a rule over what ``automations.reviews.health``
measures, never over elapsed time:

- **evidence**: the runs reviewed with a verdict (``correct`` + ``incorrect``; remarks without a verdict
  prove nothing) and the Wilson lower bound of their accuracy, which is low while reviews are few;
- **surprises**: an ``incorrect`` verdict among the latest verdicts (the last point of the rolling series);
- **the long tail**: the runs whose review is still open (judged incorrect, not yet fixed and closed).

| stage | when | rate |
|---|---|---|
| ``start`` | fewer than ``min_reviews`` verdicts, or the lower bound under ``steady_lower_bound``, or a surprise | ``start_rate`` (15%) |
| ``steady`` | enough verdicts, lower bound at least ``steady_lower_bound``, the latest verdicts clean | ``steady_rate`` (5%) |
| ``automate`` | at least ``automate_min_reviews`` verdicts, lower bound at least ``automate_lower_bound``, the latest verdicts clean, no open review | ``automate_rate`` (1%, a drift watch; 0 is allowed) |
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .. import EigenpalUsageError
from ._sampling import check_rate

if TYPE_CHECKING:
    from ..types import RunReviewHealthResponse

Stage = Literal["start", "steady", "automate"]


@dataclass(frozen=True)
class ReviewRatePolicy:
    """The rates of each stage and the evidence a stage needs; the defaults follow the production guide.

    With every verdict correct, the Wilson lower bound passes 0.90 at 35 verdicts and 0.98 at 189, so
    the defaults mean "a few review cycles" and "a long clean record" in reviewed runs, not in days.
    """

    start_rate: float = 0.15
    steady_rate: float = 0.05
    automate_rate: float = 0.01
    min_reviews: int = 30
    steady_lower_bound: float = 0.90
    automate_min_reviews: int = 200
    automate_lower_bound: float = 0.98

    def __post_init__(self) -> None:
        for name in (
            "start_rate",
            "steady_rate",
            "automate_rate",
            "steady_lower_bound",
            "automate_lower_bound",
        ):
            check_rate(getattr(self, name), name)
        for name in ("min_reviews", "automate_min_reviews"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise EigenpalUsageError(
                    f"{name}={value!r} must be a whole number of reviewed runs, at least 1."
                )
        if not self.start_rate >= self.steady_rate >= self.automate_rate:
            raise EigenpalUsageError(
                "the rates must not grow with trust: start_rate >= steady_rate >= automate_rate "
                f"(got {self.start_rate}, {self.steady_rate}, {self.automate_rate})."
            )


@dataclass(frozen=True)
class RateRecommendation:
    """The review rate to use next, the stage it belongs to, and the figures and reason behind it."""

    rate: float
    stage: Stage
    reason: str
    reviewed_runs: int
    """Runs reviewed with a verdict in the health range."""
    lower_bound: float | None
    """The Wilson lower bound of the reviewed accuracy; ``None`` without a verdict."""
    recent_incorrect: int
    """``incorrect`` verdicts among the latest ones (the last rolling window)."""
    open_reviews: int


def recommend_review_rate(
    health: RunReviewHealthResponse, *, open_reviews: int = 0, policy: ReviewRatePolicy | None = None
) -> RateRecommendation:
    """The next review rate for an automation, from its review health and its count of open reviews."""
    policy = policy or ReviewRatePolicy()
    if isinstance(open_reviews, bool) or not isinstance(open_reviews, int) or open_reviews < 0:
        raise EigenpalUsageError(
            f"open_reviews={open_reviews!r} must be a count of open reviews (0 or more)."
        )
    summary = health.summary
    reviewed = summary.correct_reviews + summary.incorrect_reviews
    lower = summary.confidence.lower
    latest = health.rolling[-1] if health.rolling else None
    recent_incorrect = latest.reviewed_runs - latest.correct_reviews if latest else summary.incorrect_reviews

    def decide(stage: Stage, rate: float, reason: str) -> RateRecommendation:
        return RateRecommendation(rate, stage, reason, reviewed, lower, recent_incorrect, open_reviews)

    shown = "none" if lower is None else f"{lower:.3f}"
    if reviewed < policy.min_reviews:
        return decide(
            "start", policy.start_rate,
            f"{reviewed} reviewed runs with a verdict; keep reviewing at {policy.start_rate:.0%} until "
            f"{policy.min_reviews} have one.",
        )  # fmt: skip
    if lower is None or lower < policy.steady_lower_bound:
        return decide(
            "start", policy.start_rate,
            f"accuracy lower bound {shown} over {reviewed} reviewed runs is under "
            f"{policy.steady_lower_bound}; reviews still find misses.",
        )  # fmt: skip
    if recent_incorrect:
        return decide(
            "start", policy.start_rate,
            f"{recent_incorrect} incorrect among the latest verdicts: review still turns up new misses.",
        )  # fmt: skip
    automate = (
        reviewed >= policy.automate_min_reviews and lower >= policy.automate_lower_bound and not open_reviews
    )
    if automate:
        return decide(
            "automate", policy.automate_rate,
            f"accuracy lower bound {shown} over {reviewed} reviewed runs, the latest verdicts clean and no "
            f"open review: automate, keeping {policy.automate_rate:.0%} to watch for drift.",
        )  # fmt: skip
    missing = (
        f"{open_reviews} open reviews still to fix and close"
        if open_reviews
        else f"full automation needs {policy.automate_min_reviews} reviewed runs and a lower bound of "
        f"{policy.automate_lower_bound}"
    )
    return decide(
        "steady", policy.steady_rate,
        f"accuracy lower bound {shown} over {reviewed} reviewed runs and the latest verdicts clean: "
        f"lower to {policy.steady_rate:.0%}; {missing}.",
    )  # fmt: skip

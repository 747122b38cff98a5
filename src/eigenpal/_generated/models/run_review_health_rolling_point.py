from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunReviewHealthRollingPoint")


@_attrs_define(repr=False)
class RunReviewHealthRollingPoint(Model):
    """One point of the rolling review series: reviewed and correct runs in the window, correctness with its confidence
    bounds, and review coverage.

    """

    at: str
    reviewed_runs: int
    correct_reviews: int
    reviewed_correctness: float
    confidence_lower: float
    confidence_upper: float
    total_runs_in_window: int
    review_coverage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "at": "at",
        "reviewedRuns": "reviewed_runs",
        "correctReviews": "correct_reviews",
        "reviewedCorrectness": "reviewed_correctness",
        "confidenceLower": "confidence_lower",
        "confidenceUpper": "confidence_upper",
        "totalRunsInWindow": "total_runs_in_window",
        "reviewCoverage": "review_coverage",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "at",
            "reviewedRuns",
            "correctReviews",
            "reviewedCorrectness",
            "confidenceLower",
            "confidenceUpper",
            "totalRunsInWindow",
            "reviewCoverage",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewHealthRollingPoint"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.at, Unset):
            at = self.at
            field_dict["at"] = at

        if not isinstance(self.reviewed_runs, Unset):
            reviewed_runs = self.reviewed_runs
            field_dict["reviewedRuns"] = reviewed_runs

        if not isinstance(self.correct_reviews, Unset):
            correct_reviews = self.correct_reviews
            field_dict["correctReviews"] = correct_reviews

        if not isinstance(self.reviewed_correctness, Unset):
            reviewed_correctness = self.reviewed_correctness
            field_dict["reviewedCorrectness"] = reviewed_correctness

        if not isinstance(self.confidence_lower, Unset):
            confidence_lower = self.confidence_lower
            field_dict["confidenceLower"] = confidence_lower

        if not isinstance(self.confidence_upper, Unset):
            confidence_upper = self.confidence_upper
            field_dict["confidenceUpper"] = confidence_upper

        if not isinstance(self.total_runs_in_window, Unset):
            total_runs_in_window = self.total_runs_in_window
            field_dict["totalRunsInWindow"] = total_runs_in_window

        if not isinstance(self.review_coverage, Unset):
            review_coverage = self.review_coverage
            field_dict["reviewCoverage"] = review_coverage

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_at = d.pop("at", UNSET)
        if _raw_at is UNSET:
            at = missing_required("RunReviewHealthRollingPoint", "at")
        else:
            at = _raw_at

        _raw_reviewed_runs = d.pop("reviewedRuns", UNSET)
        if _raw_reviewed_runs is UNSET:
            reviewed_runs = missing_required("RunReviewHealthRollingPoint", "reviewedRuns")
        else:
            reviewed_runs = _raw_reviewed_runs

        _raw_correct_reviews = d.pop("correctReviews", UNSET)
        if _raw_correct_reviews is UNSET:
            correct_reviews = missing_required("RunReviewHealthRollingPoint", "correctReviews")
        else:
            correct_reviews = _raw_correct_reviews

        _raw_reviewed_correctness = d.pop("reviewedCorrectness", UNSET)
        if _raw_reviewed_correctness is UNSET:
            reviewed_correctness = missing_required("RunReviewHealthRollingPoint", "reviewedCorrectness")
        else:
            reviewed_correctness = _raw_reviewed_correctness

        _raw_confidence_lower = d.pop("confidenceLower", UNSET)
        if _raw_confidence_lower is UNSET:
            confidence_lower = missing_required("RunReviewHealthRollingPoint", "confidenceLower")
        else:
            confidence_lower = _raw_confidence_lower

        _raw_confidence_upper = d.pop("confidenceUpper", UNSET)
        if _raw_confidence_upper is UNSET:
            confidence_upper = missing_required("RunReviewHealthRollingPoint", "confidenceUpper")
        else:
            confidence_upper = _raw_confidence_upper

        _raw_total_runs_in_window = d.pop("totalRunsInWindow", UNSET)
        if _raw_total_runs_in_window is UNSET:
            total_runs_in_window = missing_required("RunReviewHealthRollingPoint", "totalRunsInWindow")
        else:
            total_runs_in_window = _raw_total_runs_in_window

        _raw_review_coverage = d.pop("reviewCoverage", UNSET)
        if _raw_review_coverage is UNSET:
            review_coverage = missing_required("RunReviewHealthRollingPoint", "reviewCoverage")
        else:
            review_coverage = _raw_review_coverage

        run_review_health_rolling_point = cls(
            at=at,
            reviewed_runs=reviewed_runs,
            correct_reviews=correct_reviews,
            reviewed_correctness=reviewed_correctness,
            confidence_lower=confidence_lower,
            confidence_upper=confidence_upper,
            total_runs_in_window=total_runs_in_window,
            review_coverage=review_coverage,
        )

        run_review_health_rolling_point.additional_properties = d
        return run_review_health_rolling_point

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

T = TypeVar("T", bound="RunReviewHealthSummary")


@_attrs_define(repr=False)
class RunReviewHealthSummary(Model):
    """Review totals over the whole range: runs, reviewed runs, coverage, correct, incorrect and nit counts, correctness
    and its Wilson confidence interval.

    """

    total_runs: int
    reviewed_runs: int
    review_coverage: float | None
    correct_reviews: int
    incorrect_reviews: int
    nit_reviews: int
    reviewed_correctness: float | None
    confidence: RunReviewHealthConfidence
    """ Wilson score interval around reviewed correctness: lower and upper bounds, either of which may be null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "totalRuns": "total_runs",
        "reviewedRuns": "reviewed_runs",
        "reviewCoverage": "review_coverage",
        "correctReviews": "correct_reviews",
        "incorrectReviews": "incorrect_reviews",
        "nitReviews": "nit_reviews",
        "reviewedCorrectness": "reviewed_correctness",
        "confidence": "confidence",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "totalRuns",
            "reviewedRuns",
            "reviewCoverage",
            "correctReviews",
            "incorrectReviews",
            "nitReviews",
            "reviewedCorrectness",
            "confidence",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewHealthSummary"
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
        if not isinstance(self.total_runs, Unset):
            total_runs = self.total_runs
            field_dict["totalRuns"] = total_runs

        if not isinstance(self.reviewed_runs, Unset):
            reviewed_runs = self.reviewed_runs
            field_dict["reviewedRuns"] = reviewed_runs

        if not isinstance(self.review_coverage, Unset):
            review_coverage: float | None
            review_coverage = self.review_coverage
            field_dict["reviewCoverage"] = review_coverage

        if not isinstance(self.correct_reviews, Unset):
            correct_reviews = self.correct_reviews
            field_dict["correctReviews"] = correct_reviews

        if not isinstance(self.incorrect_reviews, Unset):
            incorrect_reviews = self.incorrect_reviews
            field_dict["incorrectReviews"] = incorrect_reviews

        if not isinstance(self.nit_reviews, Unset):
            nit_reviews = self.nit_reviews
            field_dict["nitReviews"] = nit_reviews

        if not isinstance(self.reviewed_correctness, Unset):
            reviewed_correctness: float | None
            reviewed_correctness = self.reviewed_correctness
            field_dict["reviewedCorrectness"] = reviewed_correctness

        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()
            field_dict["confidence"] = confidence

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_total_runs = d.pop("totalRuns", UNSET)
        if _raw_total_runs is UNSET:
            total_runs = missing_required("RunReviewHealthSummary", "totalRuns")
        else:
            total_runs = _raw_total_runs

        _raw_reviewed_runs = d.pop("reviewedRuns", UNSET)
        if _raw_reviewed_runs is UNSET:
            reviewed_runs = missing_required("RunReviewHealthSummary", "reviewedRuns")
        else:
            reviewed_runs = _raw_reviewed_runs

        _raw_review_coverage = d.pop("reviewCoverage", UNSET)
        if _raw_review_coverage is UNSET:
            review_coverage = missing_required("RunReviewHealthSummary", "reviewCoverage")
        else:
            review_coverage = _raw_review_coverage

        _raw_correct_reviews = d.pop("correctReviews", UNSET)
        if _raw_correct_reviews is UNSET:
            correct_reviews = missing_required("RunReviewHealthSummary", "correctReviews")
        else:
            correct_reviews = _raw_correct_reviews

        _raw_incorrect_reviews = d.pop("incorrectReviews", UNSET)
        if _raw_incorrect_reviews is UNSET:
            incorrect_reviews = missing_required("RunReviewHealthSummary", "incorrectReviews")
        else:
            incorrect_reviews = _raw_incorrect_reviews

        _raw_nit_reviews = d.pop("nitReviews", UNSET)
        if _raw_nit_reviews is UNSET:
            nit_reviews = missing_required("RunReviewHealthSummary", "nitReviews")
        else:
            nit_reviews = _raw_nit_reviews

        _raw_reviewed_correctness = d.pop("reviewedCorrectness", UNSET)
        if _raw_reviewed_correctness is UNSET:
            reviewed_correctness = missing_required("RunReviewHealthSummary", "reviewedCorrectness")
        else:
            reviewed_correctness = _raw_reviewed_correctness

        _raw_confidence = d.pop("confidence", UNSET)
        if _raw_confidence is UNSET:
            confidence = missing_required("RunReviewHealthSummary", "confidence")
        else:
            confidence = RunReviewHealthConfidence.from_dict(_raw_confidence)

        run_review_health_summary = cls(
            total_runs=total_runs,
            reviewed_runs=reviewed_runs,
            review_coverage=review_coverage,
            correct_reviews=correct_reviews,
            incorrect_reviews=incorrect_reviews,
            nit_reviews=nit_reviews,
            reviewed_correctness=reviewed_correctness,
            confidence=confidence,
        )

        run_review_health_summary.additional_properties = d
        return run_review_health_summary


from ..models.run_review_health_confidence import RunReviewHealthConfidence  # noqa: E402

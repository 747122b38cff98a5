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

T = TypeVar("T", bound="RunReviewDetail")


@_attrs_define(repr=False)
class RunReviewDetail(Model):
    """A run's review, or null when the run has none."""

    review: None | RunReview
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "review": "review",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "review",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewDetail"
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
        if not isinstance(self.review, Unset):
            review: dict[str, Any] | None
            if isinstance(self.review, RunReview):
                review = self.review.to_dict()
            else:
                review = self.review
            field_dict["review"] = review

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_review = d.pop("review", UNSET)
        if _raw_review is UNSET:
            review = missing_required("RunReviewDetail", "review")
        else:
            review = RunReview.from_dict(_raw_review) if isinstance(_raw_review, dict) else _raw_review

        run_review_detail = cls(
            review=review,
        )

        run_review_detail.additional_properties = d
        return run_review_detail


from ..models.run_review import RunReview  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_health_response_granularity_bucket import RunReviewHealthResponseGranularityBucket
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunReviewHealthResponseGranularity")


@_attrs_define(repr=False)
class RunReviewHealthResponseGranularity(Model):
    bucket: RunReviewHealthResponseGranularityBucket
    rolling_window: int
    min_rolling_reviews: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "bucket": "bucket",
        "rollingWindow": "rolling_window",
        "minRollingReviews": "min_rolling_reviews",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "bucket",
            "rollingWindow",
            "minRollingReviews",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.bucket, Unset):
            bucket = self.bucket.value
            field_dict["bucket"] = bucket

        if not isinstance(self.rolling_window, Unset):
            rolling_window = self.rolling_window
            field_dict["rollingWindow"] = rolling_window

        if not isinstance(self.min_rolling_reviews, Unset):
            min_rolling_reviews = self.min_rolling_reviews
            field_dict["minRollingReviews"] = min_rolling_reviews

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_bucket = d.pop("bucket", UNSET)
        if _raw_bucket is UNSET:
            bucket = missing_required("RunReviewHealthResponseGranularity", "bucket")
        else:
            bucket = RunReviewHealthResponseGranularityBucket(_raw_bucket)

        _raw_rolling_window = d.pop("rollingWindow", UNSET)
        if _raw_rolling_window is UNSET:
            rolling_window = missing_required("RunReviewHealthResponseGranularity", "rollingWindow")
        else:
            rolling_window = _raw_rolling_window

        _raw_min_rolling_reviews = d.pop("minRollingReviews", UNSET)
        if _raw_min_rolling_reviews is UNSET:
            min_rolling_reviews = missing_required("RunReviewHealthResponseGranularity", "minRollingReviews")
        else:
            min_rolling_reviews = _raw_min_rolling_reviews

        run_review_health_response_granularity = cls(
            bucket=bucket,
            rolling_window=rolling_window,
            min_rolling_reviews=min_rolling_reviews,
        )

        run_review_health_response_granularity.additional_properties = d
        return run_review_health_response_granularity

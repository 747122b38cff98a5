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

T = TypeVar("T", bound="RunReviewHealthResponse")


@_attrs_define(repr=False)
class RunReviewHealthResponse(Model):
    """An automation's review health over a time range: the bucket width and rolling settings used, an overall summary,
    per-bucket figures and a rolling series.

    """

    time_range: RunReviewHealthResponseTimeRange
    granularity: RunReviewHealthResponseGranularity
    summary: RunReviewHealthSummary
    """ Review totals over the whole range: runs, reviewed runs, coverage, correct, incorrect and nit counts,
    correctness and its Wilson confidence interval. """
    buckets: list[RunReviewHealthBucket]
    rolling: list[RunReviewHealthRollingPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "timeRange": "time_range",
        "granularity": "granularity",
        "summary": "summary",
        "buckets": "buckets",
        "rolling": "rolling",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "timeRange",
            "granularity",
            "summary",
            "buckets",
            "rolling",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewHealthResponse"
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
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()
            field_dict["timeRange"] = time_range

        if not isinstance(self.granularity, Unset):
            granularity = self.granularity.to_dict()
            field_dict["granularity"] = granularity

        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()
            field_dict["summary"] = summary

        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

            field_dict["buckets"] = buckets

        if not isinstance(self.rolling, Unset):
            rolling = []
            for rolling_item_data in self.rolling:
                rolling_item = rolling_item_data.to_dict()
                rolling.append(rolling_item)

            field_dict["rolling"] = rolling

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_time_range = d.pop("timeRange", UNSET)
        if _raw_time_range is UNSET:
            time_range = missing_required("RunReviewHealthResponse", "timeRange")
        else:
            time_range = RunReviewHealthResponseTimeRange.from_dict(_raw_time_range)

        _raw_granularity = d.pop("granularity", UNSET)
        if _raw_granularity is UNSET:
            granularity = missing_required("RunReviewHealthResponse", "granularity")
        else:
            granularity = RunReviewHealthResponseGranularity.from_dict(_raw_granularity)

        _raw_summary = d.pop("summary", UNSET)
        if _raw_summary is UNSET:
            summary = missing_required("RunReviewHealthResponse", "summary")
        else:
            summary = RunReviewHealthSummary.from_dict(_raw_summary)

        _raw_buckets = d.pop("buckets", UNSET)
        if _raw_buckets is UNSET:
            buckets = missing_required("RunReviewHealthResponse", "buckets")
        else:
            buckets = []
            _buckets = _raw_buckets
            for buckets_item_data in _buckets:
                buckets_item = RunReviewHealthBucket.from_dict(buckets_item_data)

                buckets.append(buckets_item)

        _raw_rolling = d.pop("rolling", UNSET)
        if _raw_rolling is UNSET:
            rolling = missing_required("RunReviewHealthResponse", "rolling")
        else:
            rolling = []
            _rolling = _raw_rolling
            for rolling_item_data in _rolling:
                rolling_item = RunReviewHealthRollingPoint.from_dict(rolling_item_data)

                rolling.append(rolling_item)

        run_review_health_response = cls(
            time_range=time_range,
            granularity=granularity,
            summary=summary,
            buckets=buckets,
            rolling=rolling,
        )

        run_review_health_response.additional_properties = d
        return run_review_health_response


from ..models.run_review_health_bucket import RunReviewHealthBucket  # noqa: E402
from ..models.run_review_health_response_granularity import RunReviewHealthResponseGranularity  # noqa: E402
from ..models.run_review_health_response_time_range import RunReviewHealthResponseTimeRange  # noqa: E402
from ..models.run_review_health_rolling_point import RunReviewHealthRollingPoint  # noqa: E402
from ..models.run_review_health_summary import RunReviewHealthSummary  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="RunReviewHealthConfidence")


@_attrs_define(repr=False)
class RunReviewHealthConfidence(Model):
    """Wilson score interval around reviewed correctness: lower and upper bounds, either of which may be null."""

    lower: float | None
    upper: float | None
    method: Literal["wilson"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "lower": "lower",
        "upper": "upper",
        "method": "method",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "lower",
            "upper",
            "method",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewHealthConfidence"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "method": "wilson",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        if "method" in data and data["method"] != "wilson":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.lower, Unset):
            lower: float | None
            lower = self.lower
            field_dict["lower"] = lower

        if not isinstance(self.upper, Unset):
            upper: float | None
            upper = self.upper
            field_dict["upper"] = upper

        if not isinstance(self.method, Unset):
            method = self.method
            field_dict["method"] = method

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_lower = d.pop("lower", UNSET)
        if _raw_lower is UNSET:
            lower = missing_required("RunReviewHealthConfidence", "lower")
        else:
            lower = _raw_lower

        _raw_upper = d.pop("upper", UNSET)
        if _raw_upper is UNSET:
            upper = missing_required("RunReviewHealthConfidence", "upper")
        else:
            upper = _raw_upper

        _raw_method = d.pop("method", UNSET)
        if _raw_method is UNSET:
            method = missing_required("RunReviewHealthConfidence", "method")
        else:
            method = cast(Literal["wilson"], _raw_method)
            if method != "wilson":
                unexpected_const(cls.__name__, "method", "wilson", method)

        run_review_health_confidence = cls(
            lower=lower,
            upper=upper,
            method=method,
        )

        run_review_health_confidence.additional_properties = d
        return run_review_health_confidence

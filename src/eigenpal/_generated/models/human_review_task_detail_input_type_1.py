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

T = TypeVar("T", bound="HumanReviewTaskDetailInputType1")


@_attrs_define(repr=False)
class HumanReviewTaskDetailInputType1(Model):
    status: Literal["omitted_too_large"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "status": "status",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "status": "omitted_too_large",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "status" in data and data["status"] != "omitted_too_large":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.status, Unset):
            status = self.status
            field_dict["status"] = status

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("HumanReviewTaskDetailInputType1", "status")
        else:
            status = cast(Literal["omitted_too_large"], _raw_status)
            if status != "omitted_too_large":
                unexpected_const(cls.__name__, "status", "omitted_too_large", status)

        human_review_task_detail_input_type_1 = cls(
            status=status,
        )

        human_review_task_detail_input_type_1.additional_properties = d
        return human_review_task_detail_input_type_1

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

T = TypeVar("T", bound="HumanReviewTaskDetailInputType0")


@_attrs_define(repr=False)
class HumanReviewTaskDetailInputType0(Model):
    status: Literal["available"]
    data: HumanReviewTaskDetailInputType0DataType0 | list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "status": "status",
        "data": "data",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "data",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "status": "available",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "status" in data and data["status"] != "available":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.status, Unset):
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.data, Unset):
            data: dict[str, Any] | list[Any]
            if isinstance(self.data, HumanReviewTaskDetailInputType0DataType0):
                data = self.data.to_dict()
            else:
                data = self.data

            field_dict["data"] = data

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("HumanReviewTaskDetailInputType0", "status")
        else:
            status = cast(Literal["available"], _raw_status)
            if status != "available":
                unexpected_const(cls.__name__, "status", "available", status)

        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET:
            data = missing_required("HumanReviewTaskDetailInputType0", "data")
        else:

            def _parse_data(data: object) -> HumanReviewTaskDetailInputType0DataType0 | list[Any]:
                if isinstance(data, dict):
                    return HumanReviewTaskDetailInputType0DataType0.from_dict(data)
                if isinstance(data, list):
                    return data
                return cast(HumanReviewTaskDetailInputType0DataType0 | list[Any], data)

            data = _parse_data(_raw_data)

        human_review_task_detail_input_type_0 = cls(
            status=status,
            data=data,
        )

        human_review_task_detail_input_type_0.additional_properties = d
        return human_review_task_detail_input_type_0


from ..models.human_review_task_detail_input_type_0_data_type_0 import (
    HumanReviewTaskDetailInputType0DataType0,  # noqa: E402
)

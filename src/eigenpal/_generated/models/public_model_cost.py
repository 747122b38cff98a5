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

T = TypeVar("T", bound="PublicModelCost")


@_attrs_define(repr=False)
class PublicModelCost(Model):
    unit: Literal["credits"]
    credits_per_page: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "unit": "unit",
        "creditsPerPage": "credits_per_page",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "unit",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "unit": "credits",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "unit" in data and data["unit"] != "credits":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.unit, Unset):
            unit = self.unit
            field_dict["unit"] = unit

        credits_per_page = self.credits_per_page
        if credits_per_page is not UNSET:
            field_dict["creditsPerPage"] = credits_per_page

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_unit = d.pop("unit", UNSET)
        if _raw_unit is UNSET:
            unit = missing_required("PublicModelCost", "unit")
        else:
            unit = cast(Literal["credits"], _raw_unit)
            if unit != "credits":
                unexpected_const(cls.__name__, "unit", "credits", unit)

        credits_per_page = d.pop("creditsPerPage", UNSET)

        public_model_cost = cls(
            unit=unit,
            credits_per_page=credits_per_page,
        )

        public_model_cost.additional_properties = d
        return public_model_cost

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

T = TypeVar("T", bound="RunStartBodyFilesAdditionalPropertyType0ItemType1")


@_attrs_define(repr=False)
class RunStartBodyFilesAdditionalPropertyType0ItemType1(Model):
    inline: RunStartBodyFilesAdditionalPropertyType0ItemType1Inline
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "$inline": "inline",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "$inline",
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
        if not isinstance(self.inline, Unset):
            inline = self.inline.to_dict()
            field_dict["$inline"] = inline

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_inline = d.pop("$inline", UNSET)
        if _raw_inline is UNSET:
            inline = missing_required("RunStartBodyFilesAdditionalPropertyType0ItemType1", "$inline")
        else:
            inline = RunStartBodyFilesAdditionalPropertyType0ItemType1Inline.from_dict(_raw_inline)

        run_start_body_files_additional_property_type_0_item_type_1 = cls(
            inline=inline,
        )

        run_start_body_files_additional_property_type_0_item_type_1.additional_properties = d
        return run_start_body_files_additional_property_type_0_item_type_1


from ..models.run_start_body_files_additional_property_type_0_item_type_1_inline import (
    RunStartBodyFilesAdditionalPropertyType0ItemType1Inline,  # noqa: E402
)

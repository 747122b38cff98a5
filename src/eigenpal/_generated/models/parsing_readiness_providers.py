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

T = TypeVar("T", bound="ParsingReadinessProviders")


@_attrs_define(repr=False)
class ParsingReadinessProviders(Model):
    ocr: None | str
    vision: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ocr": "ocr",
        "vision": "vision",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "ocr",
            "vision",
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
        if not isinstance(self.ocr, Unset):
            ocr: None | str
            ocr = self.ocr
            field_dict["ocr"] = ocr

        if not isinstance(self.vision, Unset):
            vision: None | str
            vision = self.vision
            field_dict["vision"] = vision

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_ocr = d.pop("ocr", UNSET)
        if _raw_ocr is UNSET:
            ocr = missing_required("ParsingReadinessProviders", "ocr")
        else:
            ocr = _raw_ocr

        _raw_vision = d.pop("vision", UNSET)
        if _raw_vision is UNSET:
            vision = missing_required("ParsingReadinessProviders", "vision")
        else:
            vision = _raw_vision

        parsing_readiness_providers = cls(
            ocr=ocr,
            vision=vision,
        )

        parsing_readiness_providers.additional_properties = d
        return parsing_readiness_providers

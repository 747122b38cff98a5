from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_task_detail_selection_reasons_additional_property import (
    HumanReviewTaskDetailSelectionReasonsAdditionalProperty,
)
from ..types import (
    Model,
)

T = TypeVar("T", bound="HumanReviewTaskDetailSelectionReasons")


@_attrs_define(repr=False)
class HumanReviewTaskDetailSelectionReasons(Model):
    additional_properties: dict[str, HumanReviewTaskDetailSelectionReasonsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {}
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = 0
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        human_review_task_detail_selection_reasons = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = HumanReviewTaskDetailSelectionReasonsAdditionalProperty(prop_dict)

            additional_properties[prop_name] = additional_property

        human_review_task_detail_selection_reasons.additional_properties = additional_properties
        return human_review_task_detail_selection_reasons

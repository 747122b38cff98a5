from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promote_run_response_automation_type import PromoteRunResponseAutomationType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="PromoteRunResponse")


@_attrs_define(repr=False)
class PromoteRunResponse(Model):
    """The dataset example created from a run."""

    automation_id: str
    automation_type: PromoteRunResponseAutomationType
    example_id: str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "automationId": "automation_id",
        "automationType": "automation_type",
        "exampleId": "example_id",
        "name": "name",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "automationId",
            "automationType",
            "exampleId",
            "name",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "PromoteRunResponse"
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
        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type.value
            field_dict["automationType"] = automation_type

        if not isinstance(self.example_id, Unset):
            example_id = self.example_id
            field_dict["exampleId"] = example_id

        if not isinstance(self.name, Unset):
            name: None | str
            name = self.name
            field_dict["name"] = name

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("PromoteRunResponse", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_type = d.pop("automationType", UNSET)
        if _raw_automation_type is UNSET:
            automation_type = missing_required("PromoteRunResponse", "automationType")
        else:
            automation_type = PromoteRunResponseAutomationType(_raw_automation_type)

        _raw_example_id = d.pop("exampleId", UNSET)
        if _raw_example_id is UNSET:
            example_id = missing_required("PromoteRunResponse", "exampleId")
        else:
            example_id = _raw_example_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("PromoteRunResponse", "name")
        else:
            name = _raw_name

        promote_run_response = cls(
            automation_id=automation_id,
            automation_type=automation_type,
            example_id=example_id,
            name=name,
        )

        promote_run_response.additional_properties = d
        return promote_run_response

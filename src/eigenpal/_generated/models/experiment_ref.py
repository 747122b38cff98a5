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

T = TypeVar("T", bound="ExperimentRef")


@_attrs_define(repr=False)
class ExperimentRef(Model):
    """The automation that owns an experiment."""

    id: str
    automation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "automationId": "automation_id",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "automationId",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ExperimentRef"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("ExperimentRef", "id")
        else:
            id = _raw_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("ExperimentRef", "automationId")
        else:
            automation_id = _raw_automation_id

        experiment_ref = cls(
            id=id,
            automation_id=automation_id,
        )

        experiment_ref.additional_properties = d
        return experiment_ref

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

T = TypeVar("T", bound="CreateAutomationVersionRequestType1")


@_attrs_define(repr=False)
class CreateAutomationVersionRequestType1(Model):
    history_id: str
    version: str
    activate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "historyId": "history_id",
        "version": "version",
        "activate": "activate",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "historyId",
            "version",
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
        if not isinstance(self.history_id, Unset):
            history_id = self.history_id
            field_dict["historyId"] = history_id

        if not isinstance(self.version, Unset):
            version = self.version
            field_dict["version"] = version

        activate = self.activate
        if activate is not UNSET:
            field_dict["activate"] = activate

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_history_id = d.pop("historyId", UNSET)
        if _raw_history_id is UNSET:
            history_id = missing_required("CreateAutomationVersionRequestType1", "historyId")
        else:
            history_id = _raw_history_id

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("CreateAutomationVersionRequestType1", "version")
        else:
            version = _raw_version

        activate = d.pop("activate", UNSET)

        create_automation_version_request_type_1 = cls(
            history_id=history_id,
            version=version,
            activate=activate,
        )

        create_automation_version_request_type_1.additional_properties = d
        return create_automation_version_request_type_1

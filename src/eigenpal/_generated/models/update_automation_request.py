from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="UpdateAutomationRequest")


@_attrs_define(repr=False)
class UpdateAutomationRequest(Model):
    folder_id: None | str | Unset = UNSET
    folder_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "folderId": "folder_id",
        "folderPath": "folder_path",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "UpdateAutomationRequest"
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
        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id

        folder_path = self.folder_path
        if folder_path is not UNSET:
            field_dict["folderPath"] = folder_path

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_folder_id = d.pop("folderId", UNSET)
        folder_id = _raw_folder_id

        folder_path = d.pop("folderPath", UNSET)

        update_automation_request = cls(
            folder_id=folder_id,
            folder_path=folder_path,
        )

        update_automation_request.additional_properties = d
        return update_automation_request

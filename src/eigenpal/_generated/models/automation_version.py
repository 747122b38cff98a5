from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="AutomationVersion")


@_attrs_define(repr=False)
class AutomationVersion(Model):
    """A released version of an automation and the source ref it was built from."""

    id: str
    automation_id: str
    version: None | str
    source_ref: None | str | Unset = UNSET
    is_current: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "automationId": "automation_id",
        "version": "version",
        "sourceRef": "source_ref",
        "isCurrent": "is_current",
        "createdAt": "created_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "automationId",
            "version",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AutomationVersion"
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

        if not isinstance(self.version, Unset):
            version: None | str
            version = self.version
            field_dict["version"] = version

        source_ref: None | str | Unset
        if isinstance(self.source_ref, Unset):
            source_ref = UNSET
        else:
            source_ref = self.source_ref
        if source_ref is not UNSET:
            field_dict["sourceRef"] = source_ref

        is_current = self.is_current
        if is_current is not UNSET:
            field_dict["isCurrent"] = is_current

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("AutomationVersion", "id")
        else:
            id = _raw_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("AutomationVersion", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("AutomationVersion", "version")
        else:
            version = _raw_version

        _raw_source_ref = d.pop("sourceRef", UNSET)
        source_ref = _raw_source_ref

        is_current = d.pop("isCurrent", UNSET)

        created_at = d.pop("createdAt", UNSET)

        automation_version = cls(
            id=id,
            automation_id=automation_id,
            version=version,
            source_ref=source_ref,
            is_current=is_current,
            created_at=created_at,
        )

        automation_version.additional_properties = d
        return automation_version

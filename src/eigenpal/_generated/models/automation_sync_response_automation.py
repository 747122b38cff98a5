from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_sync_response_automation_status import AutomationSyncResponseAutomationStatus
from ..models.automation_sync_response_automation_type import AutomationSyncResponseAutomationType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="AutomationSyncResponseAutomation")


@_attrs_define(repr=False)
class AutomationSyncResponseAutomation(Model):
    id: str
    type_: AutomationSyncResponseAutomationType
    slug: str
    status: AutomationSyncResponseAutomationStatus
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "slug": "slug",
        "status": "status",
        "updatedAt": "updated_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "slug",
            "status",
            "updatedAt",
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.slug, Unset):
            slug = self.slug
            field_dict["slug"] = slug

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("AutomationSyncResponseAutomation", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("AutomationSyncResponseAutomation", "type")
        else:
            type_ = AutomationSyncResponseAutomationType(_raw_type_)

        _raw_slug = d.pop("slug", UNSET)
        if _raw_slug is UNSET:
            slug = missing_required("AutomationSyncResponseAutomation", "slug")
        else:
            slug = _raw_slug

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("AutomationSyncResponseAutomation", "status")
        else:
            status = AutomationSyncResponseAutomationStatus(_raw_status)

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("AutomationSyncResponseAutomation", "updatedAt")
        else:
            updated_at = _raw_updated_at

        automation_sync_response_automation = cls(
            id=id,
            type_=type_,
            slug=slug,
            status=status,
            updated_at=updated_at,
        )

        automation_sync_response_automation.additional_properties = d
        return automation_sync_response_automation

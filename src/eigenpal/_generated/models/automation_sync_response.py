from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="AutomationSyncResponse")


@_attrs_define(repr=False)
class AutomationSyncResponse(Model):
    """The automation's registry state after a sync, the Git release it was synced from, and any warnings."""

    automation: AutomationSyncResponseAutomation
    release: AutomationSyncResponseRelease
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "automation": "automation",
        "release": "release",
        "warnings": "warnings",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "automation",
            "release",
            "warnings",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AutomationSyncResponse"
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
        if not isinstance(self.automation, Unset):
            automation = self.automation.to_dict()
            field_dict["automation"] = automation

        if not isinstance(self.release, Unset):
            release = self.release.to_dict()
            field_dict["release"] = release

        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

            field_dict["warnings"] = warnings

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_automation = d.pop("automation", UNSET)
        if _raw_automation is UNSET:
            automation = missing_required("AutomationSyncResponse", "automation")
        else:
            automation = AutomationSyncResponseAutomation.from_dict(_raw_automation)

        _raw_release = d.pop("release", UNSET)
        if _raw_release is UNSET:
            release = missing_required("AutomationSyncResponse", "release")
        else:
            release = AutomationSyncResponseRelease.from_dict(_raw_release)

        _raw_warnings = d.pop("warnings", UNSET)
        if _raw_warnings is UNSET:
            warnings = missing_required("AutomationSyncResponse", "warnings")
        else:
            warnings = cast(list[str], _raw_warnings)

        automation_sync_response = cls(
            automation=automation,
            release=release,
            warnings=warnings,
        )

        automation_sync_response.additional_properties = d
        return automation_sync_response


from ..models.automation_sync_response_automation import AutomationSyncResponseAutomation  # noqa: E402
from ..models.automation_sync_response_release import AutomationSyncResponseRelease  # noqa: E402

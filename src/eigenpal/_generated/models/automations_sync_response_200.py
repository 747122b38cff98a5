from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

if TYPE_CHECKING:
    from ..models.automations_sync_response_200_automation import AutomationsSyncResponse200Automation
    from ..models.automations_sync_response_200_release import AutomationsSyncResponse200Release


T = TypeVar("T", bound="AutomationsSyncResponse200")


@_attrs_define
class AutomationsSyncResponse200(Model):
    automation: AutomationsSyncResponse200Automation
    release: AutomationsSyncResponse200Release
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
    _CONSTS: ClassVar[dict[str, Any]] = {}

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
        from ..models.automations_sync_response_200_automation import AutomationsSyncResponse200Automation
        from ..models.automations_sync_response_200_release import AutomationsSyncResponse200Release

        d = dict(src_dict)
        _raw_automation = d.pop("automation", UNSET)
        if isinstance(_raw_automation, Unset):
            automation = missing_required("AutomationsSyncResponse200", "automation")
        else:
            automation = AutomationsSyncResponse200Automation.from_dict(_raw_automation)

        _raw_release = d.pop("release", UNSET)
        if isinstance(_raw_release, Unset):
            release = missing_required("AutomationsSyncResponse200", "release")
        else:
            release = AutomationsSyncResponse200Release.from_dict(_raw_release)

        _raw_warnings = d.pop("warnings", UNSET)
        if isinstance(_raw_warnings, Unset):
            warnings = missing_required("AutomationsSyncResponse200", "warnings")
        else:
            warnings = cast(list[str], _raw_warnings)

        automations_sync_response_200 = cls(
            automation=automation,
            release=release,
            warnings=warnings,
        )

        automations_sync_response_200.additional_properties = d
        return automations_sync_response_200

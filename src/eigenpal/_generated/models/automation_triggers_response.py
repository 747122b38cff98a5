from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="AutomationTriggersResponse")


@_attrs_define(repr=False)
class AutomationTriggersResponse(Model):
    """Trigger state of an automation."""

    automation_id: str
    type_: AutomationType
    """ Which kind of automation something is: `workflow` or `agent`. """
    triggers: AutomationTriggerState
    """ Which triggers are enabled for an automation. `api` must be on to start runs from the API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "automationId": "automation_id",
        "type": "type_",
        "triggers": "triggers",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "automationId",
            "type",
            "triggers",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AutomationTriggersResponse"
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

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.triggers, Unset):
            triggers = self.triggers.to_dict()
            field_dict["triggers"] = triggers

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("AutomationTriggersResponse", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("AutomationTriggersResponse", "type")
        else:
            type_ = AutomationType(_raw_type_)

        _raw_triggers = d.pop("triggers", UNSET)
        if _raw_triggers is UNSET:
            triggers = missing_required("AutomationTriggersResponse", "triggers")
        else:
            triggers = AutomationTriggerState.from_dict(_raw_triggers)

        automation_triggers_response = cls(
            automation_id=automation_id,
            type_=type_,
            triggers=triggers,
        )

        automation_triggers_response.additional_properties = d
        return automation_triggers_response


from ..models.automation_trigger_state import AutomationTriggerState  # noqa: E402

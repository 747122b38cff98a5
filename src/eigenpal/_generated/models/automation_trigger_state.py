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

T = TypeVar("T", bound="AutomationTriggerState")


@_attrs_define(repr=False)
class AutomationTriggerState(Model):
    """Which triggers are enabled for an automation. `api` must be on to start runs from the API."""

    api: bool
    email: bool
    manual: bool
    cron: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "api": "api",
        "email": "email",
        "manual": "manual",
        "cron": "cron",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "api",
            "email",
            "manual",
            "cron",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AutomationTriggerState"
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
        if not isinstance(self.api, Unset):
            api = self.api
            field_dict["api"] = api

        if not isinstance(self.email, Unset):
            email = self.email
            field_dict["email"] = email

        if not isinstance(self.manual, Unset):
            manual = self.manual
            field_dict["manual"] = manual

        if not isinstance(self.cron, Unset):
            cron = self.cron
            field_dict["cron"] = cron

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_api = d.pop("api", UNSET)
        if _raw_api is UNSET:
            api = missing_required("AutomationTriggerState", "api")
        else:
            api = _raw_api

        _raw_email = d.pop("email", UNSET)
        if _raw_email is UNSET:
            email = missing_required("AutomationTriggerState", "email")
        else:
            email = _raw_email

        _raw_manual = d.pop("manual", UNSET)
        if _raw_manual is UNSET:
            manual = missing_required("AutomationTriggerState", "manual")
        else:
            manual = _raw_manual

        _raw_cron = d.pop("cron", UNSET)
        if _raw_cron is UNSET:
            cron = missing_required("AutomationTriggerState", "cron")
        else:
            cron = _raw_cron

        automation_trigger_state = cls(
            api=api,
            email=email,
            manual=manual,
            cron=cron,
        )

        automation_trigger_state.additional_properties = d
        return automation_trigger_state

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

T = TypeVar("T", bound="RunTrigger")


@_attrs_define(repr=False)
class RunTrigger(Model):
    """What started the run and, for user-started runs, who."""

    type_: None | str
    by: None | RunTriggerByType0
    email: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "by": "by",
        "email": "email",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "by",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunTrigger"
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
        if not isinstance(self.type_, Unset):
            type_: None | str
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.by, Unset):
            by: dict[str, Any] | None
            if isinstance(self.by, RunTriggerByType0):
                by = self.by.to_dict()
            else:
                by = self.by
            field_dict["by"] = by

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("RunTrigger", "type")
        else:
            type_ = _raw_type_

        _raw_by = d.pop("by", UNSET)
        if _raw_by is UNSET:
            by = missing_required("RunTrigger", "by")
        else:
            by = RunTriggerByType0.from_dict(_raw_by) if isinstance(_raw_by, dict) else _raw_by

        email = d.pop("email", UNSET)

        run_trigger = cls(
            type_=type_,
            by=by,
            email=email,
        )

        run_trigger.additional_properties = d
        return run_trigger


from ..models.run_trigger_by_type_0 import RunTriggerByType0  # noqa: E402

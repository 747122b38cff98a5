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

T = TypeVar("T", bound="RunTriggerByType0")


@_attrs_define(repr=False)
class RunTriggerByType0(Model):
    id: str
    name: None | str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "email": "email",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "email",
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

        if not isinstance(self.name, Unset):
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.email, Unset):
            email = self.email
            field_dict["email"] = email

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunTriggerByType0", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("RunTriggerByType0", "name")
        else:
            name = _raw_name

        _raw_email = d.pop("email", UNSET)
        if _raw_email is UNSET:
            email = missing_required("RunTriggerByType0", "email")
        else:
            email = _raw_email

        run_trigger_by_type_0 = cls(
            id=id,
            name=name,
            email=email,
        )

        run_trigger_by_type_0.additional_properties = d
        return run_trigger_by_type_0

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

T = TypeVar("T", bound="TestEmailServerResponseType1")


@_attrs_define(repr=False)
class TestEmailServerResponseType1(Model):
    ok: bool
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "error": "error",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
            "error",
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
        if not isinstance(self.ok, Unset):
            ok = self.ok
            field_dict["ok"] = ok

        if not isinstance(self.error, Unset):
            error = self.error
            field_dict["error"] = error

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_ok = d.pop("ok", UNSET)
        if _raw_ok is UNSET:
            ok = missing_required("TestEmailServerResponseType1", "ok")
        else:
            ok = _raw_ok

        _raw_error = d.pop("error", UNSET)
        if _raw_error is UNSET:
            error = missing_required("TestEmailServerResponseType1", "error")
        else:
            error = _raw_error

        test_email_server_response_type_1 = cls(
            ok=ok,
            error=error,
        )

        test_email_server_response_type_1.additional_properties = d
        return test_email_server_response_type_1

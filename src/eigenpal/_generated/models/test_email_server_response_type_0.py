from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_email_server_response_type_0_transport import TestEmailServerResponseType0Transport
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="TestEmailServerResponseType0")


@_attrs_define(repr=False)
class TestEmailServerResponseType0(Model):
    ok: bool
    transport: TestEmailServerResponseType0Transport
    message_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "transport": "transport",
        "messageId": "message_id",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
            "transport",
            "messageId",
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

        if not isinstance(self.transport, Unset):
            transport = self.transport.value
            field_dict["transport"] = transport

        if not isinstance(self.message_id, Unset):
            message_id = self.message_id
            field_dict["messageId"] = message_id

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_ok = d.pop("ok", UNSET)
        if _raw_ok is UNSET:
            ok = missing_required("TestEmailServerResponseType0", "ok")
        else:
            ok = _raw_ok

        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("TestEmailServerResponseType0", "transport")
        else:
            transport = TestEmailServerResponseType0Transport(_raw_transport)

        _raw_message_id = d.pop("messageId", UNSET)
        if _raw_message_id is UNSET:
            message_id = missing_required("TestEmailServerResponseType0", "messageId")
        else:
            message_id = _raw_message_id

        test_email_server_response_type_0 = cls(
            ok=ok,
            transport=transport,
            message_id=message_id,
        )

        test_email_server_response_type_0.additional_properties = d
        return test_email_server_response_type_0

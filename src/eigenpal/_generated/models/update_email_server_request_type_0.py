from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="UpdateEmailServerRequestType0")


@_attrs_define(repr=False)
class UpdateEmailServerRequestType0(Model):
    transport: Literal["resend"]
    from_email: str
    from_name: str
    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "transport": "transport",
        "fromEmail": "from_email",
        "fromName": "from_name",
        "name": "name",
        "enabled": "enabled",
        "apiKey": "api_key",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "fromEmail",
            "fromName",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "resend",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "resend":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.transport, Unset):
            transport = self.transport
            field_dict["transport"] = transport

        if not isinstance(self.from_email, Unset):
            from_email = self.from_email
            field_dict["fromEmail"] = from_email

        if not isinstance(self.from_name, Unset):
            from_name = self.from_name
            field_dict["fromName"] = from_name

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        api_key = self.api_key
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("UpdateEmailServerRequestType0", "transport")
        else:
            transport = cast(Literal["resend"], _raw_transport)
            if transport != "resend":
                unexpected_const(cls.__name__, "transport", "resend", transport)

        _raw_from_email = d.pop("fromEmail", UNSET)
        if _raw_from_email is UNSET:
            from_email = missing_required("UpdateEmailServerRequestType0", "fromEmail")
        else:
            from_email = _raw_from_email

        _raw_from_name = d.pop("fromName", UNSET)
        if _raw_from_name is UNSET:
            from_name = missing_required("UpdateEmailServerRequestType0", "fromName")
        else:
            from_name = _raw_from_name

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        api_key = d.pop("apiKey", UNSET)

        update_email_server_request_type_0 = cls(
            transport=transport,
            from_email=from_email,
            from_name=from_name,
            name=name,
            enabled=enabled,
            api_key=api_key,
        )

        update_email_server_request_type_0.additional_properties = d
        return update_email_server_request_type_0

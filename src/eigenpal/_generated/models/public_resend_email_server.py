from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
    unexpected_const,
)

T = TypeVar("T", bound="PublicResendEmailServer")


@_attrs_define(repr=False)
class PublicResendEmailServer(Model):
    """An email server that sends through Resend, as returned: name, enabled flag, sender, timestamps, and whether an API
    key is set; the key itself never comes back.

    """

    id: str
    name: str
    enabled: bool
    created_at: str
    updated_at: str
    transport: Literal["resend"]
    from_email: str
    from_name: str
    api_key_configured: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "enabled": "enabled",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "transport": "transport",
        "fromEmail": "from_email",
        "fromName": "from_name",
        "apiKeyConfigured": "api_key_configured",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "enabled",
            "createdAt",
            "updatedAt",
            "transport",
            "fromEmail",
            "fromName",
            "apiKeyConfigured",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "PublicResendEmailServer"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.enabled, Unset):
            enabled = self.enabled
            field_dict["enabled"] = enabled

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.transport, Unset):
            transport = self.transport
            field_dict["transport"] = transport

        if not isinstance(self.from_email, Unset):
            from_email = self.from_email
            field_dict["fromEmail"] = from_email

        if not isinstance(self.from_name, Unset):
            from_name = self.from_name
            field_dict["fromName"] = from_name

        if not isinstance(self.api_key_configured, Unset):
            api_key_configured = self.api_key_configured
            field_dict["apiKeyConfigured"] = api_key_configured

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("PublicResendEmailServer", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("PublicResendEmailServer", "name")
        else:
            name = _raw_name

        _raw_enabled = d.pop("enabled", UNSET)
        if _raw_enabled is UNSET:
            enabled = missing_required("PublicResendEmailServer", "enabled")
        else:
            enabled = _raw_enabled

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("PublicResendEmailServer", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("PublicResendEmailServer", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("PublicResendEmailServer", "transport")
        else:
            transport = cast(Literal["resend"], _raw_transport)
            if transport != "resend":
                unexpected_const(cls.__name__, "transport", "resend", transport)

        _raw_from_email = d.pop("fromEmail", UNSET)
        if _raw_from_email is UNSET:
            from_email = missing_required("PublicResendEmailServer", "fromEmail")
        else:
            from_email = _raw_from_email

        _raw_from_name = d.pop("fromName", UNSET)
        if _raw_from_name is UNSET:
            from_name = missing_required("PublicResendEmailServer", "fromName")
        else:
            from_name = _raw_from_name

        _raw_api_key_configured = d.pop("apiKeyConfigured", UNSET)
        if _raw_api_key_configured is UNSET:
            api_key_configured = missing_required("PublicResendEmailServer", "apiKeyConfigured")
        else:
            api_key_configured = _raw_api_key_configured

        public_resend_email_server = cls(
            id=id,
            name=name,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            transport=transport,
            from_email=from_email,
            from_name=from_name,
            api_key_configured=api_key_configured,
        )

        public_resend_email_server.additional_properties = d
        return public_resend_email_server

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_smtp_email_server_security import PublicSmtpEmailServerSecurity
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
    unexpected_const,
)

T = TypeVar("T", bound="PublicSmtpEmailServer")


@_attrs_define(repr=False)
class PublicSmtpEmailServer(Model):
    """An email server that sends over SMTP, as returned: host, port, security, username, sender, and flags for whether a
    password and CA certificate are set; secrets never come back.

    """

    id: str
    name: str
    enabled: bool
    created_at: str
    updated_at: str
    transport: Literal["smtp"]
    from_email: str
    from_name: str
    host: str
    port: int
    security: PublicSmtpEmailServerSecurity
    username: None | str
    password_configured: bool
    ca_pem_configured: bool
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
        "host": "host",
        "port": "port",
        "security": "security",
        "username": "username",
        "passwordConfigured": "password_configured",
        "caPemConfigured": "ca_pem_configured",
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
            "host",
            "port",
            "security",
            "username",
            "passwordConfigured",
            "caPemConfigured",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "PublicSmtpEmailServer"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "smtp",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "smtp":
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

        if not isinstance(self.host, Unset):
            host = self.host
            field_dict["host"] = host

        if not isinstance(self.port, Unset):
            port = self.port
            field_dict["port"] = port

        if not isinstance(self.security, Unset):
            security = self.security.value
            field_dict["security"] = security

        if not isinstance(self.username, Unset):
            username: None | str
            username = self.username
            field_dict["username"] = username

        if not isinstance(self.password_configured, Unset):
            password_configured = self.password_configured
            field_dict["passwordConfigured"] = password_configured

        if not isinstance(self.ca_pem_configured, Unset):
            ca_pem_configured = self.ca_pem_configured
            field_dict["caPemConfigured"] = ca_pem_configured

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("PublicSmtpEmailServer", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("PublicSmtpEmailServer", "name")
        else:
            name = _raw_name

        _raw_enabled = d.pop("enabled", UNSET)
        if _raw_enabled is UNSET:
            enabled = missing_required("PublicSmtpEmailServer", "enabled")
        else:
            enabled = _raw_enabled

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("PublicSmtpEmailServer", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("PublicSmtpEmailServer", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("PublicSmtpEmailServer", "transport")
        else:
            transport = cast(Literal["smtp"], _raw_transport)
            if transport != "smtp":
                unexpected_const(cls.__name__, "transport", "smtp", transport)

        _raw_from_email = d.pop("fromEmail", UNSET)
        if _raw_from_email is UNSET:
            from_email = missing_required("PublicSmtpEmailServer", "fromEmail")
        else:
            from_email = _raw_from_email

        _raw_from_name = d.pop("fromName", UNSET)
        if _raw_from_name is UNSET:
            from_name = missing_required("PublicSmtpEmailServer", "fromName")
        else:
            from_name = _raw_from_name

        _raw_host = d.pop("host", UNSET)
        if _raw_host is UNSET:
            host = missing_required("PublicSmtpEmailServer", "host")
        else:
            host = _raw_host

        _raw_port = d.pop("port", UNSET)
        if _raw_port is UNSET:
            port = missing_required("PublicSmtpEmailServer", "port")
        else:
            port = _raw_port

        _raw_security = d.pop("security", UNSET)
        if _raw_security is UNSET:
            security = missing_required("PublicSmtpEmailServer", "security")
        else:
            security = PublicSmtpEmailServerSecurity(_raw_security)

        _raw_username = d.pop("username", UNSET)
        if _raw_username is UNSET:
            username = missing_required("PublicSmtpEmailServer", "username")
        else:
            username = _raw_username

        _raw_password_configured = d.pop("passwordConfigured", UNSET)
        if _raw_password_configured is UNSET:
            password_configured = missing_required("PublicSmtpEmailServer", "passwordConfigured")
        else:
            password_configured = _raw_password_configured

        _raw_ca_pem_configured = d.pop("caPemConfigured", UNSET)
        if _raw_ca_pem_configured is UNSET:
            ca_pem_configured = missing_required("PublicSmtpEmailServer", "caPemConfigured")
        else:
            ca_pem_configured = _raw_ca_pem_configured

        public_smtp_email_server = cls(
            id=id,
            name=name,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            transport=transport,
            from_email=from_email,
            from_name=from_name,
            host=host,
            port=port,
            security=security,
            username=username,
            password_configured=password_configured,
            ca_pem_configured=ca_pem_configured,
        )

        public_smtp_email_server.additional_properties = d
        return public_smtp_email_server

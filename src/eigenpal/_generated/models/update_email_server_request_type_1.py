from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_email_server_request_type_1_security import UpdateEmailServerRequestType1Security
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="UpdateEmailServerRequestType1")


@_attrs_define(repr=False)
class UpdateEmailServerRequestType1(Model):
    transport: Literal["smtp"]
    host: str
    port: int
    security: UpdateEmailServerRequestType1Security
    from_email: str
    from_name: str
    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    username: None | str | Unset = UNSET
    password: str | Unset = UNSET
    ca_pem: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "transport": "transport",
        "host": "host",
        "port": "port",
        "security": "security",
        "fromEmail": "from_email",
        "fromName": "from_name",
        "name": "name",
        "enabled": "enabled",
        "username": "username",
        "password": "password",
        "caPem": "ca_pem",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "host",
            "port",
            "security",
            "fromEmail",
            "fromName",
        }
    )
    _CLOSED: ClassVar[bool] = False
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
        if not isinstance(self.transport, Unset):
            transport = self.transport
            field_dict["transport"] = transport

        if not isinstance(self.host, Unset):
            host = self.host
            field_dict["host"] = host

        if not isinstance(self.port, Unset):
            port = self.port
            field_dict["port"] = port

        if not isinstance(self.security, Unset):
            security = self.security.value
            field_dict["security"] = security

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

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username
        if username is not UNSET:
            field_dict["username"] = username

        password = self.password
        if password is not UNSET:
            field_dict["password"] = password

        ca_pem: None | str | Unset
        if isinstance(self.ca_pem, Unset):
            ca_pem = UNSET
        else:
            ca_pem = self.ca_pem
        if ca_pem is not UNSET:
            field_dict["caPem"] = ca_pem

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("UpdateEmailServerRequestType1", "transport")
        else:
            transport = cast(Literal["smtp"], _raw_transport)
            if transport != "smtp":
                unexpected_const(cls.__name__, "transport", "smtp", transport)

        _raw_host = d.pop("host", UNSET)
        if _raw_host is UNSET:
            host = missing_required("UpdateEmailServerRequestType1", "host")
        else:
            host = _raw_host

        _raw_port = d.pop("port", UNSET)
        if _raw_port is UNSET:
            port = missing_required("UpdateEmailServerRequestType1", "port")
        else:
            port = _raw_port

        _raw_security = d.pop("security", UNSET)
        if _raw_security is UNSET:
            security = missing_required("UpdateEmailServerRequestType1", "security")
        else:
            security = UpdateEmailServerRequestType1Security(_raw_security)

        _raw_from_email = d.pop("fromEmail", UNSET)
        if _raw_from_email is UNSET:
            from_email = missing_required("UpdateEmailServerRequestType1", "fromEmail")
        else:
            from_email = _raw_from_email

        _raw_from_name = d.pop("fromName", UNSET)
        if _raw_from_name is UNSET:
            from_name = missing_required("UpdateEmailServerRequestType1", "fromName")
        else:
            from_name = _raw_from_name

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        _raw_username = d.pop("username", UNSET)
        username = _raw_username

        password = d.pop("password", UNSET)

        _raw_ca_pem = d.pop("caPem", UNSET)
        ca_pem = _raw_ca_pem

        update_email_server_request_type_1 = cls(
            transport=transport,
            host=host,
            port=port,
            security=security,
            from_email=from_email,
            from_name=from_name,
            name=name,
            enabled=enabled,
            username=username,
            password=password,
            ca_pem=ca_pem,
        )

        update_email_server_request_type_1.additional_properties = d
        return update_email_server_request_type_1

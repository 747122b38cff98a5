from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="AuthCheckResponse")


@_attrs_define(repr=False)
class AuthCheckResponse(Model):
    """Who the API key belongs to: tenant, user, key id and granted scopes."""

    ok: bool
    tenant_id: str
    tenant_slug: str
    tenant_name: None | str
    user_id: None | str
    key_id: str
    email: None | str
    name: None | str
    scope: list[str]
    wildcard_granted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "tenantId": "tenant_id",
        "tenantSlug": "tenant_slug",
        "tenantName": "tenant_name",
        "userId": "user_id",
        "keyId": "key_id",
        "email": "email",
        "name": "name",
        "scope": "scope",
        "wildcardGranted": "wildcard_granted",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
            "tenantId",
            "tenantSlug",
            "tenantName",
            "userId",
            "keyId",
            "email",
            "name",
            "scope",
            "wildcardGranted",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "AuthCheckResponse"
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
        if not isinstance(self.ok, Unset):
            ok = self.ok
            field_dict["ok"] = ok

        if not isinstance(self.tenant_id, Unset):
            tenant_id = self.tenant_id
            field_dict["tenantId"] = tenant_id

        if not isinstance(self.tenant_slug, Unset):
            tenant_slug = self.tenant_slug
            field_dict["tenantSlug"] = tenant_slug

        if not isinstance(self.tenant_name, Unset):
            tenant_name: None | str
            tenant_name = self.tenant_name
            field_dict["tenantName"] = tenant_name

        if not isinstance(self.user_id, Unset):
            user_id: None | str
            user_id = self.user_id
            field_dict["userId"] = user_id

        if not isinstance(self.key_id, Unset):
            key_id = self.key_id
            field_dict["keyId"] = key_id

        if not isinstance(self.email, Unset):
            email: None | str
            email = self.email
            field_dict["email"] = email

        if not isinstance(self.name, Unset):
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.scope, Unset):
            scope = self.scope

            field_dict["scope"] = scope

        if not isinstance(self.wildcard_granted, Unset):
            wildcard_granted = self.wildcard_granted
            field_dict["wildcardGranted"] = wildcard_granted

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_ok = d.pop("ok", UNSET)
        if _raw_ok is UNSET:
            ok = missing_required("AuthCheckResponse", "ok")
        else:
            ok = _raw_ok

        _raw_tenant_id = d.pop("tenantId", UNSET)
        if _raw_tenant_id is UNSET:
            tenant_id = missing_required("AuthCheckResponse", "tenantId")
        else:
            tenant_id = _raw_tenant_id

        _raw_tenant_slug = d.pop("tenantSlug", UNSET)
        if _raw_tenant_slug is UNSET:
            tenant_slug = missing_required("AuthCheckResponse", "tenantSlug")
        else:
            tenant_slug = _raw_tenant_slug

        _raw_tenant_name = d.pop("tenantName", UNSET)
        if _raw_tenant_name is UNSET:
            tenant_name = missing_required("AuthCheckResponse", "tenantName")
        else:
            tenant_name = _raw_tenant_name

        _raw_user_id = d.pop("userId", UNSET)
        if _raw_user_id is UNSET:
            user_id = missing_required("AuthCheckResponse", "userId")
        else:
            user_id = _raw_user_id

        _raw_key_id = d.pop("keyId", UNSET)
        if _raw_key_id is UNSET:
            key_id = missing_required("AuthCheckResponse", "keyId")
        else:
            key_id = _raw_key_id

        _raw_email = d.pop("email", UNSET)
        if _raw_email is UNSET:
            email = missing_required("AuthCheckResponse", "email")
        else:
            email = _raw_email

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("AuthCheckResponse", "name")
        else:
            name = _raw_name

        _raw_scope = d.pop("scope", UNSET)
        if _raw_scope is UNSET:
            scope = missing_required("AuthCheckResponse", "scope")
        else:
            scope = cast(list[str], _raw_scope)

        _raw_wildcard_granted = d.pop("wildcardGranted", UNSET)
        if _raw_wildcard_granted is UNSET:
            wildcard_granted = missing_required("AuthCheckResponse", "wildcardGranted")
        else:
            wildcard_granted = _raw_wildcard_granted

        auth_check_response = cls(
            ok=ok,
            tenant_id=tenant_id,
            tenant_slug=tenant_slug,
            tenant_name=tenant_name,
            user_id=user_id,
            key_id=key_id,
            email=email,
            name=name,
            scope=scope,
            wildcard_granted=wildcard_granted,
        )

        auth_check_response.additional_properties = d
        return auth_check_response

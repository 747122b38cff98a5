from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="TemplateRevision")


@_attrs_define(repr=False)
class TemplateRevision(Model):
    """One revision of a template's document: its id, sequence number, SHA-256 hash and creation time."""

    id: str
    number: int
    sha256: str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "number": "number",
        "sha256": "sha256",
        "createdAt": "created_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "number",
            "sha256",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "TemplateRevision"
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

        if not isinstance(self.number, Unset):
            number = self.number
            field_dict["number"] = number

        if not isinstance(self.sha256, Unset):
            sha256 = self.sha256
            field_dict["sha256"] = sha256

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("TemplateRevision", "id")
        else:
            id = _raw_id

        _raw_number = d.pop("number", UNSET)
        if _raw_number is UNSET:
            number = missing_required("TemplateRevision", "number")
        else:
            number = _raw_number

        _raw_sha256 = d.pop("sha256", UNSET)
        if _raw_sha256 is UNSET:
            sha256 = missing_required("TemplateRevision", "sha256")
        else:
            sha256 = _raw_sha256

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("TemplateRevision", "createdAt")
        else:
            created_at = _raw_created_at

        template_revision = cls(
            id=id,
            number=number,
            sha256=sha256,
            created_at=created_at,
        )

        template_revision.additional_properties = d
        return template_revision

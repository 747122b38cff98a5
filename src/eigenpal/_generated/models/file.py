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

T = TypeVar("T", bound="File")


@_attrs_define(repr=False)
class File(Model):
    """Metadata of a reusable uploaded file."""

    id: str
    filename: str
    content_type: None | str
    size: int | None
    created_at: str
    purpose: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "filename": "filename",
        "contentType": "content_type",
        "size": "size",
        "createdAt": "created_at",
        "purpose": "purpose",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "filename",
            "contentType",
            "size",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "File"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.content_type, Unset):
            content_type: None | str
            content_type = self.content_type
            field_dict["contentType"] = content_type

        if not isinstance(self.size, Unset):
            size: int | None
            size = self.size
            field_dict["size"] = size

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("File", "id")
        else:
            id = _raw_id

        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("File", "filename")
        else:
            filename = _raw_filename

        _raw_content_type = d.pop("contentType", UNSET)
        if _raw_content_type is UNSET:
            content_type = missing_required("File", "contentType")
        else:
            content_type = _raw_content_type

        _raw_size = d.pop("size", UNSET)
        if _raw_size is UNSET:
            size = missing_required("File", "size")
        else:
            size = _raw_size

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("File", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_purpose = d.pop("purpose", UNSET)
        purpose = _raw_purpose

        file = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            size=size,
            created_at=created_at,
            purpose=purpose,
        )

        file.additional_properties = d
        return file

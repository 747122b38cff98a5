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

T = TypeVar("T", bound="FileUploadSessionPartsItem")


@_attrs_define(repr=False)
class FileUploadSessionPartsItem(Model):
    part_number: int
    etag: str
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "partNumber": "part_number",
        "etag": "etag",
        "size": "size",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "partNumber",
            "etag",
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
        if not isinstance(self.part_number, Unset):
            part_number = self.part_number
            field_dict["partNumber"] = part_number

        if not isinstance(self.etag, Unset):
            etag = self.etag
            field_dict["etag"] = etag

        size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_part_number = d.pop("partNumber", UNSET)
        if _raw_part_number is UNSET:
            part_number = missing_required("FileUploadSessionPartsItem", "partNumber")
        else:
            part_number = _raw_part_number

        _raw_etag = d.pop("etag", UNSET)
        if _raw_etag is UNSET:
            etag = missing_required("FileUploadSessionPartsItem", "etag")
        else:
            etag = _raw_etag

        size = d.pop("size", UNSET)

        file_upload_session_parts_item = cls(
            part_number=part_number,
            etag=etag,
            size=size,
        )

        file_upload_session_parts_item.additional_properties = d
        return file_upload_session_parts_item

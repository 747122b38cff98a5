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

T = TypeVar("T", bound="RunStartBodyFilesAdditionalPropertyType2Inline")


@_attrs_define(repr=False)
class RunStartBodyFilesAdditionalPropertyType2Inline(Model):
    filename: str
    mime_type: str
    base64: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filename": "filename",
        "mimeType": "mime_type",
        "base64": "base64",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "filename",
            "mimeType",
            "base64",
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
        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.mime_type, Unset):
            mime_type = self.mime_type
            field_dict["mimeType"] = mime_type

        if not isinstance(self.base64, Unset):
            base64 = self.base64
            field_dict["base64"] = base64

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("RunStartBodyFilesAdditionalPropertyType2Inline", "filename")
        else:
            filename = _raw_filename

        _raw_mime_type = d.pop("mimeType", UNSET)
        if _raw_mime_type is UNSET:
            mime_type = missing_required("RunStartBodyFilesAdditionalPropertyType2Inline", "mimeType")
        else:
            mime_type = _raw_mime_type

        _raw_base64 = d.pop("base64", UNSET)
        if _raw_base64 is UNSET:
            base64 = missing_required("RunStartBodyFilesAdditionalPropertyType2Inline", "base64")
        else:
            base64 = _raw_base64

        run_start_body_files_additional_property_type_2_inline = cls(
            filename=filename,
            mime_type=mime_type,
            base64=base64,
        )

        run_start_body_files_additional_property_type_2_inline.additional_properties = d
        return run_start_body_files_additional_property_type_2_inline

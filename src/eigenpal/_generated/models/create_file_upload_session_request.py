from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_file_upload_session_request_purpose import CreateFileUploadSessionRequestPurpose
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="CreateFileUploadSessionRequest")


@_attrs_define(repr=False)
class CreateFileUploadSessionRequest(Model):
    filename: str
    content_type: str
    size: int
    purpose: CreateFileUploadSessionRequestPurpose | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "filename": "filename",
        "contentType": "content_type",
        "size": "size",
        "purpose": "purpose",
        "idempotencyKey": "idempotency_key",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "filename",
            "contentType",
            "size",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "CreateFileUploadSessionRequest"
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

        if not isinstance(self.content_type, Unset):
            content_type = self.content_type
            field_dict["contentType"] = content_type

        if not isinstance(self.size, Unset):
            size = self.size
            field_dict["size"] = size

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        idempotency_key = self.idempotency_key
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("CreateFileUploadSessionRequest", "filename")
        else:
            filename = _raw_filename

        _raw_content_type = d.pop("contentType", UNSET)
        if _raw_content_type is UNSET:
            content_type = missing_required("CreateFileUploadSessionRequest", "contentType")
        else:
            content_type = _raw_content_type

        _raw_size = d.pop("size", UNSET)
        if _raw_size is UNSET:
            size = missing_required("CreateFileUploadSessionRequest", "size")
        else:
            size = _raw_size

        _purpose = d.pop("purpose", UNSET)
        purpose: CreateFileUploadSessionRequestPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = CreateFileUploadSessionRequestPurpose(_purpose)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        create_file_upload_session_request = cls(
            filename=filename,
            content_type=content_type,
            size=size,
            purpose=purpose,
            idempotency_key=idempotency_key,
        )

        create_file_upload_session_request.additional_properties = d
        return create_file_upload_session_request

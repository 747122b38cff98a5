from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_upload_session_transport import FileUploadSessionTransport
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="FileUploadSession")


@_attrs_define(repr=False)
class FileUploadSession(Model):
    """State of an upload session: its ids, `transport`, status and expiry, the part or chunk layout it uses, and the parts
    received so far.

    """

    upload_id: str
    file_id: str
    transport: FileUploadSessionTransport
    status: str
    expires_at: str
    part_size_bytes: int | None | Unset = UNSET
    part_count: int | None | Unset = UNSET
    chunk_size_bytes: int | None | Unset = UNSET
    chunk_count: int | None | Unset = UNSET
    parts: list[FileUploadSessionPartsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def expires_at_datetime(self) -> datetime.datetime | None:
        """``expiresAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.expires_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "uploadId": "upload_id",
        "fileId": "file_id",
        "transport": "transport",
        "status": "status",
        "expiresAt": "expires_at",
        "partSizeBytes": "part_size_bytes",
        "partCount": "part_count",
        "chunkSizeBytes": "chunk_size_bytes",
        "chunkCount": "chunk_count",
        "parts": "parts",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "uploadId",
            "fileId",
            "transport",
            "status",
            "expiresAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "FileUploadSession"
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
        if not isinstance(self.upload_id, Unset):
            upload_id = self.upload_id
            field_dict["uploadId"] = upload_id

        if not isinstance(self.file_id, Unset):
            file_id = self.file_id
            field_dict["fileId"] = file_id

        if not isinstance(self.transport, Unset):
            transport = self.transport.value
            field_dict["transport"] = transport

        if not isinstance(self.status, Unset):
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at
            field_dict["expiresAt"] = expires_at

        part_size_bytes: int | None | Unset
        if isinstance(self.part_size_bytes, Unset):
            part_size_bytes = UNSET
        else:
            part_size_bytes = self.part_size_bytes
        if part_size_bytes is not UNSET:
            field_dict["partSizeBytes"] = part_size_bytes

        part_count: int | None | Unset
        if isinstance(self.part_count, Unset):
            part_count = UNSET
        else:
            part_count = self.part_count
        if part_count is not UNSET:
            field_dict["partCount"] = part_count

        chunk_size_bytes: int | None | Unset
        if isinstance(self.chunk_size_bytes, Unset):
            chunk_size_bytes = UNSET
        else:
            chunk_size_bytes = self.chunk_size_bytes
        if chunk_size_bytes is not UNSET:
            field_dict["chunkSizeBytes"] = chunk_size_bytes

        chunk_count: int | None | Unset
        if isinstance(self.chunk_count, Unset):
            chunk_count = UNSET
        else:
            chunk_count = self.chunk_count
        if chunk_count is not UNSET:
            field_dict["chunkCount"] = chunk_count

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        if parts is not UNSET:
            field_dict["parts"] = parts

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_upload_id = d.pop("uploadId", UNSET)
        if _raw_upload_id is UNSET:
            upload_id = missing_required("FileUploadSession", "uploadId")
        else:
            upload_id = _raw_upload_id

        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("FileUploadSession", "fileId")
        else:
            file_id = _raw_file_id

        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("FileUploadSession", "transport")
        else:
            transport = FileUploadSessionTransport(_raw_transport)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("FileUploadSession", "status")
        else:
            status = _raw_status

        _raw_expires_at = d.pop("expiresAt", UNSET)
        if _raw_expires_at is UNSET:
            expires_at = missing_required("FileUploadSession", "expiresAt")
        else:
            expires_at = _raw_expires_at

        _raw_part_size_bytes = d.pop("partSizeBytes", UNSET)
        part_size_bytes = _raw_part_size_bytes

        _raw_part_count = d.pop("partCount", UNSET)
        part_count = _raw_part_count

        _raw_chunk_size_bytes = d.pop("chunkSizeBytes", UNSET)
        chunk_size_bytes = _raw_chunk_size_bytes

        _raw_chunk_count = d.pop("chunkCount", UNSET)
        chunk_count = _raw_chunk_count

        _parts = d.pop("parts", UNSET)
        parts: list[FileUploadSessionPartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = FileUploadSessionPartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        file_upload_session = cls(
            upload_id=upload_id,
            file_id=file_id,
            transport=transport,
            status=status,
            expires_at=expires_at,
            part_size_bytes=part_size_bytes,
            part_count=part_count,
            chunk_size_bytes=chunk_size_bytes,
            chunk_count=chunk_count,
            parts=parts,
        )

        file_upload_session.additional_properties = d
        return file_upload_session


from ..models.file_upload_session_parts_item import FileUploadSessionPartsItem  # noqa: E402

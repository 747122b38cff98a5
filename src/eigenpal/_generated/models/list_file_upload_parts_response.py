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

T = TypeVar("T", bound="ListFileUploadPartsResponse")


@_attrs_define(repr=False)
class ListFileUploadPartsResponse(Model):
    """The parts storage has received so far for a presigned multipart upload, with the session's part layout and expiry;
    used to resume an interrupted upload.

    """

    transport: Literal["presigned-multipart"]
    upload_id: str
    file_id: str
    part_size_bytes: int
    part_count: int
    expires_at: str
    parts: list[ListFileUploadPartsResponsePartsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def expires_at_datetime(self) -> datetime.datetime | None:
        """``expiresAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.expires_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "transport": "transport",
        "uploadId": "upload_id",
        "fileId": "file_id",
        "partSizeBytes": "part_size_bytes",
        "partCount": "part_count",
        "expiresAt": "expires_at",
        "parts": "parts",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "uploadId",
            "fileId",
            "partSizeBytes",
            "partCount",
            "expiresAt",
            "parts",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "ListFileUploadPartsResponse"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "presigned-multipart",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "presigned-multipart":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.transport, Unset):
            transport = self.transport
            field_dict["transport"] = transport

        if not isinstance(self.upload_id, Unset):
            upload_id = self.upload_id
            field_dict["uploadId"] = upload_id

        if not isinstance(self.file_id, Unset):
            file_id = self.file_id
            field_dict["fileId"] = file_id

        if not isinstance(self.part_size_bytes, Unset):
            part_size_bytes = self.part_size_bytes
            field_dict["partSizeBytes"] = part_size_bytes

        if not isinstance(self.part_count, Unset):
            part_count = self.part_count
            field_dict["partCount"] = part_count

        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at
            field_dict["expiresAt"] = expires_at

        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

            field_dict["parts"] = parts

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("ListFileUploadPartsResponse", "transport")
        else:
            transport = cast(Literal["presigned-multipart"], _raw_transport)
            if transport != "presigned-multipart":
                unexpected_const(cls.__name__, "transport", "presigned-multipart", transport)

        _raw_upload_id = d.pop("uploadId", UNSET)
        if _raw_upload_id is UNSET:
            upload_id = missing_required("ListFileUploadPartsResponse", "uploadId")
        else:
            upload_id = _raw_upload_id

        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("ListFileUploadPartsResponse", "fileId")
        else:
            file_id = _raw_file_id

        _raw_part_size_bytes = d.pop("partSizeBytes", UNSET)
        if _raw_part_size_bytes is UNSET:
            part_size_bytes = missing_required("ListFileUploadPartsResponse", "partSizeBytes")
        else:
            part_size_bytes = _raw_part_size_bytes

        _raw_part_count = d.pop("partCount", UNSET)
        if _raw_part_count is UNSET:
            part_count = missing_required("ListFileUploadPartsResponse", "partCount")
        else:
            part_count = _raw_part_count

        _raw_expires_at = d.pop("expiresAt", UNSET)
        if _raw_expires_at is UNSET:
            expires_at = missing_required("ListFileUploadPartsResponse", "expiresAt")
        else:
            expires_at = _raw_expires_at

        _raw_parts = d.pop("parts", UNSET)
        if _raw_parts is UNSET:
            parts = missing_required("ListFileUploadPartsResponse", "parts")
        else:
            parts = []
            _parts = _raw_parts
            for parts_item_data in _parts:
                parts_item = ListFileUploadPartsResponsePartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        list_file_upload_parts_response = cls(
            transport=transport,
            upload_id=upload_id,
            file_id=file_id,
            part_size_bytes=part_size_bytes,
            part_count=part_count,
            expires_at=expires_at,
            parts=parts,
        )

        list_file_upload_parts_response.additional_properties = d
        return list_file_upload_parts_response


from ..models.list_file_upload_parts_response_parts_item import ListFileUploadPartsResponsePartsItem  # noqa: E402

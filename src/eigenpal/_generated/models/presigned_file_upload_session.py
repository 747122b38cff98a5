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

T = TypeVar("T", bound="PresignedFileUploadSession")


@_attrs_define(repr=False)
class PresignedFileUploadSession(Model):
    """Upload session with `transport` `presigned-put`: PUT the whole file to `url` with the listed headers before
    `expiresAt`.

    """

    transport: Literal["presigned-put"]
    upload_id: str
    file_id: str
    url: str
    headers: PresignedFileUploadSessionHeaders
    expires_at: str
    max_file_size_bytes: int
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
        "url": "url",
        "headers": "headers",
        "expiresAt": "expires_at",
        "maxFileSizeBytes": "max_file_size_bytes",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "uploadId",
            "fileId",
            "url",
            "headers",
            "expiresAt",
            "maxFileSizeBytes",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "PresignedFileUploadSession"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "presigned-put",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "presigned-put":
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

        if not isinstance(self.url, Unset):
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()
            field_dict["headers"] = headers

        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at
            field_dict["expiresAt"] = expires_at

        if not isinstance(self.max_file_size_bytes, Unset):
            max_file_size_bytes = self.max_file_size_bytes
            field_dict["maxFileSizeBytes"] = max_file_size_bytes

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("PresignedFileUploadSession", "transport")
        else:
            transport = cast(Literal["presigned-put"], _raw_transport)
            if transport != "presigned-put":
                unexpected_const(cls.__name__, "transport", "presigned-put", transport)

        _raw_upload_id = d.pop("uploadId", UNSET)
        if _raw_upload_id is UNSET:
            upload_id = missing_required("PresignedFileUploadSession", "uploadId")
        else:
            upload_id = _raw_upload_id

        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("PresignedFileUploadSession", "fileId")
        else:
            file_id = _raw_file_id

        _raw_url = d.pop("url", UNSET)
        if _raw_url is UNSET:
            url = missing_required("PresignedFileUploadSession", "url")
        else:
            url = _raw_url

        _raw_headers = d.pop("headers", UNSET)
        if _raw_headers is UNSET:
            headers = missing_required("PresignedFileUploadSession", "headers")
        else:
            headers = PresignedFileUploadSessionHeaders.from_dict(_raw_headers)

        _raw_expires_at = d.pop("expiresAt", UNSET)
        if _raw_expires_at is UNSET:
            expires_at = missing_required("PresignedFileUploadSession", "expiresAt")
        else:
            expires_at = _raw_expires_at

        _raw_max_file_size_bytes = d.pop("maxFileSizeBytes", UNSET)
        if _raw_max_file_size_bytes is UNSET:
            max_file_size_bytes = missing_required("PresignedFileUploadSession", "maxFileSizeBytes")
        else:
            max_file_size_bytes = _raw_max_file_size_bytes

        presigned_file_upload_session = cls(
            transport=transport,
            upload_id=upload_id,
            file_id=file_id,
            url=url,
            headers=headers,
            expires_at=expires_at,
            max_file_size_bytes=max_file_size_bytes,
        )

        presigned_file_upload_session.additional_properties = d
        return presigned_file_upload_session


from ..models.presigned_file_upload_session_headers import PresignedFileUploadSessionHeaders  # noqa: E402

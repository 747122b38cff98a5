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

T = TypeVar("T", bound="HttpChunkedFileUploadSession")


@_attrs_define(repr=False)
class HttpChunkedFileUploadSession(Model):
    """Upload session with `transport` `http-chunked`: send the file to the API as `chunkCount` chunks of `chunkSizeBytes`
    at `chunksUrl`, then finish at `completeUrl` before `expiresAt`.

    """

    transport: Literal["http-chunked"]
    upload_id: str
    file_id: str
    chunk_size_bytes: int
    chunk_count: int
    chunks_url: str
    complete_url: str
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
        "chunkSizeBytes": "chunk_size_bytes",
        "chunkCount": "chunk_count",
        "chunksUrl": "chunks_url",
        "completeUrl": "complete_url",
        "expiresAt": "expires_at",
        "maxFileSizeBytes": "max_file_size_bytes",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "uploadId",
            "fileId",
            "chunkSizeBytes",
            "chunkCount",
            "chunksUrl",
            "completeUrl",
            "expiresAt",
            "maxFileSizeBytes",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "HttpChunkedFileUploadSession"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "http-chunked",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "http-chunked":
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

        if not isinstance(self.chunk_size_bytes, Unset):
            chunk_size_bytes = self.chunk_size_bytes
            field_dict["chunkSizeBytes"] = chunk_size_bytes

        if not isinstance(self.chunk_count, Unset):
            chunk_count = self.chunk_count
            field_dict["chunkCount"] = chunk_count

        if not isinstance(self.chunks_url, Unset):
            chunks_url = self.chunks_url
            field_dict["chunksUrl"] = chunks_url

        if not isinstance(self.complete_url, Unset):
            complete_url = self.complete_url
            field_dict["completeUrl"] = complete_url

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
            transport = missing_required("HttpChunkedFileUploadSession", "transport")
        else:
            transport = cast(Literal["http-chunked"], _raw_transport)
            if transport != "http-chunked":
                unexpected_const(cls.__name__, "transport", "http-chunked", transport)

        _raw_upload_id = d.pop("uploadId", UNSET)
        if _raw_upload_id is UNSET:
            upload_id = missing_required("HttpChunkedFileUploadSession", "uploadId")
        else:
            upload_id = _raw_upload_id

        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("HttpChunkedFileUploadSession", "fileId")
        else:
            file_id = _raw_file_id

        _raw_chunk_size_bytes = d.pop("chunkSizeBytes", UNSET)
        if _raw_chunk_size_bytes is UNSET:
            chunk_size_bytes = missing_required("HttpChunkedFileUploadSession", "chunkSizeBytes")
        else:
            chunk_size_bytes = _raw_chunk_size_bytes

        _raw_chunk_count = d.pop("chunkCount", UNSET)
        if _raw_chunk_count is UNSET:
            chunk_count = missing_required("HttpChunkedFileUploadSession", "chunkCount")
        else:
            chunk_count = _raw_chunk_count

        _raw_chunks_url = d.pop("chunksUrl", UNSET)
        if _raw_chunks_url is UNSET:
            chunks_url = missing_required("HttpChunkedFileUploadSession", "chunksUrl")
        else:
            chunks_url = _raw_chunks_url

        _raw_complete_url = d.pop("completeUrl", UNSET)
        if _raw_complete_url is UNSET:
            complete_url = missing_required("HttpChunkedFileUploadSession", "completeUrl")
        else:
            complete_url = _raw_complete_url

        _raw_expires_at = d.pop("expiresAt", UNSET)
        if _raw_expires_at is UNSET:
            expires_at = missing_required("HttpChunkedFileUploadSession", "expiresAt")
        else:
            expires_at = _raw_expires_at

        _raw_max_file_size_bytes = d.pop("maxFileSizeBytes", UNSET)
        if _raw_max_file_size_bytes is UNSET:
            max_file_size_bytes = missing_required("HttpChunkedFileUploadSession", "maxFileSizeBytes")
        else:
            max_file_size_bytes = _raw_max_file_size_bytes

        http_chunked_file_upload_session = cls(
            transport=transport,
            upload_id=upload_id,
            file_id=file_id,
            chunk_size_bytes=chunk_size_bytes,
            chunk_count=chunk_count,
            chunks_url=chunks_url,
            complete_url=complete_url,
            expires_at=expires_at,
            max_file_size_bytes=max_file_size_bytes,
        )

        http_chunked_file_upload_session.additional_properties = d
        return http_chunked_file_upload_session

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

T = TypeVar("T", bound="AcceptHttpChunkedUploadChunkResponse")


@_attrs_define(repr=False)
class AcceptHttpChunkedUploadChunkResponse(Model):
    """Acknowledges one chunk of an HTTP-chunked upload: whether it was accepted, its zero-based index and its size."""

    accepted: bool
    chunk_index: int
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "accepted": "accepted",
        "chunkIndex": "chunk_index",
        "size": "size",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "accepted",
            "chunkIndex",
            "size",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "AcceptHttpChunkedUploadChunkResponse"
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
        if not isinstance(self.accepted, Unset):
            accepted = self.accepted
            field_dict["accepted"] = accepted

        if not isinstance(self.chunk_index, Unset):
            chunk_index = self.chunk_index
            field_dict["chunkIndex"] = chunk_index

        if not isinstance(self.size, Unset):
            size = self.size
            field_dict["size"] = size

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_accepted = d.pop("accepted", UNSET)
        if _raw_accepted is UNSET:
            accepted = missing_required("AcceptHttpChunkedUploadChunkResponse", "accepted")
        else:
            accepted = _raw_accepted

        _raw_chunk_index = d.pop("chunkIndex", UNSET)
        if _raw_chunk_index is UNSET:
            chunk_index = missing_required("AcceptHttpChunkedUploadChunkResponse", "chunkIndex")
        else:
            chunk_index = _raw_chunk_index

        _raw_size = d.pop("size", UNSET)
        if _raw_size is UNSET:
            size = missing_required("AcceptHttpChunkedUploadChunkResponse", "size")
        else:
            size = _raw_size

        accept_http_chunked_upload_chunk_response = cls(
            accepted=accepted,
            chunk_index=chunk_index,
            size=size,
        )

        accept_http_chunked_upload_chunk_response.additional_properties = d
        return accept_http_chunked_upload_chunk_response

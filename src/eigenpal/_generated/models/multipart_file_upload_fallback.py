from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="MultipartFileUploadFallback")


@_attrs_define(repr=False)
class MultipartFileUploadFallback(Model):
    """Upload answer with `transport` `multipart`, given when no session transport is available: send the file as plain
    multipart to `url`, no larger than `maxFileSizeBytes`.

    """

    transport: Literal["multipart"]
    url: str
    max_file_size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "transport": "transport",
        "url": "url",
        "maxFileSizeBytes": "max_file_size_bytes",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "url",
            "maxFileSizeBytes",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "MultipartFileUploadFallback"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "transport": "multipart",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "transport" in data and data["transport"] != "multipart":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.transport, Unset):
            transport = self.transport
            field_dict["transport"] = transport

        if not isinstance(self.url, Unset):
            url = self.url
            field_dict["url"] = url

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
            transport = missing_required("MultipartFileUploadFallback", "transport")
        else:
            transport = cast(Literal["multipart"], _raw_transport)
            if transport != "multipart":
                unexpected_const(cls.__name__, "transport", "multipart", transport)

        _raw_url = d.pop("url", UNSET)
        if _raw_url is UNSET:
            url = missing_required("MultipartFileUploadFallback", "url")
        else:
            url = _raw_url

        _raw_max_file_size_bytes = d.pop("maxFileSizeBytes", UNSET)
        if _raw_max_file_size_bytes is UNSET:
            max_file_size_bytes = missing_required("MultipartFileUploadFallback", "maxFileSizeBytes")
        else:
            max_file_size_bytes = _raw_max_file_size_bytes

        multipart_file_upload_fallback = cls(
            transport=transport,
            url=url,
            max_file_size_bytes=max_file_size_bytes,
        )

        multipart_file_upload_fallback.additional_properties = d
        return multipart_file_upload_fallback

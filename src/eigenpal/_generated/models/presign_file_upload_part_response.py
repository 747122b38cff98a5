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

T = TypeVar("T", bound="PresignFileUploadPartResponse")


@_attrs_define(repr=False)
class PresignFileUploadPartResponse(Model):
    """A short-lived storage URL, with the headers to send, for PUTting one part of a presigned multipart upload; also
    gives the URL's expiry and the part size.

    """

    transport: Literal["presigned-multipart"]
    part_number: int
    url: str
    headers: PresignFileUploadPartResponseHeaders
    expires_at: str
    part_size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def expires_at_datetime(self) -> datetime.datetime | None:
        """``expiresAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.expires_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "transport": "transport",
        "partNumber": "part_number",
        "url": "url",
        "headers": "headers",
        "expiresAt": "expires_at",
        "partSizeBytes": "part_size_bytes",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "transport",
            "partNumber",
            "url",
            "headers",
            "expiresAt",
            "partSizeBytes",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "PresignFileUploadPartResponse"
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

        if not isinstance(self.part_number, Unset):
            part_number = self.part_number
            field_dict["partNumber"] = part_number

        if not isinstance(self.url, Unset):
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()
            field_dict["headers"] = headers

        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at
            field_dict["expiresAt"] = expires_at

        if not isinstance(self.part_size_bytes, Unset):
            part_size_bytes = self.part_size_bytes
            field_dict["partSizeBytes"] = part_size_bytes

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_transport = d.pop("transport", UNSET)
        if _raw_transport is UNSET:
            transport = missing_required("PresignFileUploadPartResponse", "transport")
        else:
            transport = cast(Literal["presigned-multipart"], _raw_transport)
            if transport != "presigned-multipart":
                unexpected_const(cls.__name__, "transport", "presigned-multipart", transport)

        _raw_part_number = d.pop("partNumber", UNSET)
        if _raw_part_number is UNSET:
            part_number = missing_required("PresignFileUploadPartResponse", "partNumber")
        else:
            part_number = _raw_part_number

        _raw_url = d.pop("url", UNSET)
        if _raw_url is UNSET:
            url = missing_required("PresignFileUploadPartResponse", "url")
        else:
            url = _raw_url

        _raw_headers = d.pop("headers", UNSET)
        if _raw_headers is UNSET:
            headers = missing_required("PresignFileUploadPartResponse", "headers")
        else:
            headers = PresignFileUploadPartResponseHeaders.from_dict(_raw_headers)

        _raw_expires_at = d.pop("expiresAt", UNSET)
        if _raw_expires_at is UNSET:
            expires_at = missing_required("PresignFileUploadPartResponse", "expiresAt")
        else:
            expires_at = _raw_expires_at

        _raw_part_size_bytes = d.pop("partSizeBytes", UNSET)
        if _raw_part_size_bytes is UNSET:
            part_size_bytes = missing_required("PresignFileUploadPartResponse", "partSizeBytes")
        else:
            part_size_bytes = _raw_part_size_bytes

        presign_file_upload_part_response = cls(
            transport=transport,
            part_number=part_number,
            url=url,
            headers=headers,
            expires_at=expires_at,
            part_size_bytes=part_size_bytes,
        )

        presign_file_upload_part_response.additional_properties = d
        return presign_file_upload_part_response


from ..models.presign_file_upload_part_response_headers import PresignFileUploadPartResponseHeaders  # noqa: E402

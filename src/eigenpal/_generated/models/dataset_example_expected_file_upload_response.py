from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="DatasetExampleExpectedFileUploadResponse")


@_attrs_define(repr=False)
class DatasetExampleExpectedFileUploadResponse(Model):
    """Paths of the expected files just uploaded."""

    uploaded: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "uploaded": "uploaded",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "uploaded",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "DatasetExampleExpectedFileUploadResponse"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.uploaded, Unset):
            uploaded = self.uploaded

            field_dict["uploaded"] = uploaded

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_uploaded = d.pop("uploaded", UNSET)
        if _raw_uploaded is UNSET:
            uploaded = missing_required("DatasetExampleExpectedFileUploadResponse", "uploaded")
        else:
            uploaded = cast(list[str], _raw_uploaded)

        dataset_example_expected_file_upload_response = cls(
            uploaded=uploaded,
        )

        dataset_example_expected_file_upload_response.additional_properties = d
        return dataset_example_expected_file_upload_response

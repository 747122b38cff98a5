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

T = TypeVar("T", bound="DatasetExampleExpectedFileRenameRequest")


@_attrs_define(repr=False)
class DatasetExampleExpectedFileRenameRequest(Model):
    """The new file name for an expected file; its folder is kept."""

    new_filename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "newFilename": "new_filename",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "newFilename",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetExampleExpectedFileRenameRequest"
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
        if not isinstance(self.new_filename, Unset):
            new_filename = self.new_filename
            field_dict["newFilename"] = new_filename

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_new_filename = d.pop("newFilename", UNSET)
        if _raw_new_filename is UNSET:
            new_filename = missing_required("DatasetExampleExpectedFileRenameRequest", "newFilename")
        else:
            new_filename = _raw_new_filename

        dataset_example_expected_file_rename_request = cls(
            new_filename=new_filename,
        )

        dataset_example_expected_file_rename_request.additional_properties = d
        return dataset_example_expected_file_rename_request

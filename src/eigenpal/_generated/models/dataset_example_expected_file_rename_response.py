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

T = TypeVar("T", bound="DatasetExampleExpectedFileRenameResponse")


@_attrs_define(repr=False)
class DatasetExampleExpectedFileRenameResponse(Model):
    """The expected file's new name and full path."""

    ok: bool
    filename: str
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ok": "ok",
        "filename": "filename",
        "path": "path",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "ok",
            "filename",
            "path",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "DatasetExampleExpectedFileRenameResponse"
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
        if not isinstance(self.ok, Unset):
            ok = self.ok
            field_dict["ok"] = ok

        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_ok = d.pop("ok", UNSET)
        if _raw_ok is UNSET:
            ok = missing_required("DatasetExampleExpectedFileRenameResponse", "ok")
        else:
            ok = _raw_ok

        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("DatasetExampleExpectedFileRenameResponse", "filename")
        else:
            filename = _raw_filename

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("DatasetExampleExpectedFileRenameResponse", "path")
        else:
            path = _raw_path

        dataset_example_expected_file_rename_response = cls(
            ok=ok,
            filename=filename,
            path=path,
        )

        dataset_example_expected_file_rename_response.additional_properties = d
        return dataset_example_expected_file_rename_response

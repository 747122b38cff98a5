from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_review_expected_file_origin import DatasetReviewExpectedFileOrigin
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="DatasetReviewExpectedFile")


@_attrs_define(repr=False)
class DatasetReviewExpectedFile(Model):
    """One expected file of a review item: its path, file id and name, and `origin`, which says whether it came from the
    snapshot, was uploaded, or was corrected.

    """

    path: str
    file_id: str
    filename: str
    origin: DatasetReviewExpectedFileOrigin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "path": "path",
        "fileId": "file_id",
        "filename": "filename",
        "origin": "origin",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "path",
            "fileId",
            "filename",
            "origin",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewExpectedFile"
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
        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        if not isinstance(self.file_id, Unset):
            file_id = self.file_id
            field_dict["fileId"] = file_id

        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.origin, Unset):
            origin = self.origin.value
            field_dict["origin"] = origin

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("DatasetReviewExpectedFile", "path")
        else:
            path = _raw_path

        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("DatasetReviewExpectedFile", "fileId")
        else:
            file_id = _raw_file_id

        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("DatasetReviewExpectedFile", "filename")
        else:
            filename = _raw_filename

        _raw_origin = d.pop("origin", UNSET)
        if _raw_origin is UNSET:
            origin = missing_required("DatasetReviewExpectedFile", "origin")
        else:
            origin = DatasetReviewExpectedFileOrigin(_raw_origin)

        dataset_review_expected_file = cls(
            path=path,
            file_id=file_id,
            filename=filename,
            origin=origin,
        )

        dataset_review_expected_file.additional_properties = d
        return dataset_review_expected_file

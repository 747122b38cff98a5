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

T = TypeVar("T", bound="DatasetReviewItemSnapshotManifest")


@_attrs_define(repr=False)
class DatasetReviewItemSnapshotManifest(Model):
    expected_files: list[DatasetReviewItemSnapshotManifestExpectedFilesItem]
    metadata: DatasetReviewItemSnapshotManifestMetadataType0 | None
    input_file_hashes: list[DatasetReviewItemSnapshotManifestInputFileHashesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "expectedFiles": "expected_files",
        "metadata": "metadata",
        "inputFileHashes": "input_file_hashes",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "expectedFiles",
            "metadata",
        }
    )
    _CLOSED: ClassVar[bool] = False
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
        if not isinstance(self.expected_files, Unset):
            expected_files = []
            for expected_files_item_data in self.expected_files:
                expected_files_item = expected_files_item_data.to_dict()
                expected_files.append(expected_files_item)

            field_dict["expectedFiles"] = expected_files

        if not isinstance(self.metadata, Unset):
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, DatasetReviewItemSnapshotManifestMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata

        input_file_hashes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_file_hashes, Unset):
            input_file_hashes = []
            for input_file_hashes_item_data in self.input_file_hashes:
                input_file_hashes_item = input_file_hashes_item_data.to_dict()
                input_file_hashes.append(input_file_hashes_item)

        if input_file_hashes is not UNSET:
            field_dict["inputFileHashes"] = input_file_hashes

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_expected_files = d.pop("expectedFiles", UNSET)
        if _raw_expected_files is UNSET:
            expected_files = missing_required("DatasetReviewItemSnapshotManifest", "expectedFiles")
        else:
            expected_files = []
            _expected_files = _raw_expected_files
            for expected_files_item_data in _expected_files:
                expected_files_item = DatasetReviewItemSnapshotManifestExpectedFilesItem.from_dict(
                    expected_files_item_data
                )

                expected_files.append(expected_files_item)

        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is UNSET:
            metadata = missing_required("DatasetReviewItemSnapshotManifest", "metadata")
        else:
            metadata = (
                DatasetReviewItemSnapshotManifestMetadataType0.from_dict(_raw_metadata)
                if isinstance(_raw_metadata, dict)
                else _raw_metadata
            )

        _input_file_hashes = d.pop("inputFileHashes", UNSET)
        input_file_hashes: list[DatasetReviewItemSnapshotManifestInputFileHashesItem] | Unset = UNSET
        if _input_file_hashes is not UNSET:
            input_file_hashes = []
            for input_file_hashes_item_data in _input_file_hashes:
                input_file_hashes_item = DatasetReviewItemSnapshotManifestInputFileHashesItem.from_dict(
                    input_file_hashes_item_data
                )

                input_file_hashes.append(input_file_hashes_item)

        dataset_review_item_snapshot_manifest = cls(
            expected_files=expected_files,
            metadata=metadata,
            input_file_hashes=input_file_hashes,
        )

        dataset_review_item_snapshot_manifest.additional_properties = d
        return dataset_review_item_snapshot_manifest


from ..models.dataset_review_item_snapshot_manifest_expected_files_item import (
    DatasetReviewItemSnapshotManifestExpectedFilesItem,  # noqa: E402
)
from ..models.dataset_review_item_snapshot_manifest_input_file_hashes_item import (
    DatasetReviewItemSnapshotManifestInputFileHashesItem,  # noqa: E402
)
from ..models.dataset_review_item_snapshot_manifest_metadata_type_0 import (
    DatasetReviewItemSnapshotManifestMetadataType0,  # noqa: E402
)

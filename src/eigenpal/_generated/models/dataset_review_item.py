from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_review_item_status import DatasetReviewItemStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="DatasetReviewItem")


@_attrs_define(repr=False)
class DatasetReviewItem(Model):
    """One example under review: snapshots of its input, expected output and files, the current expected values and files,
    per-field and per-file decisions, its status and an `inputDrifted` flag.

    """

    id: str
    review_id: str
    example_name: str
    snapshot_input_json: DatasetReviewItemSnapshotInputJsonType0 | None
    snapshot_expected_json: Any | None
    snapshot_manifest: DatasetReviewItemSnapshotManifest
    status: DatasetReviewItemStatus
    current_expected_json: Any | None
    field_decisions: DatasetReviewItemFieldDecisions
    current_expected_files: list[DatasetReviewExpectedFile] | None
    file_decisions: DatasetReviewItemFileDecisions
    input_drifted: bool
    updated_by: None | str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "reviewId": "review_id",
        "exampleName": "example_name",
        "snapshotInputJson": "snapshot_input_json",
        "snapshotExpectedJson": "snapshot_expected_json",
        "snapshotManifest": "snapshot_manifest",
        "status": "status",
        "currentExpectedJson": "current_expected_json",
        "fieldDecisions": "field_decisions",
        "currentExpectedFiles": "current_expected_files",
        "fileDecisions": "file_decisions",
        "inputDrifted": "input_drifted",
        "updatedBy": "updated_by",
        "updatedAt": "updated_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "reviewId",
            "exampleName",
            "snapshotInputJson",
            "snapshotExpectedJson",
            "snapshotManifest",
            "status",
            "currentExpectedJson",
            "fieldDecisions",
            "currentExpectedFiles",
            "fileDecisions",
            "inputDrifted",
            "updatedBy",
            "updatedAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewItem"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.review_id, Unset):
            review_id = self.review_id
            field_dict["reviewId"] = review_id

        if not isinstance(self.example_name, Unset):
            example_name = self.example_name
            field_dict["exampleName"] = example_name

        if not isinstance(self.snapshot_input_json, Unset):
            snapshot_input_json: dict[str, Any] | None
            if isinstance(self.snapshot_input_json, DatasetReviewItemSnapshotInputJsonType0):
                snapshot_input_json = self.snapshot_input_json.to_dict()
            else:
                snapshot_input_json = self.snapshot_input_json
            field_dict["snapshotInputJson"] = snapshot_input_json

        if not isinstance(self.snapshot_expected_json, Unset):
            snapshot_expected_json: Any | None
            snapshot_expected_json = self.snapshot_expected_json
            field_dict["snapshotExpectedJson"] = snapshot_expected_json

        if not isinstance(self.snapshot_manifest, Unset):
            snapshot_manifest = self.snapshot_manifest.to_dict()
            field_dict["snapshotManifest"] = snapshot_manifest

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.current_expected_json, Unset):
            current_expected_json: Any | None
            current_expected_json = self.current_expected_json
            field_dict["currentExpectedJson"] = current_expected_json

        if not isinstance(self.field_decisions, Unset):
            field_decisions = self.field_decisions.to_dict()
            field_dict["fieldDecisions"] = field_decisions

        if not isinstance(self.current_expected_files, Unset):
            current_expected_files: list[dict[str, Any]] | None
            if isinstance(self.current_expected_files, list):
                current_expected_files = []
                for current_expected_files_type_0_item_data in self.current_expected_files:
                    current_expected_files_type_0_item = current_expected_files_type_0_item_data.to_dict()
                    current_expected_files.append(current_expected_files_type_0_item)

            else:
                current_expected_files = self.current_expected_files
            field_dict["currentExpectedFiles"] = current_expected_files

        if not isinstance(self.file_decisions, Unset):
            file_decisions = self.file_decisions.to_dict()
            field_dict["fileDecisions"] = file_decisions

        if not isinstance(self.input_drifted, Unset):
            input_drifted = self.input_drifted
            field_dict["inputDrifted"] = input_drifted

        if not isinstance(self.updated_by, Unset):
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updatedBy"] = updated_by

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("DatasetReviewItem", "id")
        else:
            id = _raw_id

        _raw_review_id = d.pop("reviewId", UNSET)
        if _raw_review_id is UNSET:
            review_id = missing_required("DatasetReviewItem", "reviewId")
        else:
            review_id = _raw_review_id

        _raw_example_name = d.pop("exampleName", UNSET)
        if _raw_example_name is UNSET:
            example_name = missing_required("DatasetReviewItem", "exampleName")
        else:
            example_name = _raw_example_name

        _raw_snapshot_input_json = d.pop("snapshotInputJson", UNSET)
        if _raw_snapshot_input_json is UNSET:
            snapshot_input_json = missing_required("DatasetReviewItem", "snapshotInputJson")
        else:
            snapshot_input_json = (
                DatasetReviewItemSnapshotInputJsonType0.from_dict(_raw_snapshot_input_json)
                if isinstance(_raw_snapshot_input_json, dict)
                else _raw_snapshot_input_json
            )

        _raw_snapshot_expected_json = d.pop("snapshotExpectedJson", UNSET)
        if _raw_snapshot_expected_json is UNSET:
            snapshot_expected_json = missing_required("DatasetReviewItem", "snapshotExpectedJson")
        else:
            snapshot_expected_json = _raw_snapshot_expected_json

        _raw_snapshot_manifest = d.pop("snapshotManifest", UNSET)
        if _raw_snapshot_manifest is UNSET:
            snapshot_manifest = missing_required("DatasetReviewItem", "snapshotManifest")
        else:
            snapshot_manifest = DatasetReviewItemSnapshotManifest.from_dict(_raw_snapshot_manifest)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("DatasetReviewItem", "status")
        else:
            status = DatasetReviewItemStatus(_raw_status)

        _raw_current_expected_json = d.pop("currentExpectedJson", UNSET)
        if _raw_current_expected_json is UNSET:
            current_expected_json = missing_required("DatasetReviewItem", "currentExpectedJson")
        else:
            current_expected_json = _raw_current_expected_json

        _raw_field_decisions = d.pop("fieldDecisions", UNSET)
        if _raw_field_decisions is UNSET:
            field_decisions = missing_required("DatasetReviewItem", "fieldDecisions")
        else:
            field_decisions = DatasetReviewItemFieldDecisions.from_dict(_raw_field_decisions)

        _raw_current_expected_files = d.pop("currentExpectedFiles", UNSET)
        if _raw_current_expected_files is UNSET:
            current_expected_files = missing_required("DatasetReviewItem", "currentExpectedFiles")
        else:

            def _parse_current_expected_files(data: object) -> list[DatasetReviewExpectedFile] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    current_expected_files_type_0 = []
                    _current_expected_files_type_0 = data
                    for current_expected_files_type_0_item_data in _current_expected_files_type_0:
                        current_expected_files_type_0_item = DatasetReviewExpectedFile.from_dict(
                            current_expected_files_type_0_item_data
                        )

                        current_expected_files_type_0.append(current_expected_files_type_0_item)

                    return current_expected_files_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[DatasetReviewExpectedFile] | None, data)

            current_expected_files = _parse_current_expected_files(_raw_current_expected_files)

        _raw_file_decisions = d.pop("fileDecisions", UNSET)
        if _raw_file_decisions is UNSET:
            file_decisions = missing_required("DatasetReviewItem", "fileDecisions")
        else:
            file_decisions = DatasetReviewItemFileDecisions.from_dict(_raw_file_decisions)

        _raw_input_drifted = d.pop("inputDrifted", UNSET)
        if _raw_input_drifted is UNSET:
            input_drifted = missing_required("DatasetReviewItem", "inputDrifted")
        else:
            input_drifted = _raw_input_drifted

        _raw_updated_by = d.pop("updatedBy", UNSET)
        if _raw_updated_by is UNSET:
            updated_by = missing_required("DatasetReviewItem", "updatedBy")
        else:
            updated_by = _raw_updated_by

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("DatasetReviewItem", "updatedAt")
        else:
            updated_at = _raw_updated_at

        dataset_review_item = cls(
            id=id,
            review_id=review_id,
            example_name=example_name,
            snapshot_input_json=snapshot_input_json,
            snapshot_expected_json=snapshot_expected_json,
            snapshot_manifest=snapshot_manifest,
            status=status,
            current_expected_json=current_expected_json,
            field_decisions=field_decisions,
            current_expected_files=current_expected_files,
            file_decisions=file_decisions,
            input_drifted=input_drifted,
            updated_by=updated_by,
            updated_at=updated_at,
        )

        dataset_review_item.additional_properties = d
        return dataset_review_item


from ..models.dataset_review_expected_file import DatasetReviewExpectedFile  # noqa: E402
from ..models.dataset_review_item_field_decisions import DatasetReviewItemFieldDecisions  # noqa: E402
from ..models.dataset_review_item_file_decisions import DatasetReviewItemFileDecisions  # noqa: E402
from ..models.dataset_review_item_snapshot_input_json_type_0 import DatasetReviewItemSnapshotInputJsonType0  # noqa: E402
from ..models.dataset_review_item_snapshot_manifest import DatasetReviewItemSnapshotManifest  # noqa: E402

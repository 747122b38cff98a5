from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="DatasetExample")


@_attrs_define(repr=False)
class DatasetExample(Model):
    """One dataset example: input, expected output and files, metadata and overrides used by evaluation runs."""

    id: str
    name: str
    automation_id: str
    automation_type: AutomationType
    """ Which kind of automation something is: `workflow` or `agent`. """
    input_: DatasetExampleInputType0 | None
    expected: Any | None
    expected_files: list[DatasetExampleExpectedFilesItem]
    metadata: DatasetExampleMetadataType0 | None
    annotation: None | str
    row_order: float | None
    overrides: DatasetExampleOverridesType0 | None
    latest_run_id: None | str
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "automationId": "automation_id",
        "automationType": "automation_type",
        "input": "input_",
        "expected": "expected",
        "expectedFiles": "expected_files",
        "metadata": "metadata",
        "annotation": "annotation",
        "rowOrder": "row_order",
        "overrides": "overrides",
        "latestRunId": "latest_run_id",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "automationId",
            "automationType",
            "input",
            "expected",
            "expectedFiles",
            "metadata",
            "annotation",
            "rowOrder",
            "overrides",
            "latestRunId",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "DatasetExample"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type.value
            field_dict["automationType"] = automation_type

        if not isinstance(self.input_, Unset):
            input_: dict[str, Any] | None
            if isinstance(self.input_, DatasetExampleInputType0):
                input_ = self.input_.to_dict()
            else:
                input_ = self.input_
            field_dict["input"] = input_

        if not isinstance(self.expected, Unset):
            expected: Any | None
            expected = self.expected
            field_dict["expected"] = expected

        if not isinstance(self.expected_files, Unset):
            expected_files = []
            for expected_files_item_data in self.expected_files:
                expected_files_item = expected_files_item_data.to_dict()
                expected_files.append(expected_files_item)

            field_dict["expectedFiles"] = expected_files

        if not isinstance(self.metadata, Unset):
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, DatasetExampleMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata

        if not isinstance(self.annotation, Unset):
            annotation: None | str
            annotation = self.annotation
            field_dict["annotation"] = annotation

        if not isinstance(self.row_order, Unset):
            row_order: float | None
            row_order = self.row_order
            field_dict["rowOrder"] = row_order

        if not isinstance(self.overrides, Unset):
            overrides: dict[str, Any] | None
            if isinstance(self.overrides, DatasetExampleOverridesType0):
                overrides = self.overrides.to_dict()
            else:
                overrides = self.overrides
            field_dict["overrides"] = overrides

        if not isinstance(self.latest_run_id, Unset):
            latest_run_id: None | str
            latest_run_id = self.latest_run_id
            field_dict["latestRunId"] = latest_run_id

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("DatasetExample", "id")
        else:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("DatasetExample", "name")
        else:
            name = _raw_name

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("DatasetExample", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_type = d.pop("automationType", UNSET)
        if _raw_automation_type is UNSET:
            automation_type = missing_required("DatasetExample", "automationType")
        else:
            automation_type = AutomationType(_raw_automation_type)

        _raw_input_ = d.pop("input", UNSET)
        if _raw_input_ is UNSET:
            input_ = missing_required("DatasetExample", "input")
        else:
            input_ = (
                DatasetExampleInputType0.from_dict(_raw_input_)
                if isinstance(_raw_input_, dict)
                else _raw_input_
            )

        _raw_expected = d.pop("expected", UNSET)
        if _raw_expected is UNSET:
            expected = missing_required("DatasetExample", "expected")
        else:
            expected = _raw_expected

        _raw_expected_files = d.pop("expectedFiles", UNSET)
        if _raw_expected_files is UNSET:
            expected_files = missing_required("DatasetExample", "expectedFiles")
        else:
            expected_files = []
            _expected_files = _raw_expected_files
            for expected_files_item_data in _expected_files:
                expected_files_item = DatasetExampleExpectedFilesItem.from_dict(expected_files_item_data)

                expected_files.append(expected_files_item)

        _raw_metadata = d.pop("metadata", UNSET)
        if _raw_metadata is UNSET:
            metadata = missing_required("DatasetExample", "metadata")
        else:
            metadata = (
                DatasetExampleMetadataType0.from_dict(_raw_metadata)
                if isinstance(_raw_metadata, dict)
                else _raw_metadata
            )

        _raw_annotation = d.pop("annotation", UNSET)
        if _raw_annotation is UNSET:
            annotation = missing_required("DatasetExample", "annotation")
        else:
            annotation = _raw_annotation

        _raw_row_order = d.pop("rowOrder", UNSET)
        if _raw_row_order is UNSET:
            row_order = missing_required("DatasetExample", "rowOrder")
        else:
            row_order = _raw_row_order

        _raw_overrides = d.pop("overrides", UNSET)
        if _raw_overrides is UNSET:
            overrides = missing_required("DatasetExample", "overrides")
        else:
            overrides = (
                DatasetExampleOverridesType0.from_dict(_raw_overrides)
                if isinstance(_raw_overrides, dict)
                else _raw_overrides
            )

        _raw_latest_run_id = d.pop("latestRunId", UNSET)
        if _raw_latest_run_id is UNSET:
            latest_run_id = missing_required("DatasetExample", "latestRunId")
        else:
            latest_run_id = _raw_latest_run_id

        created_at = d.pop("createdAt", UNSET)

        _raw_updated_at = d.pop("updatedAt", UNSET)
        updated_at = _raw_updated_at

        dataset_example = cls(
            id=id,
            name=name,
            automation_id=automation_id,
            automation_type=automation_type,
            input_=input_,
            expected=expected,
            expected_files=expected_files,
            metadata=metadata,
            annotation=annotation,
            row_order=row_order,
            overrides=overrides,
            latest_run_id=latest_run_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        dataset_example.additional_properties = d
        return dataset_example


from ..models.dataset_example_expected_files_item import DatasetExampleExpectedFilesItem  # noqa: E402
from ..models.dataset_example_input_type_0 import DatasetExampleInputType0  # noqa: E402
from ..models.dataset_example_metadata_type_0 import DatasetExampleMetadataType0  # noqa: E402
from ..models.dataset_example_overrides_type_0 import DatasetExampleOverridesType0  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_task_detail_source_kind import HumanReviewTaskDetailSourceKind
from ..models.human_review_task_detail_status import HumanReviewTaskDetailStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    best_match,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="HumanReviewTaskDetail")


@_attrs_define(repr=False)
class HumanReviewTaskDetail(Model):
    """A human review task in full: the run and automation it holds, its source, status and version, the files and input
    behind it, machine and draft values, field metadata and per-field decisions.

    """

    id: str
    execution_id: str
    automation_id: str
    automation_name: str
    source_kind: HumanReviewTaskDetailSourceKind
    source_label: str
    status: HumanReviewTaskDetailStatus
    required_count: int
    confirmed_count: int
    version: int
    created_at: str
    updated_at: str
    files: list[HumanReviewTaskDetailFilesItem]
    input_: HumanReviewTaskDetailInputType0 | HumanReviewTaskDetailInputType1 | None
    machine_data: HumanReviewTaskDetailMachineDataType0 | list[Any]
    draft_data: HumanReviewTaskDetailDraftDataType0 | list[Any]
    schema: HumanReviewTaskDetailSchemaType0 | None
    field_metadata: HumanReviewTaskDetailFieldMetadata
    required_paths: list[str]
    selection_reasons: HumanReviewTaskDetailSelectionReasons
    decisions: list[HumanReviewTaskDetailDecisionsItem]
    instructions: None | str
    completed_by: None | str
    completed_at: None | str
    outcome_reason: None | str
    lineage: HumanReviewTaskDetailLineage | Unset = UNSET
    parsed_document: HumanReviewTaskDetailParsedDocument | Unset = UNSET
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

    @property
    def completed_at_datetime(self) -> datetime.datetime | None:
        """``completedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.completed_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "executionId": "execution_id",
        "automationId": "automation_id",
        "automationName": "automation_name",
        "sourceKind": "source_kind",
        "sourceLabel": "source_label",
        "status": "status",
        "requiredCount": "required_count",
        "confirmedCount": "confirmed_count",
        "version": "version",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "files": "files",
        "input": "input_",
        "machineData": "machine_data",
        "draftData": "draft_data",
        "schema": "schema",
        "fieldMetadata": "field_metadata",
        "requiredPaths": "required_paths",
        "selectionReasons": "selection_reasons",
        "decisions": "decisions",
        "instructions": "instructions",
        "completedBy": "completed_by",
        "completedAt": "completed_at",
        "outcomeReason": "outcome_reason",
        "lineage": "lineage",
        "parsedDocument": "parsed_document",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "executionId",
            "automationId",
            "automationName",
            "sourceKind",
            "sourceLabel",
            "status",
            "requiredCount",
            "confirmedCount",
            "version",
            "createdAt",
            "updatedAt",
            "files",
            "input",
            "machineData",
            "draftData",
            "schema",
            "fieldMetadata",
            "requiredPaths",
            "selectionReasons",
            "decisions",
            "instructions",
            "completedBy",
            "completedAt",
            "outcomeReason",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "HumanReviewTaskDetail"
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

        if not isinstance(self.execution_id, Unset):
            execution_id = self.execution_id
            field_dict["executionId"] = execution_id

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_name, Unset):
            automation_name = self.automation_name
            field_dict["automationName"] = automation_name

        if not isinstance(self.source_kind, Unset):
            source_kind = self.source_kind.value
            field_dict["sourceKind"] = source_kind

        if not isinstance(self.source_label, Unset):
            source_label = self.source_label
            field_dict["sourceLabel"] = source_label

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.required_count, Unset):
            required_count = self.required_count
            field_dict["requiredCount"] = required_count

        if not isinstance(self.confirmed_count, Unset):
            confirmed_count = self.confirmed_count
            field_dict["confirmedCount"] = confirmed_count

        if not isinstance(self.version, Unset):
            version = self.version
            field_dict["version"] = version

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

            field_dict["files"] = files

        if not isinstance(self.input_, Unset):
            input_: dict[str, Any] | None
            if isinstance(self.input_, HumanReviewTaskDetailInputType0):
                input_ = self.input_.to_dict()
            elif isinstance(self.input_, HumanReviewTaskDetailInputType1):
                input_ = self.input_.to_dict()
            else:
                input_ = self.input_
            field_dict["input"] = input_

        if not isinstance(self.machine_data, Unset):
            machine_data: dict[str, Any] | list[Any]
            if isinstance(self.machine_data, HumanReviewTaskDetailMachineDataType0):
                machine_data = self.machine_data.to_dict()
            else:
                machine_data = self.machine_data

            field_dict["machineData"] = machine_data

        if not isinstance(self.draft_data, Unset):
            draft_data: dict[str, Any] | list[Any]
            if isinstance(self.draft_data, HumanReviewTaskDetailDraftDataType0):
                draft_data = self.draft_data.to_dict()
            else:
                draft_data = self.draft_data

            field_dict["draftData"] = draft_data

        if not isinstance(self.schema, Unset):
            schema: dict[str, Any] | None
            if isinstance(self.schema, HumanReviewTaskDetailSchemaType0):
                schema = self.schema.to_dict()
            else:
                schema = self.schema
            field_dict["schema"] = schema

        if not isinstance(self.field_metadata, Unset):
            field_metadata = self.field_metadata.to_dict()
            field_dict["fieldMetadata"] = field_metadata

        if not isinstance(self.required_paths, Unset):
            required_paths = self.required_paths

            field_dict["requiredPaths"] = required_paths

        if not isinstance(self.selection_reasons, Unset):
            selection_reasons = self.selection_reasons.to_dict()
            field_dict["selectionReasons"] = selection_reasons

        if not isinstance(self.decisions, Unset):
            decisions = []
            for decisions_item_data in self.decisions:
                decisions_item = decisions_item_data.to_dict()
                decisions.append(decisions_item)

            field_dict["decisions"] = decisions

        if not isinstance(self.instructions, Unset):
            instructions: None | str
            instructions = self.instructions
            field_dict["instructions"] = instructions

        if not isinstance(self.completed_by, Unset):
            completed_by: None | str
            completed_by = self.completed_by
            field_dict["completedBy"] = completed_by

        if not isinstance(self.completed_at, Unset):
            completed_at: None | str
            completed_at = self.completed_at
            field_dict["completedAt"] = completed_at

        if not isinstance(self.outcome_reason, Unset):
            outcome_reason: None | str
            outcome_reason = self.outcome_reason
            field_dict["outcomeReason"] = outcome_reason

        lineage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lineage, Unset):
            lineage = self.lineage.to_dict()
        if lineage is not UNSET:
            field_dict["lineage"] = lineage

        parsed_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parsed_document, Unset):
            parsed_document = self.parsed_document.to_dict()
        if parsed_document is not UNSET:
            field_dict["parsedDocument"] = parsed_document

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("HumanReviewTaskDetail", "id")
        else:
            id = _raw_id

        _raw_execution_id = d.pop("executionId", UNSET)
        if _raw_execution_id is UNSET:
            execution_id = missing_required("HumanReviewTaskDetail", "executionId")
        else:
            execution_id = _raw_execution_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("HumanReviewTaskDetail", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_name = d.pop("automationName", UNSET)
        if _raw_automation_name is UNSET:
            automation_name = missing_required("HumanReviewTaskDetail", "automationName")
        else:
            automation_name = _raw_automation_name

        _raw_source_kind = d.pop("sourceKind", UNSET)
        if _raw_source_kind is UNSET:
            source_kind = missing_required("HumanReviewTaskDetail", "sourceKind")
        else:
            source_kind = HumanReviewTaskDetailSourceKind(_raw_source_kind)

        _raw_source_label = d.pop("sourceLabel", UNSET)
        if _raw_source_label is UNSET:
            source_label = missing_required("HumanReviewTaskDetail", "sourceLabel")
        else:
            source_label = _raw_source_label

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("HumanReviewTaskDetail", "status")
        else:
            status = HumanReviewTaskDetailStatus(_raw_status)

        _raw_required_count = d.pop("requiredCount", UNSET)
        if _raw_required_count is UNSET:
            required_count = missing_required("HumanReviewTaskDetail", "requiredCount")
        else:
            required_count = _raw_required_count

        _raw_confirmed_count = d.pop("confirmedCount", UNSET)
        if _raw_confirmed_count is UNSET:
            confirmed_count = missing_required("HumanReviewTaskDetail", "confirmedCount")
        else:
            confirmed_count = _raw_confirmed_count

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("HumanReviewTaskDetail", "version")
        else:
            version = _raw_version

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("HumanReviewTaskDetail", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("HumanReviewTaskDetail", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_files = d.pop("files", UNSET)
        if _raw_files is UNSET:
            files = missing_required("HumanReviewTaskDetail", "files")
        else:
            files = []
            _files = _raw_files
            for files_item_data in _files:
                files_item = HumanReviewTaskDetailFilesItem.from_dict(files_item_data)

                files.append(files_item)

        _raw_input_ = d.pop("input", UNSET)
        if _raw_input_ is UNSET:
            input_ = missing_required("HumanReviewTaskDetail", "input")
        else:

            def _parse_input_(
                data: object,
            ) -> HumanReviewTaskDetailInputType0 | HumanReviewTaskDetailInputType1 | None:
                if data is None:
                    return data
                if isinstance(data, dict):
                    member = best_match(
                        (
                            HumanReviewTaskDetailInputType0,
                            HumanReviewTaskDetailInputType1,
                        ),
                        data,
                        "input",
                    )
                    if member == 0:
                        return HumanReviewTaskDetailInputType0.from_dict(data)
                    return HumanReviewTaskDetailInputType1.from_dict(data)
                return cast(HumanReviewTaskDetailInputType0 | HumanReviewTaskDetailInputType1 | None, data)

            input_ = _parse_input_(_raw_input_)

        _raw_machine_data = d.pop("machineData", UNSET)
        if _raw_machine_data is UNSET:
            machine_data = missing_required("HumanReviewTaskDetail", "machineData")
        else:

            def _parse_machine_data(data: object) -> HumanReviewTaskDetailMachineDataType0 | list[Any]:
                if isinstance(data, dict):
                    return HumanReviewTaskDetailMachineDataType0.from_dict(data)
                if isinstance(data, list):
                    return data
                return cast(HumanReviewTaskDetailMachineDataType0 | list[Any], data)

            machine_data = _parse_machine_data(_raw_machine_data)

        _raw_draft_data = d.pop("draftData", UNSET)
        if _raw_draft_data is UNSET:
            draft_data = missing_required("HumanReviewTaskDetail", "draftData")
        else:

            def _parse_draft_data(data: object) -> HumanReviewTaskDetailDraftDataType0 | list[Any]:
                if isinstance(data, dict):
                    return HumanReviewTaskDetailDraftDataType0.from_dict(data)
                if isinstance(data, list):
                    return data
                return cast(HumanReviewTaskDetailDraftDataType0 | list[Any], data)

            draft_data = _parse_draft_data(_raw_draft_data)

        _raw_schema = d.pop("schema", UNSET)
        if _raw_schema is UNSET:
            schema = missing_required("HumanReviewTaskDetail", "schema")
        else:
            schema = (
                HumanReviewTaskDetailSchemaType0.from_dict(_raw_schema)
                if isinstance(_raw_schema, dict)
                else _raw_schema
            )

        _raw_field_metadata = d.pop("fieldMetadata", UNSET)
        if _raw_field_metadata is UNSET:
            field_metadata = missing_required("HumanReviewTaskDetail", "fieldMetadata")
        else:
            field_metadata = HumanReviewTaskDetailFieldMetadata.from_dict(_raw_field_metadata)

        _raw_required_paths = d.pop("requiredPaths", UNSET)
        if _raw_required_paths is UNSET:
            required_paths = missing_required("HumanReviewTaskDetail", "requiredPaths")
        else:
            required_paths = cast(list[str], _raw_required_paths)

        _raw_selection_reasons = d.pop("selectionReasons", UNSET)
        if _raw_selection_reasons is UNSET:
            selection_reasons = missing_required("HumanReviewTaskDetail", "selectionReasons")
        else:
            selection_reasons = HumanReviewTaskDetailSelectionReasons.from_dict(_raw_selection_reasons)

        _raw_decisions = d.pop("decisions", UNSET)
        if _raw_decisions is UNSET:
            decisions = missing_required("HumanReviewTaskDetail", "decisions")
        else:
            decisions = []
            _decisions = _raw_decisions
            for decisions_item_data in _decisions:
                decisions_item = HumanReviewTaskDetailDecisionsItem.from_dict(decisions_item_data)

                decisions.append(decisions_item)

        _raw_instructions = d.pop("instructions", UNSET)
        if _raw_instructions is UNSET:
            instructions = missing_required("HumanReviewTaskDetail", "instructions")
        else:
            instructions = _raw_instructions

        _raw_completed_by = d.pop("completedBy", UNSET)
        if _raw_completed_by is UNSET:
            completed_by = missing_required("HumanReviewTaskDetail", "completedBy")
        else:
            completed_by = _raw_completed_by

        _raw_completed_at = d.pop("completedAt", UNSET)
        if _raw_completed_at is UNSET:
            completed_at = missing_required("HumanReviewTaskDetail", "completedAt")
        else:
            completed_at = _raw_completed_at

        _raw_outcome_reason = d.pop("outcomeReason", UNSET)
        if _raw_outcome_reason is UNSET:
            outcome_reason = missing_required("HumanReviewTaskDetail", "outcomeReason")
        else:
            outcome_reason = _raw_outcome_reason

        _lineage = d.pop("lineage", UNSET)
        lineage: HumanReviewTaskDetailLineage | Unset
        if isinstance(_lineage, Unset):
            lineage = UNSET
        else:
            lineage = HumanReviewTaskDetailLineage.from_dict(_lineage)

        _parsed_document = d.pop("parsedDocument", UNSET)
        parsed_document: HumanReviewTaskDetailParsedDocument | Unset
        if isinstance(_parsed_document, Unset):
            parsed_document = UNSET
        else:
            parsed_document = HumanReviewTaskDetailParsedDocument.from_dict(_parsed_document)

        human_review_task_detail = cls(
            id=id,
            execution_id=execution_id,
            automation_id=automation_id,
            automation_name=automation_name,
            source_kind=source_kind,
            source_label=source_label,
            status=status,
            required_count=required_count,
            confirmed_count=confirmed_count,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            files=files,
            input_=input_,
            machine_data=machine_data,
            draft_data=draft_data,
            schema=schema,
            field_metadata=field_metadata,
            required_paths=required_paths,
            selection_reasons=selection_reasons,
            decisions=decisions,
            instructions=instructions,
            completed_by=completed_by,
            completed_at=completed_at,
            outcome_reason=outcome_reason,
            lineage=lineage,
            parsed_document=parsed_document,
        )

        human_review_task_detail.additional_properties = d
        return human_review_task_detail


from ..models.human_review_task_detail_decisions_item import HumanReviewTaskDetailDecisionsItem  # noqa: E402
from ..models.human_review_task_detail_draft_data_type_0 import HumanReviewTaskDetailDraftDataType0  # noqa: E402
from ..models.human_review_task_detail_field_metadata import HumanReviewTaskDetailFieldMetadata  # noqa: E402
from ..models.human_review_task_detail_files_item import HumanReviewTaskDetailFilesItem  # noqa: E402
from ..models.human_review_task_detail_input_type_0 import HumanReviewTaskDetailInputType0  # noqa: E402
from ..models.human_review_task_detail_input_type_1 import HumanReviewTaskDetailInputType1  # noqa: E402
from ..models.human_review_task_detail_lineage import HumanReviewTaskDetailLineage  # noqa: E402
from ..models.human_review_task_detail_machine_data_type_0 import HumanReviewTaskDetailMachineDataType0  # noqa: E402
from ..models.human_review_task_detail_parsed_document import HumanReviewTaskDetailParsedDocument  # noqa: E402
from ..models.human_review_task_detail_schema_type_0 import HumanReviewTaskDetailSchemaType0  # noqa: E402
from ..models.human_review_task_detail_selection_reasons import HumanReviewTaskDetailSelectionReasons  # noqa: E402

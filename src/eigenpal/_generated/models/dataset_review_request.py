from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_review_request_status import DatasetReviewRequestStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="DatasetReviewRequest")


@_attrs_define(repr=False)
class DatasetReviewRequest(Model):
    """A labelling round as listed: title, instructions, focus and ignored fields, status, the examples it covers, progress
    counts, and who opened it and when.

    """

    id: str
    automation_id: str
    title: str
    instructions: None | str
    focus_fields: list[DatasetReviewFocusFieldOutput]
    ignored_fields: list[str]
    status: DatasetReviewRequestStatus
    example_names: list[str]
    progress: DatasetReviewProgress
    """ Progress counts of a labelling round: items in total, pending, approved, edited, removed and remaining, and
    whether the round is complete. """
    created_by: None | str
    created_at: str
    closed_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def closed_at_datetime(self) -> datetime.datetime | None:
        """``closedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.closed_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "automationId": "automation_id",
        "title": "title",
        "instructions": "instructions",
        "focusFields": "focus_fields",
        "ignoredFields": "ignored_fields",
        "status": "status",
        "exampleNames": "example_names",
        "progress": "progress",
        "createdBy": "created_by",
        "createdAt": "created_at",
        "closedAt": "closed_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "automationId",
            "title",
            "instructions",
            "focusFields",
            "ignoredFields",
            "status",
            "exampleNames",
            "progress",
            "createdBy",
            "createdAt",
            "closedAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewRequest"
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

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.title, Unset):
            title = self.title
            field_dict["title"] = title

        if not isinstance(self.instructions, Unset):
            instructions: None | str
            instructions = self.instructions
            field_dict["instructions"] = instructions

        if not isinstance(self.focus_fields, Unset):
            focus_fields = []
            for focus_fields_item_data in self.focus_fields:
                focus_fields_item = focus_fields_item_data.to_dict()
                focus_fields.append(focus_fields_item)

            field_dict["focusFields"] = focus_fields

        if not isinstance(self.ignored_fields, Unset):
            ignored_fields = self.ignored_fields

            field_dict["ignoredFields"] = ignored_fields

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.example_names, Unset):
            example_names = self.example_names

            field_dict["exampleNames"] = example_names

        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()
            field_dict["progress"] = progress

        if not isinstance(self.created_by, Unset):
            created_by: None | str
            created_by = self.created_by
            field_dict["createdBy"] = created_by

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.closed_at, Unset):
            closed_at: None | str
            closed_at = self.closed_at
            field_dict["closedAt"] = closed_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("DatasetReviewRequest", "id")
        else:
            id = _raw_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("DatasetReviewRequest", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_title = d.pop("title", UNSET)
        if _raw_title is UNSET:
            title = missing_required("DatasetReviewRequest", "title")
        else:
            title = _raw_title

        _raw_instructions = d.pop("instructions", UNSET)
        if _raw_instructions is UNSET:
            instructions = missing_required("DatasetReviewRequest", "instructions")
        else:
            instructions = _raw_instructions

        _raw_focus_fields = d.pop("focusFields", UNSET)
        if _raw_focus_fields is UNSET:
            focus_fields = missing_required("DatasetReviewRequest", "focusFields")
        else:
            focus_fields = []
            _focus_fields = _raw_focus_fields
            for focus_fields_item_data in _focus_fields:
                focus_fields_item = DatasetReviewFocusFieldOutput.from_dict(focus_fields_item_data)

                focus_fields.append(focus_fields_item)

        _raw_ignored_fields = d.pop("ignoredFields", UNSET)
        if _raw_ignored_fields is UNSET:
            ignored_fields = missing_required("DatasetReviewRequest", "ignoredFields")
        else:
            ignored_fields = cast(list[str], _raw_ignored_fields)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("DatasetReviewRequest", "status")
        else:
            status = DatasetReviewRequestStatus(_raw_status)

        _raw_example_names = d.pop("exampleNames", UNSET)
        if _raw_example_names is UNSET:
            example_names = missing_required("DatasetReviewRequest", "exampleNames")
        else:
            example_names = cast(list[str], _raw_example_names)

        _raw_progress = d.pop("progress", UNSET)
        if _raw_progress is UNSET:
            progress = missing_required("DatasetReviewRequest", "progress")
        else:
            progress = DatasetReviewProgress.from_dict(_raw_progress)

        _raw_created_by = d.pop("createdBy", UNSET)
        if _raw_created_by is UNSET:
            created_by = missing_required("DatasetReviewRequest", "createdBy")
        else:
            created_by = _raw_created_by

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("DatasetReviewRequest", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_closed_at = d.pop("closedAt", UNSET)
        if _raw_closed_at is UNSET:
            closed_at = missing_required("DatasetReviewRequest", "closedAt")
        else:
            closed_at = _raw_closed_at

        dataset_review_request = cls(
            id=id,
            automation_id=automation_id,
            title=title,
            instructions=instructions,
            focus_fields=focus_fields,
            ignored_fields=ignored_fields,
            status=status,
            example_names=example_names,
            progress=progress,
            created_by=created_by,
            created_at=created_at,
            closed_at=closed_at,
        )

        dataset_review_request.additional_properties = d
        return dataset_review_request


from ..models.dataset_review_focus_field_output import DatasetReviewFocusFieldOutput  # noqa: E402
from ..models.dataset_review_progress import DatasetReviewProgress  # noqa: E402

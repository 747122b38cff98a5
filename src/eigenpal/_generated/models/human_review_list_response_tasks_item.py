from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_list_response_tasks_item_source_kind import (
    HumanReviewListResponseTasksItemSourceKind,
)
from ..models.human_review_list_response_tasks_item_status import HumanReviewListResponseTasksItemStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="HumanReviewListResponseTasksItem")


@_attrs_define(repr=False)
class HumanReviewListResponseTasksItem(Model):
    id: str
    execution_id: str
    automation_id: str
    automation_name: str
    source_kind: HumanReviewListResponseTasksItemSourceKind
    source_label: str
    status: HumanReviewListResponseTasksItemStatus
    required_count: int
    confirmed_count: int
    version: int
    created_at: str
    updated_at: str
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

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("HumanReviewListResponseTasksItem", "id")
        else:
            id = _raw_id

        _raw_execution_id = d.pop("executionId", UNSET)
        if _raw_execution_id is UNSET:
            execution_id = missing_required("HumanReviewListResponseTasksItem", "executionId")
        else:
            execution_id = _raw_execution_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("HumanReviewListResponseTasksItem", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_name = d.pop("automationName", UNSET)
        if _raw_automation_name is UNSET:
            automation_name = missing_required("HumanReviewListResponseTasksItem", "automationName")
        else:
            automation_name = _raw_automation_name

        _raw_source_kind = d.pop("sourceKind", UNSET)
        if _raw_source_kind is UNSET:
            source_kind = missing_required("HumanReviewListResponseTasksItem", "sourceKind")
        else:
            source_kind = HumanReviewListResponseTasksItemSourceKind(_raw_source_kind)

        _raw_source_label = d.pop("sourceLabel", UNSET)
        if _raw_source_label is UNSET:
            source_label = missing_required("HumanReviewListResponseTasksItem", "sourceLabel")
        else:
            source_label = _raw_source_label

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("HumanReviewListResponseTasksItem", "status")
        else:
            status = HumanReviewListResponseTasksItemStatus(_raw_status)

        _raw_required_count = d.pop("requiredCount", UNSET)
        if _raw_required_count is UNSET:
            required_count = missing_required("HumanReviewListResponseTasksItem", "requiredCount")
        else:
            required_count = _raw_required_count

        _raw_confirmed_count = d.pop("confirmedCount", UNSET)
        if _raw_confirmed_count is UNSET:
            confirmed_count = missing_required("HumanReviewListResponseTasksItem", "confirmedCount")
        else:
            confirmed_count = _raw_confirmed_count

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("HumanReviewListResponseTasksItem", "version")
        else:
            version = _raw_version

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("HumanReviewListResponseTasksItem", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("HumanReviewListResponseTasksItem", "updatedAt")
        else:
            updated_at = _raw_updated_at

        human_review_list_response_tasks_item = cls(
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
        )

        human_review_list_response_tasks_item.additional_properties = d
        return human_review_list_response_tasks_item

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_human_review_summary_source_kind import RunHumanReviewSummarySourceKind
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="RunHumanReviewSummary")


@_attrs_define(repr=False)
class RunHumanReviewSummary(Model):
    """A pending human review on a run: the task id, whether an agent tool or a workflow step raised it, its label, and how
    many required fields are confirmed.

    """

    task_id: str
    source_kind: RunHumanReviewSummarySourceKind
    source_label: str
    status: Literal["pending"]
    required_count: int
    confirmed_count: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "taskId": "task_id",
        "sourceKind": "source_kind",
        "sourceLabel": "source_label",
        "status": "status",
        "requiredCount": "required_count",
        "confirmedCount": "confirmed_count",
        "version": "version",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "taskId",
            "sourceKind",
            "sourceLabel",
            "status",
            "requiredCount",
            "confirmedCount",
            "version",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunHumanReviewSummary"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "status": "pending",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "status" in data and data["status"] != "pending":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.task_id, Unset):
            task_id = self.task_id
            field_dict["taskId"] = task_id

        if not isinstance(self.source_kind, Unset):
            source_kind = self.source_kind.value
            field_dict["sourceKind"] = source_kind

        if not isinstance(self.source_label, Unset):
            source_label = self.source_label
            field_dict["sourceLabel"] = source_label

        if not isinstance(self.status, Unset):
            status = self.status
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

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_task_id = d.pop("taskId", UNSET)
        if _raw_task_id is UNSET:
            task_id = missing_required("RunHumanReviewSummary", "taskId")
        else:
            task_id = _raw_task_id

        _raw_source_kind = d.pop("sourceKind", UNSET)
        if _raw_source_kind is UNSET:
            source_kind = missing_required("RunHumanReviewSummary", "sourceKind")
        else:
            source_kind = RunHumanReviewSummarySourceKind(_raw_source_kind)

        _raw_source_label = d.pop("sourceLabel", UNSET)
        if _raw_source_label is UNSET:
            source_label = missing_required("RunHumanReviewSummary", "sourceLabel")
        else:
            source_label = _raw_source_label

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("RunHumanReviewSummary", "status")
        else:
            status = cast(Literal["pending"], _raw_status)
            if status != "pending":
                unexpected_const(cls.__name__, "status", "pending", status)

        _raw_required_count = d.pop("requiredCount", UNSET)
        if _raw_required_count is UNSET:
            required_count = missing_required("RunHumanReviewSummary", "requiredCount")
        else:
            required_count = _raw_required_count

        _raw_confirmed_count = d.pop("confirmedCount", UNSET)
        if _raw_confirmed_count is UNSET:
            confirmed_count = missing_required("RunHumanReviewSummary", "confirmedCount")
        else:
            confirmed_count = _raw_confirmed_count

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("RunHumanReviewSummary", "version")
        else:
            version = _raw_version

        run_human_review_summary = cls(
            task_id=task_id,
            source_kind=source_kind,
            source_label=source_label,
            status=status,
            required_count=required_count,
            confirmed_count=confirmed_count,
            version=version,
        )

        run_human_review_summary.additional_properties = d
        return run_human_review_summary

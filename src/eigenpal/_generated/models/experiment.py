from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automation_type import AutomationType
from ..models.experiment_status import ExperimentStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="Experiment")


@_attrs_define(repr=False)
class Experiment(Model):
    """An experiment batch: its status, counts of runs completed, passed and failed, and the average score."""

    id: str
    automation_id: str
    automation_type: AutomationType
    """ Which kind of automation something is: `workflow` or `agent`. """
    status: ExperimentStatus
    run_count: int
    completed_count: int
    passed_count: int
    failed_count: int
    avg_score: float | None
    created_at: str
    completed_at: None | str
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def completed_at_datetime(self) -> datetime.datetime | None:
        """``completedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.completed_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "automationId": "automation_id",
        "automationType": "automation_type",
        "status": "status",
        "runCount": "run_count",
        "completedCount": "completed_count",
        "passedCount": "passed_count",
        "failedCount": "failed_count",
        "avgScore": "avg_score",
        "createdAt": "created_at",
        "completedAt": "completed_at",
        "version": "version",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "automationId",
            "automationType",
            "status",
            "runCount",
            "completedCount",
            "passedCount",
            "failedCount",
            "avgScore",
            "createdAt",
            "completedAt",
            "version",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "Experiment"
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

        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type.value
            field_dict["automationType"] = automation_type

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.run_count, Unset):
            run_count = self.run_count
            field_dict["runCount"] = run_count

        if not isinstance(self.completed_count, Unset):
            completed_count = self.completed_count
            field_dict["completedCount"] = completed_count

        if not isinstance(self.passed_count, Unset):
            passed_count = self.passed_count
            field_dict["passedCount"] = passed_count

        if not isinstance(self.failed_count, Unset):
            failed_count = self.failed_count
            field_dict["failedCount"] = failed_count

        if not isinstance(self.avg_score, Unset):
            avg_score: float | None
            avg_score = self.avg_score
            field_dict["avgScore"] = avg_score

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.completed_at, Unset):
            completed_at: None | str
            completed_at = self.completed_at
            field_dict["completedAt"] = completed_at

        if not isinstance(self.version, Unset):
            version: None | str
            version = self.version
            field_dict["version"] = version

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("Experiment", "id")
        else:
            id = _raw_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("Experiment", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_type = d.pop("automationType", UNSET)
        if _raw_automation_type is UNSET:
            automation_type = missing_required("Experiment", "automationType")
        else:
            automation_type = AutomationType(_raw_automation_type)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("Experiment", "status")
        else:
            status = ExperimentStatus(_raw_status)

        _raw_run_count = d.pop("runCount", UNSET)
        if _raw_run_count is UNSET:
            run_count = missing_required("Experiment", "runCount")
        else:
            run_count = _raw_run_count

        _raw_completed_count = d.pop("completedCount", UNSET)
        if _raw_completed_count is UNSET:
            completed_count = missing_required("Experiment", "completedCount")
        else:
            completed_count = _raw_completed_count

        _raw_passed_count = d.pop("passedCount", UNSET)
        if _raw_passed_count is UNSET:
            passed_count = missing_required("Experiment", "passedCount")
        else:
            passed_count = _raw_passed_count

        _raw_failed_count = d.pop("failedCount", UNSET)
        if _raw_failed_count is UNSET:
            failed_count = missing_required("Experiment", "failedCount")
        else:
            failed_count = _raw_failed_count

        _raw_avg_score = d.pop("avgScore", UNSET)
        if _raw_avg_score is UNSET:
            avg_score = missing_required("Experiment", "avgScore")
        else:
            avg_score = _raw_avg_score

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("Experiment", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_completed_at = d.pop("completedAt", UNSET)
        if _raw_completed_at is UNSET:
            completed_at = missing_required("Experiment", "completedAt")
        else:
            completed_at = _raw_completed_at

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("Experiment", "version")
        else:
            version = _raw_version

        experiment = cls(
            id=id,
            automation_id=automation_id,
            automation_type=automation_type,
            status=status,
            run_count=run_count,
            completed_count=completed_count,
            passed_count=passed_count,
            failed_count=failed_count,
            avg_score=avg_score,
            created_at=created_at,
            completed_at=completed_at,
            version=version,
        )

        experiment.additional_properties = d
        return experiment

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="ExperimentDetailRunsItem")


@_attrs_define(repr=False)
class ExperimentDetailRunsItem(Model):
    id: str
    status: str
    example_id: None | str
    example_name: None | str
    eval_score: float | None
    eval_passed: bool | None
    created_at: str
    completed_at: None | str
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
        "status": "status",
        "exampleId": "example_id",
        "exampleName": "example_name",
        "evalScore": "eval_score",
        "evalPassed": "eval_passed",
        "createdAt": "created_at",
        "completedAt": "completed_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "exampleId",
            "exampleName",
            "evalScore",
            "evalPassed",
            "createdAt",
            "completedAt",
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

        if not isinstance(self.status, Unset):
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.example_id, Unset):
            example_id: None | str
            example_id = self.example_id
            field_dict["exampleId"] = example_id

        if not isinstance(self.example_name, Unset):
            example_name: None | str
            example_name = self.example_name
            field_dict["exampleName"] = example_name

        if not isinstance(self.eval_score, Unset):
            eval_score: float | None
            eval_score = self.eval_score
            field_dict["evalScore"] = eval_score

        if not isinstance(self.eval_passed, Unset):
            eval_passed: bool | None
            eval_passed = self.eval_passed
            field_dict["evalPassed"] = eval_passed

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.completed_at, Unset):
            completed_at: None | str
            completed_at = self.completed_at
            field_dict["completedAt"] = completed_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("ExperimentDetailRunsItem", "id")
        else:
            id = _raw_id

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("ExperimentDetailRunsItem", "status")
        else:
            status = _raw_status

        _raw_example_id = d.pop("exampleId", UNSET)
        if _raw_example_id is UNSET:
            example_id = missing_required("ExperimentDetailRunsItem", "exampleId")
        else:
            example_id = _raw_example_id

        _raw_example_name = d.pop("exampleName", UNSET)
        if _raw_example_name is UNSET:
            example_name = missing_required("ExperimentDetailRunsItem", "exampleName")
        else:
            example_name = _raw_example_name

        _raw_eval_score = d.pop("evalScore", UNSET)
        if _raw_eval_score is UNSET:
            eval_score = missing_required("ExperimentDetailRunsItem", "evalScore")
        else:
            eval_score = _raw_eval_score

        _raw_eval_passed = d.pop("evalPassed", UNSET)
        if _raw_eval_passed is UNSET:
            eval_passed = missing_required("ExperimentDetailRunsItem", "evalPassed")
        else:
            eval_passed = _raw_eval_passed

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("ExperimentDetailRunsItem", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_completed_at = d.pop("completedAt", UNSET)
        if _raw_completed_at is UNSET:
            completed_at = missing_required("ExperimentDetailRunsItem", "completedAt")
        else:
            completed_at = _raw_completed_at

        experiment_detail_runs_item = cls(
            id=id,
            status=status,
            example_id=example_id,
            example_name=example_name,
            eval_score=eval_score,
            eval_passed=eval_passed,
            created_at=created_at,
            completed_at=completed_at,
        )

        experiment_detail_runs_item.additional_properties = d
        return experiment_detail_runs_item

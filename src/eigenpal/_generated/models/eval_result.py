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

T = TypeVar("T", bound="EvalResult")


@_attrs_define(repr=False)
class EvalResult(Model):
    """One evaluator's automated result for one run: score, pass/fail, label and details."""

    id: str
    run_id: str
    automation_id: None | str
    evaluator_name: str
    evaluator_type: str
    score: float | None
    passed: bool | None
    label: None | str
    weight: float | None
    pass_threshold: float | None
    description: None | str
    details: Any | None
    error: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "runId": "run_id",
        "automationId": "automation_id",
        "evaluatorName": "evaluator_name",
        "evaluatorType": "evaluator_type",
        "score": "score",
        "passed": "passed",
        "label": "label",
        "weight": "weight",
        "passThreshold": "pass_threshold",
        "description": "description",
        "details": "details",
        "error": "error",
        "createdAt": "created_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "runId",
            "automationId",
            "evaluatorName",
            "evaluatorType",
            "score",
            "passed",
            "label",
            "weight",
            "passThreshold",
            "description",
            "details",
            "error",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "EvalResult"
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

        if not isinstance(self.run_id, Unset):
            run_id = self.run_id
            field_dict["runId"] = run_id

        if not isinstance(self.automation_id, Unset):
            automation_id: None | str
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.evaluator_name, Unset):
            evaluator_name = self.evaluator_name
            field_dict["evaluatorName"] = evaluator_name

        if not isinstance(self.evaluator_type, Unset):
            evaluator_type = self.evaluator_type
            field_dict["evaluatorType"] = evaluator_type

        if not isinstance(self.score, Unset):
            score: float | None
            score = self.score
            field_dict["score"] = score

        if not isinstance(self.passed, Unset):
            passed: bool | None
            passed = self.passed
            field_dict["passed"] = passed

        if not isinstance(self.label, Unset):
            label: None | str
            label = self.label
            field_dict["label"] = label

        if not isinstance(self.weight, Unset):
            weight: float | None
            weight = self.weight
            field_dict["weight"] = weight

        if not isinstance(self.pass_threshold, Unset):
            pass_threshold: float | None
            pass_threshold = self.pass_threshold
            field_dict["passThreshold"] = pass_threshold

        if not isinstance(self.description, Unset):
            description: None | str
            description = self.description
            field_dict["description"] = description

        if not isinstance(self.details, Unset):
            details: Any | None
            details = self.details
            field_dict["details"] = details

        if not isinstance(self.error, Unset):
            error: None | str
            error = self.error
            field_dict["error"] = error

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("EvalResult", "id")
        else:
            id = _raw_id

        _raw_run_id = d.pop("runId", UNSET)
        if _raw_run_id is UNSET:
            run_id = missing_required("EvalResult", "runId")
        else:
            run_id = _raw_run_id

        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("EvalResult", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_evaluator_name = d.pop("evaluatorName", UNSET)
        if _raw_evaluator_name is UNSET:
            evaluator_name = missing_required("EvalResult", "evaluatorName")
        else:
            evaluator_name = _raw_evaluator_name

        _raw_evaluator_type = d.pop("evaluatorType", UNSET)
        if _raw_evaluator_type is UNSET:
            evaluator_type = missing_required("EvalResult", "evaluatorType")
        else:
            evaluator_type = _raw_evaluator_type

        _raw_score = d.pop("score", UNSET)
        if _raw_score is UNSET:
            score = missing_required("EvalResult", "score")
        else:
            score = _raw_score

        _raw_passed = d.pop("passed", UNSET)
        if _raw_passed is UNSET:
            passed = missing_required("EvalResult", "passed")
        else:
            passed = _raw_passed

        _raw_label = d.pop("label", UNSET)
        if _raw_label is UNSET:
            label = missing_required("EvalResult", "label")
        else:
            label = _raw_label

        _raw_weight = d.pop("weight", UNSET)
        if _raw_weight is UNSET:
            weight = missing_required("EvalResult", "weight")
        else:
            weight = _raw_weight

        _raw_pass_threshold = d.pop("passThreshold", UNSET)
        if _raw_pass_threshold is UNSET:
            pass_threshold = missing_required("EvalResult", "passThreshold")
        else:
            pass_threshold = _raw_pass_threshold

        _raw_description = d.pop("description", UNSET)
        if _raw_description is UNSET:
            description = missing_required("EvalResult", "description")
        else:
            description = _raw_description

        _raw_details = d.pop("details", UNSET)
        if _raw_details is UNSET:
            details = missing_required("EvalResult", "details")
        else:
            details = _raw_details

        _raw_error = d.pop("error", UNSET)
        if _raw_error is UNSET:
            error = missing_required("EvalResult", "error")
        else:
            error = _raw_error

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("EvalResult", "createdAt")
        else:
            created_at = _raw_created_at

        eval_result = cls(
            id=id,
            run_id=run_id,
            automation_id=automation_id,
            evaluator_name=evaluator_name,
            evaluator_type=evaluator_type,
            score=score,
            passed=passed,
            label=label,
            weight=weight,
            pass_threshold=pass_threshold,
            description=description,
            details=details,
            error=error,
            created_at=created_at,
        )

        eval_result.additional_properties = d
        return eval_result

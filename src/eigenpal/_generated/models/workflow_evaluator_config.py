from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="WorkflowEvaluatorConfig")


@_attrs_define(repr=False)
class WorkflowEvaluatorConfig(Model):
    """Parsed evaluator setup of a workflow: the list of evaluators and the pass threshold."""

    evaluators: list[Any]
    pass_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "evaluators": "evaluators",
        "passThreshold": "pass_threshold",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "evaluators",
            "passThreshold",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "WorkflowEvaluatorConfig"
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
        if not isinstance(self.evaluators, Unset):
            evaluators = self.evaluators

            field_dict["evaluators"] = evaluators

        if not isinstance(self.pass_threshold, Unset):
            pass_threshold = self.pass_threshold
            field_dict["passThreshold"] = pass_threshold

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_evaluators = d.pop("evaluators", UNSET)
        if _raw_evaluators is UNSET:
            evaluators = missing_required("WorkflowEvaluatorConfig", "evaluators")
        else:
            evaluators = cast(list[Any], _raw_evaluators)

        _raw_pass_threshold = d.pop("passThreshold", UNSET)
        if _raw_pass_threshold is UNSET:
            pass_threshold = missing_required("WorkflowEvaluatorConfig", "passThreshold")
        else:
            pass_threshold = _raw_pass_threshold

        workflow_evaluator_config = cls(
            evaluators=evaluators,
            pass_threshold=pass_threshold,
        )

        workflow_evaluator_config.additional_properties = d
        return workflow_evaluator_config

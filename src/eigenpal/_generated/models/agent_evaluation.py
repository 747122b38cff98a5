from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    best_match,
    missing_required,
)

T = TypeVar("T", bound="AgentEvaluation")


@_attrs_define(repr=False)
class AgentEvaluation(Model):
    """Parsed evaluation setup of an agent: named evaluators, each `custom`, `exact-diff` (with comparison rules) or `llm-
    judge` (a prompt), and a pass rule, `callback` or `weighted` (weights and a threshold).

    """

    evaluators: AgentEvaluationEvaluators
    pass_: AgentEvaluationPassType0 | AgentEvaluationPassType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "evaluators": "evaluators",
        "pass": "pass_",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "evaluators",
            "pass",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "AgentEvaluation"
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
            evaluators = self.evaluators.to_dict()
            field_dict["evaluators"] = evaluators

        if not isinstance(self.pass_, Unset):
            pass_: dict[str, Any]
            if isinstance(self.pass_, AgentEvaluationPassType0):
                pass_ = self.pass_.to_dict()
            else:
                pass_ = self.pass_.to_dict()

            field_dict["pass"] = pass_

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_evaluators = d.pop("evaluators", UNSET)
        if _raw_evaluators is UNSET:
            evaluators = missing_required("AgentEvaluation", "evaluators")
        else:
            evaluators = AgentEvaluationEvaluators.from_dict(_raw_evaluators)

        _raw_pass_ = d.pop("pass", UNSET)
        if _raw_pass_ is UNSET:
            pass_ = missing_required("AgentEvaluation", "pass")
        else:

            def _parse_pass_(data: object) -> AgentEvaluationPassType0 | AgentEvaluationPassType1:
                if isinstance(data, dict):
                    member = best_match(
                        (
                            AgentEvaluationPassType0,
                            AgentEvaluationPassType1,
                        ),
                        data,
                        "pass",
                    )
                    if member == 0:
                        return AgentEvaluationPassType0.from_dict(data)
                    return AgentEvaluationPassType1.from_dict(data)
                return cast(AgentEvaluationPassType0 | AgentEvaluationPassType1, data)

            pass_ = _parse_pass_(_raw_pass_)

        agent_evaluation = cls(
            evaluators=evaluators,
            pass_=pass_,
        )

        agent_evaluation.additional_properties = d
        return agent_evaluation


from ..models.agent_evaluation_evaluators import AgentEvaluationEvaluators  # noqa: E402
from ..models.agent_evaluation_pass_type_0 import AgentEvaluationPassType0  # noqa: E402
from ..models.agent_evaluation_pass_type_1 import AgentEvaluationPassType1  # noqa: E402

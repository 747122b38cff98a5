from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="AgentEvaluatorConfigResponse")


@_attrs_define(repr=False)
class AgentEvaluatorConfigResponse(Model):
    """Evaluator setup of an agent (`automationType` is `agent`): the Git path, ref and commit it was read from, and the
    parsed `evaluation`, or null.

    """

    automation_id: str
    automation_type: Literal["agent"]
    source: AgentEvaluatorConfigResponseSource
    evaluation: AgentEvaluation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "automationId": "automation_id",
        "automationType": "automation_type",
        "source": "source",
        "evaluation": "evaluation",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "automationId",
            "automationType",
            "source",
            "evaluation",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "AgentEvaluatorConfigResponse"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "automationType": "agent",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "automationType" in data and data["automationType"] != "agent":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.automation_id, Unset):
            automation_id = self.automation_id
            field_dict["automationId"] = automation_id

        if not isinstance(self.automation_type, Unset):
            automation_type = self.automation_type
            field_dict["automationType"] = automation_type

        if not isinstance(self.source, Unset):
            source = self.source.to_dict()
            field_dict["source"] = source

        if not isinstance(self.evaluation, Unset):
            evaluation: dict[str, Any] | None
            if isinstance(self.evaluation, AgentEvaluation):
                evaluation = self.evaluation.to_dict()
            else:
                evaluation = self.evaluation
            field_dict["evaluation"] = evaluation

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_automation_id = d.pop("automationId", UNSET)
        if _raw_automation_id is UNSET:
            automation_id = missing_required("AgentEvaluatorConfigResponse", "automationId")
        else:
            automation_id = _raw_automation_id

        _raw_automation_type = d.pop("automationType", UNSET)
        if _raw_automation_type is UNSET:
            automation_type = missing_required("AgentEvaluatorConfigResponse", "automationType")
        else:
            automation_type = cast(Literal["agent"], _raw_automation_type)
            if automation_type != "agent":
                unexpected_const(cls.__name__, "automationType", "agent", automation_type)

        _raw_source = d.pop("source", UNSET)
        if _raw_source is UNSET:
            source = missing_required("AgentEvaluatorConfigResponse", "source")
        else:
            source = AgentEvaluatorConfigResponseSource.from_dict(_raw_source)

        _raw_evaluation = d.pop("evaluation", UNSET)
        if _raw_evaluation is UNSET:
            evaluation = missing_required("AgentEvaluatorConfigResponse", "evaluation")
        else:
            evaluation = (
                AgentEvaluation.from_dict(_raw_evaluation)
                if isinstance(_raw_evaluation, dict)
                else _raw_evaluation
            )

        agent_evaluator_config_response = cls(
            automation_id=automation_id,
            automation_type=automation_type,
            source=source,
            evaluation=evaluation,
        )

        agent_evaluator_config_response.additional_properties = d
        return agent_evaluator_config_response


from ..models.agent_evaluation import AgentEvaluation  # noqa: E402
from ..models.agent_evaluator_config_response_source import AgentEvaluatorConfigResponseSource  # noqa: E402

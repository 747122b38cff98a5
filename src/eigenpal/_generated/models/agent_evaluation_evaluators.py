from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Model,
    best_match,
)

T = TypeVar("T", bound="AgentEvaluationEvaluators")


@_attrs_define(repr=False)
class AgentEvaluationEvaluators(Model):
    additional_properties: dict[
        str,
        AgentEvaluationEvaluatorsAdditionalPropertyType0
        | AgentEvaluationEvaluatorsAdditionalPropertyType1
        | AgentEvaluationEvaluatorsAdditionalPropertyType2,
    ] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {}
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = 0
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AgentEvaluationEvaluatorsAdditionalPropertyType0):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AgentEvaluationEvaluatorsAdditionalPropertyType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        agent_evaluation_evaluators = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AgentEvaluationEvaluatorsAdditionalPropertyType0
                | AgentEvaluationEvaluatorsAdditionalPropertyType1
                | AgentEvaluationEvaluatorsAdditionalPropertyType2
            ):
                if isinstance(data, dict):
                    member = best_match(
                        (
                            AgentEvaluationEvaluatorsAdditionalPropertyType0,
                            AgentEvaluationEvaluatorsAdditionalPropertyType1,
                            AgentEvaluationEvaluatorsAdditionalPropertyType2,
                        ),
                        data,
                        "AdditionalProperty",
                    )
                    if member == 0:
                        return AgentEvaluationEvaluatorsAdditionalPropertyType0.from_dict(data)
                    if member == 1:
                        return AgentEvaluationEvaluatorsAdditionalPropertyType1.from_dict(data)
                    return AgentEvaluationEvaluatorsAdditionalPropertyType2.from_dict(data)
                return cast(
                    AgentEvaluationEvaluatorsAdditionalPropertyType0
                    | AgentEvaluationEvaluatorsAdditionalPropertyType1
                    | AgentEvaluationEvaluatorsAdditionalPropertyType2,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        agent_evaluation_evaluators.additional_properties = additional_properties
        return agent_evaluation_evaluators


from ..models.agent_evaluation_evaluators_additional_property_type_0 import (
    AgentEvaluationEvaluatorsAdditionalPropertyType0,  # noqa: E402
)
from ..models.agent_evaluation_evaluators_additional_property_type_1 import (
    AgentEvaluationEvaluatorsAdditionalPropertyType1,  # noqa: E402
)
from ..models.agent_evaluation_evaluators_additional_property_type_2 import (
    AgentEvaluationEvaluatorsAdditionalPropertyType2,  # noqa: E402
)

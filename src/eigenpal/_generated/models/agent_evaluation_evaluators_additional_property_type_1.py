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

T = TypeVar("T", bound="AgentEvaluationEvaluatorsAdditionalPropertyType1")


@_attrs_define(repr=False)
class AgentEvaluationEvaluatorsAdditionalPropertyType1(Model):
    kind: Literal["exact-diff"]
    options: AgentEvaluationEvaluatorsAdditionalPropertyType1Options | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "options": "options",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "kind": "exact-diff",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "kind" in data and data["kind"] != "exact-diff":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.kind, Unset):
            kind = self.kind
            field_dict["kind"] = kind

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()
        if options is not UNSET:
            field_dict["options"] = options

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("AgentEvaluationEvaluatorsAdditionalPropertyType1", "kind")
        else:
            kind = cast(Literal["exact-diff"], _raw_kind)
            if kind != "exact-diff":
                unexpected_const(cls.__name__, "kind", "exact-diff", kind)

        _options = d.pop("options", UNSET)
        options: AgentEvaluationEvaluatorsAdditionalPropertyType1Options | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = AgentEvaluationEvaluatorsAdditionalPropertyType1Options.from_dict(_options)

        agent_evaluation_evaluators_additional_property_type_1 = cls(
            kind=kind,
            options=options,
        )

        agent_evaluation_evaluators_additional_property_type_1.additional_properties = d
        return agent_evaluation_evaluators_additional_property_type_1


from ..models.agent_evaluation_evaluators_additional_property_type_1_options import (
    AgentEvaluationEvaluatorsAdditionalPropertyType1Options,  # noqa: E402
)

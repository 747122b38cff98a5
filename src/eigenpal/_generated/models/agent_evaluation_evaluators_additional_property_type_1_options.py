from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="AgentEvaluationEvaluatorsAdditionalPropertyType1Options")


@_attrs_define(repr=False)
class AgentEvaluationEvaluatorsAdditionalPropertyType1Options(Model):
    rules: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules | Unset = UNSET
    paths: list[str] | Unset = UNSET
    unordered_paths: list[str] | Unset = UNSET
    numeric_tolerance: float | Unset = UNSET
    allow_extra_fields: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "rules": "rules",
        "paths": "paths",
        "unorderedPaths": "unordered_paths",
        "numericTolerance": "numeric_tolerance",
        "allowExtraFields": "allow_extra_fields",
    }
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
        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()
        if rules is not UNSET:
            field_dict["rules"] = rules

        paths: list[str] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = self.paths

        if paths is not UNSET:
            field_dict["paths"] = paths

        unordered_paths: list[str] | Unset = UNSET
        if not isinstance(self.unordered_paths, Unset):
            unordered_paths = self.unordered_paths

        if unordered_paths is not UNSET:
            field_dict["unorderedPaths"] = unordered_paths

        numeric_tolerance = self.numeric_tolerance
        if numeric_tolerance is not UNSET:
            field_dict["numericTolerance"] = numeric_tolerance

        allow_extra_fields = self.allow_extra_fields
        if allow_extra_fields is not UNSET:
            field_dict["allowExtraFields"] = allow_extra_fields

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules.from_dict(_rules)

        paths = cast(list[str], d.pop("paths", UNSET))

        unordered_paths = cast(list[str], d.pop("unorderedPaths", UNSET))

        numeric_tolerance = d.pop("numericTolerance", UNSET)

        allow_extra_fields = d.pop("allowExtraFields", UNSET)

        agent_evaluation_evaluators_additional_property_type_1_options = cls(
            rules=rules,
            paths=paths,
            unordered_paths=unordered_paths,
            numeric_tolerance=numeric_tolerance,
            allow_extra_fields=allow_extra_fields,
        )

        agent_evaluation_evaluators_additional_property_type_1_options.additional_properties = d
        return agent_evaluation_evaluators_additional_property_type_1_options


from ..models.agent_evaluation_evaluators_additional_property_type_1_options_rules import (
    AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules,  # noqa: E402
)

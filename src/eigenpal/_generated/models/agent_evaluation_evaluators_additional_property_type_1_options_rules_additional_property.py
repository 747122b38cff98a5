from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_items import (
    AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems,
)
from ..models.agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_order import (
    AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder,
)
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalProperty")


@_attrs_define(repr=False)
class AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalProperty(Model):
    ignore: bool | Unset = UNSET
    order: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder | Unset = UNSET
    items_: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems | Unset = (
        UNSET
    )
    match_by: list[str] | str | Unset = UNSET
    allow_extra_fields: bool | Unset = UNSET
    numeric_tolerance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "ignore": "ignore",
        "order": "order",
        "items": "items_",
        "matchBy": "match_by",
        "allowExtraFields": "allow_extra_fields",
        "numericTolerance": "numeric_tolerance",
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
        ignore = self.ignore
        if ignore is not UNSET:
            field_dict["ignore"] = ignore

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        if order is not UNSET:
            field_dict["order"] = order

        items_: str | Unset = UNSET
        if not isinstance(self.items_, Unset):
            items_ = self.items_.value

        if items_ is not UNSET:
            field_dict["items"] = items_

        match_by: list[str] | str | Unset
        if isinstance(self.match_by, Unset):
            match_by = UNSET
        elif isinstance(self.match_by, list):
            match_by = self.match_by

        else:
            match_by = self.match_by
        if match_by is not UNSET:
            field_dict["matchBy"] = match_by

        allow_extra_fields = self.allow_extra_fields
        if allow_extra_fields is not UNSET:
            field_dict["allowExtraFields"] = allow_extra_fields

        numeric_tolerance = self.numeric_tolerance
        if numeric_tolerance is not UNSET:
            field_dict["numericTolerance"] = numeric_tolerance

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        ignore = d.pop("ignore", UNSET)

        _order = d.pop("order", UNSET)
        order: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder(
                _order
            )

        _items_ = d.pop("items", UNSET)
        items_: AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems | Unset
        if isinstance(_items_, Unset):
            items_ = UNSET
        else:
            items_ = AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems(
                _items_
            )

        def _parse_match_by(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                match_by_type_0 = cast(list[str], data)

                return match_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        match_by = _parse_match_by(d.pop("matchBy", UNSET))

        allow_extra_fields = d.pop("allowExtraFields", UNSET)

        numeric_tolerance = d.pop("numericTolerance", UNSET)

        agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property = cls(
            ignore=ignore,
            order=order,
            items_=items_,
            match_by=match_by,
            allow_extra_fields=allow_extra_fields,
            numeric_tolerance=numeric_tolerance,
        )

        agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property.additional_properties = d
        return agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property

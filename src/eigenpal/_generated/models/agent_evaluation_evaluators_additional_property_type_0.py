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

T = TypeVar("T", bound="AgentEvaluationEvaluatorsAdditionalPropertyType0")


@_attrs_define(repr=False)
class AgentEvaluationEvaluatorsAdditionalPropertyType0(Model):
    kind: Literal["custom"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "kind": "kind",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "kind": "custom",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "kind" in data and data["kind"] != "custom":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.kind, Unset):
            kind = self.kind
            field_dict["kind"] = kind

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("AgentEvaluationEvaluatorsAdditionalPropertyType0", "kind")
        else:
            kind = cast(Literal["custom"], _raw_kind)
            if kind != "custom":
                unexpected_const(cls.__name__, "kind", "custom", kind)

        agent_evaluation_evaluators_additional_property_type_0 = cls(
            kind=kind,
        )

        agent_evaluation_evaluators_additional_property_type_0.additional_properties = d
        return agent_evaluation_evaluators_additional_property_type_0

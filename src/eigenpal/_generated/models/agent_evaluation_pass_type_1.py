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

T = TypeVar("T", bound="AgentEvaluationPassType1")


@_attrs_define(repr=False)
class AgentEvaluationPassType1(Model):
    kind: Literal["weighted"]
    weights: AgentEvaluationPassType1Weights
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "weights": "weights",
        "threshold": "threshold",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "weights",
            "threshold",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {
        "kind": "weighted",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "kind" in data and data["kind"] != "weighted":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.kind, Unset):
            kind = self.kind
            field_dict["kind"] = kind

        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()
            field_dict["weights"] = weights

        if not isinstance(self.threshold, Unset):
            threshold = self.threshold
            field_dict["threshold"] = threshold

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("AgentEvaluationPassType1", "kind")
        else:
            kind = cast(Literal["weighted"], _raw_kind)
            if kind != "weighted":
                unexpected_const(cls.__name__, "kind", "weighted", kind)

        _raw_weights = d.pop("weights", UNSET)
        if _raw_weights is UNSET:
            weights = missing_required("AgentEvaluationPassType1", "weights")
        else:
            weights = AgentEvaluationPassType1Weights.from_dict(_raw_weights)

        _raw_threshold = d.pop("threshold", UNSET)
        if _raw_threshold is UNSET:
            threshold = missing_required("AgentEvaluationPassType1", "threshold")
        else:
            threshold = _raw_threshold

        agent_evaluation_pass_type_1 = cls(
            kind=kind,
            weights=weights,
            threshold=threshold,
        )

        agent_evaluation_pass_type_1.additional_properties = d
        return agent_evaluation_pass_type_1


from ..models.agent_evaluation_pass_type_1_weights import AgentEvaluationPassType1Weights  # noqa: E402

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

T = TypeVar("T", bound="RunStepsResponse")


@_attrs_define(repr=False)
class RunStepsResponse(Model):
    """The steps of a workflow run, or an agent's execution step summary."""

    steps: list[Any]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "steps": "steps",
        "total": "total",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "steps",
            "total",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunStepsResponse"
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
        if not isinstance(self.steps, Unset):
            steps = self.steps

            field_dict["steps"] = steps

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_steps = d.pop("steps", UNSET)
        if _raw_steps is UNSET:
            steps = missing_required("RunStepsResponse", "steps")
        else:
            steps = cast(list[Any], _raw_steps)

        _raw_total = d.pop("total", UNSET)
        if _raw_total is UNSET:
            total = missing_required("RunStepsResponse", "total")
        else:
            total = _raw_total

        run_steps_response = cls(
            steps=steps,
            total=total,
        )

        run_steps_response.additional_properties = d
        return run_steps_response

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunDebug")


@_attrs_define(repr=False)
class RunDebug(Model):
    """Observability data for debugging a run (`expand=debug`)."""

    observability: Any
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "observability": "observability",
        "traceId": "trace_id",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "observability",
        }
    )
    _CLOSED: ClassVar[bool] = True
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
        if not isinstance(self.observability, Unset):
            observability = self.observability
            field_dict["observability"] = observability

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_observability = d.pop("observability", UNSET)
        if _raw_observability is UNSET:
            observability = missing_required("RunDebug", "observability")
        else:
            observability = _raw_observability

        _raw_trace_id = d.pop("traceId", UNSET)
        trace_id = _raw_trace_id

        run_debug = cls(
            observability=observability,
            trace_id=trace_id,
        )

        run_debug.additional_properties = d
        return run_debug

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="RunDebug")


@_attrs_define
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
        if isinstance(_raw_observability, Unset):
            observability = missing_required("RunDebug", "observability")
        else:
            observability = _raw_observability

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", UNSET))

        run_debug = cls(
            observability=observability,
            trace_id=trace_id,
        )

        run_debug.additional_properties = d
        return run_debug

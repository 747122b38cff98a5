from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..models.run_cancel_response_cancellation_state import RunCancelResponseCancellationState
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunCancelResponseCancellation")


@_attrs_define(repr=False)
class RunCancelResponseCancellation(Model):
    state: RunCancelResponseCancellationState
    was_status: ExecutionStatus
    """ State of a run's execution: `created`, `pending`, `running`, `waiting` (held, e.g. for a person's review),
    `finalizing`, `completed`, `failed`, `cancelled` or `rejected`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "state": "state",
        "wasStatus": "was_status",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "state",
            "wasStatus",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.state, Unset):
            state = self.state.value
            field_dict["state"] = state

        if not isinstance(self.was_status, Unset):
            was_status = self.was_status.value
            field_dict["wasStatus"] = was_status

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_state = d.pop("state", UNSET)
        if _raw_state is UNSET:
            state = missing_required("RunCancelResponseCancellation", "state")
        else:
            state = RunCancelResponseCancellationState(_raw_state)

        _raw_was_status = d.pop("wasStatus", UNSET)
        if _raw_was_status is UNSET:
            was_status = missing_required("RunCancelResponseCancellation", "wasStatus")
        else:
            was_status = ExecutionStatus(_raw_was_status)

        run_cancel_response_cancellation = cls(
            state=state,
            was_status=was_status,
        )

        run_cancel_response_cancellation.additional_properties = d
        return run_cancel_response_cancellation

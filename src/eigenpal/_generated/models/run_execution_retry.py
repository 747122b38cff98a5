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

T = TypeVar("T", bound="RunExecutionRetry")


@_attrs_define(repr=False)
class RunExecutionRetry(Model):
    """Links between a run and its retries."""

    number: float
    previous_run_id: None | str
    next_run: None | RunExecutionRetryNextRunType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "number": "number",
        "previousRunId": "previous_run_id",
        "nextRun": "next_run",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "previousRunId",
            "nextRun",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunExecutionRetry"
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
        if not isinstance(self.number, Unset):
            number = self.number
            field_dict["number"] = number

        if not isinstance(self.previous_run_id, Unset):
            previous_run_id: None | str
            previous_run_id = self.previous_run_id
            field_dict["previousRunId"] = previous_run_id

        if not isinstance(self.next_run, Unset):
            next_run: dict[str, Any] | None
            if isinstance(self.next_run, RunExecutionRetryNextRunType0):
                next_run = self.next_run.to_dict()
            else:
                next_run = self.next_run
            field_dict["nextRun"] = next_run

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_number = d.pop("number", UNSET)
        if _raw_number is UNSET:
            number = missing_required("RunExecutionRetry", "number")
        else:
            number = _raw_number

        _raw_previous_run_id = d.pop("previousRunId", UNSET)
        if _raw_previous_run_id is UNSET:
            previous_run_id = missing_required("RunExecutionRetry", "previousRunId")
        else:
            previous_run_id = _raw_previous_run_id

        _raw_next_run = d.pop("nextRun", UNSET)
        if _raw_next_run is UNSET:
            next_run = missing_required("RunExecutionRetry", "nextRun")
        else:
            next_run = (
                RunExecutionRetryNextRunType0.from_dict(_raw_next_run)
                if isinstance(_raw_next_run, dict)
                else _raw_next_run
            )

        run_execution_retry = cls(
            number=number,
            previous_run_id=previous_run_id,
            next_run=next_run,
        )

        run_execution_retry.additional_properties = d
        return run_execution_retry


from ..models.run_execution_retry_next_run_type_0 import RunExecutionRetryNextRunType0  # noqa: E402

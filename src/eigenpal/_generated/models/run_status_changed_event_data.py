from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_status import ExecutionStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunStatusChangedEventData")


@_attrs_define(repr=False)
class RunStatusChangedEventData(Model):
    """What a `run.status_changed` event says, with the status the run left and the one it entered."""

    run: WebhookRun
    """ The run an event is about, as it was when the event was made. """
    previous_status: ExecutionStatus
    """ State of a run's execution: `created`, `pending`, `running`, `waiting` (held, e.g. for a person's review),
    `finalizing`, `completed`, `failed`, `cancelled` or `rejected`. """
    current_status: ExecutionStatus
    """ State of a run's execution: `created`, `pending`, `running`, `waiting` (held, e.g. for a person's review),
    `finalizing`, `completed`, `failed`, `cancelled` or `rejected`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "run": "run",
        "previousStatus": "previous_status",
        "currentStatus": "current_status",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "run",
            "previousStatus",
            "currentStatus",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunStatusChangedEventData"
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
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()
            field_dict["run"] = run

        if not isinstance(self.previous_status, Unset):
            previous_status = self.previous_status.value
            field_dict["previousStatus"] = previous_status

        if not isinstance(self.current_status, Unset):
            current_status = self.current_status.value
            field_dict["currentStatus"] = current_status

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_run = d.pop("run", UNSET)
        if _raw_run is UNSET:
            run = missing_required("RunStatusChangedEventData", "run")
        else:
            run = WebhookRun.from_dict(_raw_run)

        _raw_previous_status = d.pop("previousStatus", UNSET)
        if _raw_previous_status is UNSET:
            previous_status = missing_required("RunStatusChangedEventData", "previousStatus")
        else:
            previous_status = ExecutionStatus(_raw_previous_status)

        _raw_current_status = d.pop("currentStatus", UNSET)
        if _raw_current_status is UNSET:
            current_status = missing_required("RunStatusChangedEventData", "currentStatus")
        else:
            current_status = ExecutionStatus(_raw_current_status)

        run_status_changed_event_data = cls(
            run=run,
            previous_status=previous_status,
            current_status=current_status,
        )

        run_status_changed_event_data.additional_properties = d
        return run_status_changed_event_data


from ..models.webhook_run import WebhookRun  # noqa: E402

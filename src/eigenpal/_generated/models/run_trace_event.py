from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_timestamp,
)

T = TypeVar("T", bound="RunTraceEvent")


@_attrs_define(repr=False)
class RunTraceEvent(Model):
    """One trace event; common fields are typed and any others are kept."""

    type_: str | Unset = UNSET
    phase: str | Unset = UNSET
    step_name: str | Unset = UNSET
    status: str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def started_at_datetime(self) -> datetime.datetime | None:
        """``startedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.started_at)

    @property
    def completed_at_datetime(self) -> datetime.datetime | None:
        """``completedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.completed_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "phase": "phase",
        "stepName": "step_name",
        "status": "status",
        "startedAt": "started_at",
        "completedAt": "completed_at",
        "message": "message",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunTraceEvent"
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
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        phase = self.phase
        if phase is not UNSET:
            field_dict["phase"] = phase

        step_name = self.step_name
        if step_name is not UNSET:
            field_dict["stepName"] = step_name

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        phase = d.pop("phase", UNSET)

        step_name = d.pop("stepName", UNSET)

        status = d.pop("status", UNSET)

        _raw_started_at = d.pop("startedAt", UNSET)
        started_at = _raw_started_at

        _raw_completed_at = d.pop("completedAt", UNSET)
        completed_at = _raw_completed_at

        _raw_message = d.pop("message", UNSET)
        message = _raw_message

        run_trace_event = cls(
            type_=type_,
            phase=phase,
            step_name=step_name,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            message=message,
        )

        run_trace_event.additional_properties = d
        return run_trace_event

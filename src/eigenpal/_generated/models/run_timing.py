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
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="RunTiming")


@_attrs_define(repr=False)
class RunTiming(Model):
    """When the run was created, started and completed, its duration and any cancellation request."""

    created_at: str
    started_at: None | str
    completed_at: None | str
    duration_ms: float | None
    cancel_requested_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def started_at_datetime(self) -> datetime.datetime | None:
        """``startedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.started_at)

    @property
    def completed_at_datetime(self) -> datetime.datetime | None:
        """``completedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.completed_at)

    @property
    def cancel_requested_at_datetime(self) -> datetime.datetime | None:
        """``cancelRequestedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.cancel_requested_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "createdAt": "created_at",
        "startedAt": "started_at",
        "completedAt": "completed_at",
        "durationMs": "duration_ms",
        "cancelRequestedAt": "cancel_requested_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "startedAt",
            "completedAt",
            "durationMs",
            "cancelRequestedAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunTiming"
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
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.started_at, Unset):
            started_at: None | str
            started_at = self.started_at
            field_dict["startedAt"] = started_at

        if not isinstance(self.completed_at, Unset):
            completed_at: None | str
            completed_at = self.completed_at
            field_dict["completedAt"] = completed_at

        if not isinstance(self.duration_ms, Unset):
            duration_ms: float | None
            duration_ms = self.duration_ms
            field_dict["durationMs"] = duration_ms

        if not isinstance(self.cancel_requested_at, Unset):
            cancel_requested_at: None | str
            cancel_requested_at = self.cancel_requested_at
            field_dict["cancelRequestedAt"] = cancel_requested_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("RunTiming", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_started_at = d.pop("startedAt", UNSET)
        if _raw_started_at is UNSET:
            started_at = missing_required("RunTiming", "startedAt")
        else:
            started_at = _raw_started_at

        _raw_completed_at = d.pop("completedAt", UNSET)
        if _raw_completed_at is UNSET:
            completed_at = missing_required("RunTiming", "completedAt")
        else:
            completed_at = _raw_completed_at

        _raw_duration_ms = d.pop("durationMs", UNSET)
        if _raw_duration_ms is UNSET:
            duration_ms = missing_required("RunTiming", "durationMs")
        else:
            duration_ms = _raw_duration_ms

        _raw_cancel_requested_at = d.pop("cancelRequestedAt", UNSET)
        if _raw_cancel_requested_at is UNSET:
            cancel_requested_at = missing_required("RunTiming", "cancelRequestedAt")
        else:
            cancel_requested_at = _raw_cancel_requested_at

        run_timing = cls(
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            duration_ms=duration_ms,
            cancel_requested_at=cancel_requested_at,
        )

        run_timing.additional_properties = d
        return run_timing

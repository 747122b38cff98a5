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

T = TypeVar("T", bound="RunEvent")


@_attrs_define(repr=False)
class RunEvent(Model):
    """One lifecycle event of a run."""

    type_: str
    timestamp: str
    status: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    metadata: RunEventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
        "timestamp": "timestamp",
        "status": "status",
        "message": "message",
        "metadata": "metadata",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "timestamp",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunEvent"
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
        if not isinstance(self.type_, Unset):
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp
            field_dict["timestamp"] = timestamp

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("RunEvent", "type")
        else:
            type_ = _raw_type_

        _raw_timestamp = d.pop("timestamp", UNSET)
        if _raw_timestamp is UNSET:
            timestamp = missing_required("RunEvent", "timestamp")
        else:
            timestamp = _raw_timestamp

        _raw_status = d.pop("status", UNSET)
        status = _raw_status

        _raw_message = d.pop("message", UNSET)
        message = _raw_message

        _metadata = d.pop("metadata", UNSET)
        metadata: RunEventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunEventMetadata.from_dict(_metadata)

        run_event = cls(
            type_=type_,
            timestamp=timestamp,
            status=status,
            message=message,
            metadata=metadata,
        )

        run_event.additional_properties = d
        return run_event


from ..models.run_event_metadata import RunEventMetadata  # noqa: E402

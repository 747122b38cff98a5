from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
    unexpected_const,
)

T = TypeVar("T", bound="RunCreatedEvent")


@_attrs_define(repr=False)
class RunCreatedEvent(Model):
    """The envelope of a `run.created` delivery."""

    id: str
    """ The event's stable id (`whev_…`), the same on every delivery of it; deduplicate by it. """
    type_: Literal["run.created"]
    api_version: str
    """ The envelope's version, a date such as `2026-07-01`. """
    created_at: str
    """ When the event was made (ISO 8601); order events by it, not by their arrival. """
    data: RunCreatedEventData
    """ What a `run.created` event says. """
    test: bool | Unset = UNSET
    """ True for a delivery sent from Studio's "Send test". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "apiVersion": "api_version",
        "createdAt": "created_at",
        "data": "data",
        "test": "test",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "apiVersion",
            "createdAt",
            "data",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunCreatedEvent"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "type": "run.created",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "type" in data and data["type"] != "run.created":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.api_version, Unset):
            api_version = self.api_version
            field_dict["apiVersion"] = api_version

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.data, Unset):
            data = self.data.to_dict()
            field_dict["data"] = data

        test = self.test
        if test is not UNSET:
            field_dict["test"] = test

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunCreatedEvent", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("RunCreatedEvent", "type")
        else:
            type_ = cast(Literal["run.created"], _raw_type_)
            if type_ != "run.created":
                unexpected_const(cls.__name__, "type", "run.created", type_)

        _raw_api_version = d.pop("apiVersion", UNSET)
        if _raw_api_version is UNSET:
            api_version = missing_required("RunCreatedEvent", "apiVersion")
        else:
            api_version = _raw_api_version

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("RunCreatedEvent", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET:
            data = missing_required("RunCreatedEvent", "data")
        else:
            data = RunCreatedEventData.from_dict(_raw_data)

        test = d.pop("test", UNSET)

        run_created_event = cls(
            id=id,
            type_=type_,
            api_version=api_version,
            created_at=created_at,
            data=data,
            test=test,
        )

        run_created_event.additional_properties = d
        return run_created_event


from ..models.run_created_event_data import RunCreatedEventData  # noqa: E402

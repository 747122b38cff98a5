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

T = TypeVar("T", bound="ListAutomationVersionsResponse")


@_attrs_define(repr=False)
class ListAutomationVersionsResponse(Model):
    """One page of an automation's versions."""

    data: list[AutomationVersion]
    total: int
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "data": "data",
        "total": "total",
        "limit": "limit",
        "offset": "offset",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "total",
            "limit",
            "offset",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ListAutomationVersionsResponse"
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
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.limit, Unset):
            limit = self.limit
            field_dict["limit"] = limit

        if not isinstance(self.offset, Unset):
            offset = self.offset
            field_dict["offset"] = offset

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET:
            data = missing_required("ListAutomationVersionsResponse", "data")
        else:
            data = []
            _data = _raw_data
            for data_item_data in _data:
                data_item = AutomationVersion.from_dict(data_item_data)

                data.append(data_item)

        _raw_total = d.pop("total", UNSET)
        if _raw_total is UNSET:
            total = missing_required("ListAutomationVersionsResponse", "total")
        else:
            total = _raw_total

        _raw_limit = d.pop("limit", UNSET)
        if _raw_limit is UNSET:
            limit = missing_required("ListAutomationVersionsResponse", "limit")
        else:
            limit = _raw_limit

        _raw_offset = d.pop("offset", UNSET)
        if _raw_offset is UNSET:
            offset = missing_required("ListAutomationVersionsResponse", "offset")
        else:
            offset = _raw_offset

        list_automation_versions_response = cls(
            data=data,
            total=total,
            limit=limit,
            offset=offset,
        )

        list_automation_versions_response.additional_properties = d
        return list_automation_versions_response


from ..models.automation_version import AutomationVersion  # noqa: E402

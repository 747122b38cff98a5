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

T = TypeVar("T", bound="RunsListResponse")


@_attrs_define(repr=False)
class RunsListResponse(Model):
    """One page of runs; pass `nextCursor` as `cursor` to get the next page (null on the last page)."""

    runs: list[RunListItem]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "runs": "runs",
        "nextCursor": "next_cursor",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "runs",
            "nextCursor",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunsListResponse"
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
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

            field_dict["runs"] = runs

        if not isinstance(self.next_cursor, Unset):
            next_cursor: None | str
            next_cursor = self.next_cursor
            field_dict["nextCursor"] = next_cursor

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_runs = d.pop("runs", UNSET)
        if _raw_runs is UNSET:
            runs = missing_required("RunsListResponse", "runs")
        else:
            runs = []
            _runs = _raw_runs
            for runs_item_data in _runs:
                runs_item = RunListItem.from_dict(runs_item_data)

                runs.append(runs_item)

        _raw_next_cursor = d.pop("nextCursor", UNSET)
        if _raw_next_cursor is UNSET:
            next_cursor = missing_required("RunsListResponse", "nextCursor")
        else:
            next_cursor = _raw_next_cursor

        runs_list_response = cls(
            runs=runs,
            next_cursor=next_cursor,
        )

        runs_list_response.additional_properties = d
        return runs_list_response


from ..models.run_list_item import RunListItem  # noqa: E402

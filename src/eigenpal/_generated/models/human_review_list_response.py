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

T = TypeVar("T", bound="HumanReviewListResponse")


@_attrs_define(repr=False)
class HumanReviewListResponse(Model):
    """One page of human review tasks holding runs in `waiting`, each with its automation, source, status and confirmation
    counts; `nextCursor` fetches the next page, or is null.

    """

    tasks: list[HumanReviewListResponseTasksItem]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "tasks": "tasks",
        "nextCursor": "next_cursor",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "tasks",
            "nextCursor",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "HumanReviewListResponse"
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
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

            field_dict["tasks"] = tasks

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
        _raw_tasks = d.pop("tasks", UNSET)
        if _raw_tasks is UNSET:
            tasks = missing_required("HumanReviewListResponse", "tasks")
        else:
            tasks = []
            _tasks = _raw_tasks
            for tasks_item_data in _tasks:
                tasks_item = HumanReviewListResponseTasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _raw_next_cursor = d.pop("nextCursor", UNSET)
        if _raw_next_cursor is UNSET:
            next_cursor = missing_required("HumanReviewListResponse", "nextCursor")
        else:
            next_cursor = _raw_next_cursor

        human_review_list_response = cls(
            tasks=tasks,
            next_cursor=next_cursor,
        )

        human_review_list_response.additional_properties = d
        return human_review_list_response


from ..models.human_review_list_response_tasks_item import HumanReviewListResponseTasksItem  # noqa: E402

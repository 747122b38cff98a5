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

T = TypeVar("T", bound="HumanReviewApproveResponse")


@_attrs_define(repr=False)
class HumanReviewApproveResponse(Model):
    """The human review task as it stands after approval."""

    task: HumanReviewTaskDetail
    """ A human review task in full: the run and automation it holds, its source, status and version, the files and
    input behind it, machine and draft values, field metadata and per-field decisions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "task": "task",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "task",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "HumanReviewApproveResponse"
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
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()
            field_dict["task"] = task

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_task = d.pop("task", UNSET)
        if _raw_task is UNSET:
            task = missing_required("HumanReviewApproveResponse", "task")
        else:
            task = HumanReviewTaskDetail.from_dict(_raw_task)

        human_review_approve_response = cls(
            task=task,
        )

        human_review_approve_response.additional_properties = d
        return human_review_approve_response


from ..models.human_review_task_detail import HumanReviewTaskDetail  # noqa: E402

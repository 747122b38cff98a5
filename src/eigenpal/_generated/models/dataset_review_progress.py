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

T = TypeVar("T", bound="DatasetReviewProgress")


@_attrs_define(repr=False)
class DatasetReviewProgress(Model):
    """Progress counts of a labelling round: items in total, pending, approved, edited, removed and remaining, and whether
    the round is complete.

    """

    total: int
    pending: int
    approved: int
    edited: int
    removed: int
    remaining: int
    complete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "total": "total",
        "pending": "pending",
        "approved": "approved",
        "edited": "edited",
        "removed": "removed",
        "remaining": "remaining",
        "complete": "complete",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "total",
            "pending",
            "approved",
            "edited",
            "removed",
            "remaining",
            "complete",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewProgress"
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
        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        if not isinstance(self.pending, Unset):
            pending = self.pending
            field_dict["pending"] = pending

        if not isinstance(self.approved, Unset):
            approved = self.approved
            field_dict["approved"] = approved

        if not isinstance(self.edited, Unset):
            edited = self.edited
            field_dict["edited"] = edited

        if not isinstance(self.removed, Unset):
            removed = self.removed
            field_dict["removed"] = removed

        if not isinstance(self.remaining, Unset):
            remaining = self.remaining
            field_dict["remaining"] = remaining

        if not isinstance(self.complete, Unset):
            complete = self.complete
            field_dict["complete"] = complete

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_total = d.pop("total", UNSET)
        if _raw_total is UNSET:
            total = missing_required("DatasetReviewProgress", "total")
        else:
            total = _raw_total

        _raw_pending = d.pop("pending", UNSET)
        if _raw_pending is UNSET:
            pending = missing_required("DatasetReviewProgress", "pending")
        else:
            pending = _raw_pending

        _raw_approved = d.pop("approved", UNSET)
        if _raw_approved is UNSET:
            approved = missing_required("DatasetReviewProgress", "approved")
        else:
            approved = _raw_approved

        _raw_edited = d.pop("edited", UNSET)
        if _raw_edited is UNSET:
            edited = missing_required("DatasetReviewProgress", "edited")
        else:
            edited = _raw_edited

        _raw_removed = d.pop("removed", UNSET)
        if _raw_removed is UNSET:
            removed = missing_required("DatasetReviewProgress", "removed")
        else:
            removed = _raw_removed

        _raw_remaining = d.pop("remaining", UNSET)
        if _raw_remaining is UNSET:
            remaining = missing_required("DatasetReviewProgress", "remaining")
        else:
            remaining = _raw_remaining

        _raw_complete = d.pop("complete", UNSET)
        if _raw_complete is UNSET:
            complete = missing_required("DatasetReviewProgress", "complete")
        else:
            complete = _raw_complete

        dataset_review_progress = cls(
            total=total,
            pending=pending,
            approved=approved,
            edited=edited,
            removed=removed,
            remaining=remaining,
            complete=complete,
        )

        dataset_review_progress.additional_properties = d
        return dataset_review_progress

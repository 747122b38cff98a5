from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_close_request_status import RunReviewCloseRequestStatus
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="RunReviewCloseRequest")


@_attrs_define(repr=False)
class RunReviewCloseRequest(Model):
    """How to close a run's open review."""

    status: RunReviewCloseRequestStatus | Unset = RunReviewCloseRequestStatus.CLOSED
    """ `closed` when the issue is handled, `wont_fix` when it will not be. """
    note: None | str | Unset = UNSET
    """ Why the review was closed; kept as the review's `closedNote`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "status": "status",
        "note": "note",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunReviewCloseRequest"
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: RunReviewCloseRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RunReviewCloseRequestStatus(_status)

        _raw_note = d.pop("note", UNSET)
        note = _raw_note

        run_review_close_request = cls(
            status=status,
            note=note,
        )

        run_review_close_request.additional_properties = d
        return run_review_close_request

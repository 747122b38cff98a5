from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_review_file_decision_decision import DatasetReviewFileDecisionDecision
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="DatasetReviewFileDecision")


@_attrs_define(repr=False)
class DatasetReviewFileDecision(Model):
    """A reviewer's verdict on one expected file of a review item: `approved` or `removed`, who decided, when, and an
    optional comment.

    """

    decision: DatasetReviewFileDecisionDecision
    reviewer_id: str
    updated_at: str
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "decision": "decision",
        "reviewerId": "reviewer_id",
        "updatedAt": "updated_at",
        "comment": "comment",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "decision",
            "reviewerId",
            "updatedAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewFileDecision"
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
        if not isinstance(self.decision, Unset):
            decision = self.decision.value
            field_dict["decision"] = decision

        if not isinstance(self.reviewer_id, Unset):
            reviewer_id = self.reviewer_id
            field_dict["reviewerId"] = reviewer_id

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment
        if comment is not UNSET:
            field_dict["comment"] = comment

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_decision = d.pop("decision", UNSET)
        if _raw_decision is UNSET:
            decision = missing_required("DatasetReviewFileDecision", "decision")
        else:
            decision = DatasetReviewFileDecisionDecision(_raw_decision)

        _raw_reviewer_id = d.pop("reviewerId", UNSET)
        if _raw_reviewer_id is UNSET:
            reviewer_id = missing_required("DatasetReviewFileDecision", "reviewerId")
        else:
            reviewer_id = _raw_reviewer_id

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("DatasetReviewFileDecision", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_comment = d.pop("comment", UNSET)
        comment = _raw_comment

        dataset_review_file_decision = cls(
            decision=decision,
            reviewer_id=reviewer_id,
            updated_at=updated_at,
            comment=comment,
        )

        dataset_review_file_decision.additional_properties = d
        return dataset_review_file_decision

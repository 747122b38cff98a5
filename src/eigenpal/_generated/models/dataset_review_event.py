from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_review_event_action import DatasetReviewEventAction
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="DatasetReviewEvent")


@_attrs_define(repr=False)
class DatasetReviewEvent(Model):
    """One entry of a labelling round's audit trail: who acted, on which item if any, the `action` (created, approved,
    edited, commented, a field or file decision, ...) and when.

    """

    id: str
    review_id: str
    item_id: None | str
    actor_user_id: None | str
    action: DatasetReviewEventAction
    diff_summary: Any | None
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "reviewId": "review_id",
        "itemId": "item_id",
        "actorUserId": "actor_user_id",
        "action": "action",
        "diffSummary": "diff_summary",
        "createdAt": "created_at",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "reviewId",
            "itemId",
            "actorUserId",
            "action",
            "diffSummary",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewEvent"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.review_id, Unset):
            review_id = self.review_id
            field_dict["reviewId"] = review_id

        if not isinstance(self.item_id, Unset):
            item_id: None | str
            item_id = self.item_id
            field_dict["itemId"] = item_id

        if not isinstance(self.actor_user_id, Unset):
            actor_user_id: None | str
            actor_user_id = self.actor_user_id
            field_dict["actorUserId"] = actor_user_id

        if not isinstance(self.action, Unset):
            action = self.action.value
            field_dict["action"] = action

        if not isinstance(self.diff_summary, Unset):
            diff_summary: Any | None
            diff_summary = self.diff_summary
            field_dict["diffSummary"] = diff_summary

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("DatasetReviewEvent", "id")
        else:
            id = _raw_id

        _raw_review_id = d.pop("reviewId", UNSET)
        if _raw_review_id is UNSET:
            review_id = missing_required("DatasetReviewEvent", "reviewId")
        else:
            review_id = _raw_review_id

        _raw_item_id = d.pop("itemId", UNSET)
        if _raw_item_id is UNSET:
            item_id = missing_required("DatasetReviewEvent", "itemId")
        else:
            item_id = _raw_item_id

        _raw_actor_user_id = d.pop("actorUserId", UNSET)
        if _raw_actor_user_id is UNSET:
            actor_user_id = missing_required("DatasetReviewEvent", "actorUserId")
        else:
            actor_user_id = _raw_actor_user_id

        _raw_action = d.pop("action", UNSET)
        if _raw_action is UNSET:
            action = missing_required("DatasetReviewEvent", "action")
        else:
            action = DatasetReviewEventAction(_raw_action)

        _raw_diff_summary = d.pop("diffSummary", UNSET)
        if _raw_diff_summary is UNSET:
            diff_summary = missing_required("DatasetReviewEvent", "diffSummary")
        else:
            diff_summary = _raw_diff_summary

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("DatasetReviewEvent", "createdAt")
        else:
            created_at = _raw_created_at

        dataset_review_event = cls(
            id=id,
            review_id=review_id,
            item_id=item_id,
            actor_user_id=actor_user_id,
            action=action,
            diff_summary=diff_summary,
            created_at=created_at,
        )

        dataset_review_event.additional_properties = d
        return dataset_review_event

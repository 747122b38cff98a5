from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_dataset_review_item_action import UpdateDatasetReviewItemAction
from ..models.update_dataset_review_item_decision_type_0 import UpdateDatasetReviewItemDecisionType0
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="UpdateDatasetReviewItem")


@_attrs_define(repr=False)
class UpdateDatasetReviewItem(Model):
    action: UpdateDatasetReviewItemAction
    expected_updated_at: str
    expected: Any | Unset = UNSET
    comment: None | str | Unset = UNSET
    field_path: None | str | Unset = UNSET
    file_path: None | str | Unset = UNSET
    decision: None | Unset | UpdateDatasetReviewItemDecisionType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def expected_updated_at_datetime(self) -> datetime.datetime | None:
        """``expectedUpdatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.expected_updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "action": "action",
        "expectedUpdatedAt": "expected_updated_at",
        "expected": "expected",
        "comment": "comment",
        "fieldPath": "field_path",
        "filePath": "file_path",
        "decision": "decision",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "expectedUpdatedAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "UpdateDatasetReviewItem"
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
        if not isinstance(self.action, Unset):
            action = self.action.value
            field_dict["action"] = action

        if not isinstance(self.expected_updated_at, Unset):
            expected_updated_at = self.expected_updated_at
            field_dict["expectedUpdatedAt"] = expected_updated_at

        expected = self.expected
        if expected is not UNSET:
            field_dict["expected"] = expected

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment
        if comment is not UNSET:
            field_dict["comment"] = comment

        field_path: None | str | Unset
        if isinstance(self.field_path, Unset):
            field_path = UNSET
        else:
            field_path = self.field_path
        if field_path is not UNSET:
            field_dict["fieldPath"] = field_path

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path
        if file_path is not UNSET:
            field_dict["filePath"] = file_path

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, UpdateDatasetReviewItemDecisionType0):
            decision = self.decision.value
        else:
            decision = self.decision
        if decision is not UNSET:
            field_dict["decision"] = decision

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_action = d.pop("action", UNSET)
        if _raw_action is UNSET:
            action = missing_required("UpdateDatasetReviewItem", "action")
        else:
            action = UpdateDatasetReviewItemAction(_raw_action)

        _raw_expected_updated_at = d.pop("expectedUpdatedAt", UNSET)
        if _raw_expected_updated_at is UNSET:
            expected_updated_at = missing_required("UpdateDatasetReviewItem", "expectedUpdatedAt")
        else:
            expected_updated_at = _raw_expected_updated_at

        expected = d.pop("expected", UNSET)

        _raw_comment = d.pop("comment", UNSET)
        comment = _raw_comment

        _raw_field_path = d.pop("fieldPath", UNSET)
        field_path = _raw_field_path

        _raw_file_path = d.pop("filePath", UNSET)
        file_path = _raw_file_path

        def _parse_decision(data: object) -> None | Unset | UpdateDatasetReviewItemDecisionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = UpdateDatasetReviewItemDecisionType0(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateDatasetReviewItemDecisionType0, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        update_dataset_review_item = cls(
            action=action,
            expected_updated_at=expected_updated_at,
            expected=expected,
            comment=comment,
            field_path=field_path,
            file_path=file_path,
            decision=decision,
        )

        update_dataset_review_item.additional_properties = d
        return update_dataset_review_item

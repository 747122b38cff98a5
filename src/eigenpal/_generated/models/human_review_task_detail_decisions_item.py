from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_task_detail_decisions_item_reason import HumanReviewTaskDetailDecisionsItemReason
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="HumanReviewTaskDetailDecisionsItem")


@_attrs_define(repr=False)
class HumanReviewTaskDetailDecisionsItem(Model):
    id: str
    path: str
    original_value: bool | float | None | str
    current_value: bool | float | None | str
    required: bool
    reason: HumanReviewTaskDetailDecisionsItemReason
    confirmed_by: None | str
    confirmed_at: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def confirmed_at_datetime(self) -> datetime.datetime | None:
        """``confirmedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.confirmed_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "path": "path",
        "originalValue": "original_value",
        "currentValue": "current_value",
        "required": "required",
        "reason": "reason",
        "confirmedBy": "confirmed_by",
        "confirmedAt": "confirmed_at",
        "version": "version",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "path",
            "originalValue",
            "currentValue",
            "required",
            "reason",
            "confirmedBy",
            "confirmedAt",
            "version",
        }
    )
    _CLOSED: ClassVar[bool] = False
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

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        if not isinstance(self.original_value, Unset):
            original_value: bool | float | None | str
            original_value = self.original_value
            field_dict["originalValue"] = original_value

        if not isinstance(self.current_value, Unset):
            current_value: bool | float | None | str
            current_value = self.current_value
            field_dict["currentValue"] = current_value

        if not isinstance(self.required, Unset):
            required = self.required
            field_dict["required"] = required

        if not isinstance(self.reason, Unset):
            reason = self.reason.value
            field_dict["reason"] = reason

        if not isinstance(self.confirmed_by, Unset):
            confirmed_by: None | str
            confirmed_by = self.confirmed_by
            field_dict["confirmedBy"] = confirmed_by

        if not isinstance(self.confirmed_at, Unset):
            confirmed_at: None | str
            confirmed_at = self.confirmed_at
            field_dict["confirmedAt"] = confirmed_at

        if not isinstance(self.version, Unset):
            version = self.version
            field_dict["version"] = version

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("HumanReviewTaskDetailDecisionsItem", "id")
        else:
            id = _raw_id

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("HumanReviewTaskDetailDecisionsItem", "path")
        else:
            path = _raw_path

        _raw_original_value = d.pop("originalValue", UNSET)
        if _raw_original_value is UNSET:
            original_value = missing_required("HumanReviewTaskDetailDecisionsItem", "originalValue")
        else:
            original_value = _raw_original_value

        _raw_current_value = d.pop("currentValue", UNSET)
        if _raw_current_value is UNSET:
            current_value = missing_required("HumanReviewTaskDetailDecisionsItem", "currentValue")
        else:
            current_value = _raw_current_value

        _raw_required = d.pop("required", UNSET)
        if _raw_required is UNSET:
            required = missing_required("HumanReviewTaskDetailDecisionsItem", "required")
        else:
            required = _raw_required

        _raw_reason = d.pop("reason", UNSET)
        if _raw_reason is UNSET:
            reason = missing_required("HumanReviewTaskDetailDecisionsItem", "reason")
        else:
            reason = HumanReviewTaskDetailDecisionsItemReason(_raw_reason)

        _raw_confirmed_by = d.pop("confirmedBy", UNSET)
        if _raw_confirmed_by is UNSET:
            confirmed_by = missing_required("HumanReviewTaskDetailDecisionsItem", "confirmedBy")
        else:
            confirmed_by = _raw_confirmed_by

        _raw_confirmed_at = d.pop("confirmedAt", UNSET)
        if _raw_confirmed_at is UNSET:
            confirmed_at = missing_required("HumanReviewTaskDetailDecisionsItem", "confirmedAt")
        else:
            confirmed_at = _raw_confirmed_at

        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("HumanReviewTaskDetailDecisionsItem", "version")
        else:
            version = _raw_version

        human_review_task_detail_decisions_item = cls(
            id=id,
            path=path,
            original_value=original_value,
            current_value=current_value,
            required=required,
            reason=reason,
            confirmed_by=confirmed_by,
            confirmed_at=confirmed_at,
            version=version,
        )

        human_review_task_detail_decisions_item.additional_properties = d
        return human_review_task_detail_decisions_item

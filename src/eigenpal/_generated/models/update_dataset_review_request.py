from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_dataset_review_request_status import UpdateDatasetReviewRequestStatus
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="UpdateDatasetReviewRequest")


@_attrs_define(repr=False)
class UpdateDatasetReviewRequest(Model):
    """Partial update of a labelling round: its title, instructions, focus and ignored fields, or its `status`, for example
    to close or cancel it.

    """

    title: str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    focus_fields: list[DatasetReviewFocusField] | Unset = UNSET
    ignored_fields: list[str] | Unset = UNSET
    status: UpdateDatasetReviewRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "title": "title",
        "instructions": "instructions",
        "focusFields": "focus_fields",
        "ignoredFields": "ignored_fields",
        "status": "status",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "UpdateDatasetReviewRequest"
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
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        focus_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.focus_fields, Unset):
            focus_fields = []
            for focus_fields_item_data in self.focus_fields:
                focus_fields_item = focus_fields_item_data.to_dict()
                focus_fields.append(focus_fields_item)

        if focus_fields is not UNSET:
            field_dict["focusFields"] = focus_fields

        ignored_fields: list[str] | Unset = UNSET
        if not isinstance(self.ignored_fields, Unset):
            ignored_fields = self.ignored_fields

        if ignored_fields is not UNSET:
            field_dict["ignoredFields"] = ignored_fields

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _raw_instructions = d.pop("instructions", UNSET)
        instructions = _raw_instructions

        _focus_fields = d.pop("focusFields", UNSET)
        focus_fields: list[DatasetReviewFocusField] | Unset = UNSET
        if _focus_fields is not UNSET:
            focus_fields = []
            for focus_fields_item_data in _focus_fields:
                focus_fields_item = DatasetReviewFocusField.from_dict(focus_fields_item_data)

                focus_fields.append(focus_fields_item)

        ignored_fields = cast(list[str], d.pop("ignoredFields", UNSET))

        _status = d.pop("status", UNSET)
        status: UpdateDatasetReviewRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateDatasetReviewRequestStatus(_status)

        update_dataset_review_request = cls(
            title=title,
            instructions=instructions,
            focus_fields=focus_fields,
            ignored_fields=ignored_fields,
            status=status,
        )

        update_dataset_review_request.additional_properties = d
        return update_dataset_review_request


from ..models.dataset_review_focus_field import DatasetReviewFocusField  # noqa: E402

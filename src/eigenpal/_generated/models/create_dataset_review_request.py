from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_dataset_review_request_status import CreateDatasetReviewRequestStatus
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="CreateDatasetReviewRequest")


@_attrs_define(repr=False)
class CreateDatasetReviewRequest(Model):
    title: str
    example_names: list[str]
    instructions: None | str | Unset = UNSET
    focus_fields: list[DatasetReviewFocusField] | Unset = UNSET
    ignored_fields: list[str] | Unset = UNSET
    item_notes: list[DatasetReviewCreateItemNote] | Unset = UNSET
    status: CreateDatasetReviewRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "title": "title",
        "exampleNames": "example_names",
        "instructions": "instructions",
        "focusFields": "focus_fields",
        "ignoredFields": "ignored_fields",
        "itemNotes": "item_notes",
        "status": "status",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "exampleNames",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "CreateDatasetReviewRequest"
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
        if not isinstance(self.title, Unset):
            title = self.title
            field_dict["title"] = title

        if not isinstance(self.example_names, Unset):
            example_names = self.example_names

            field_dict["exampleNames"] = example_names

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

        item_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_notes, Unset):
            item_notes = []
            for item_notes_item_data in self.item_notes:
                item_notes_item = item_notes_item_data.to_dict()
                item_notes.append(item_notes_item)

        if item_notes is not UNSET:
            field_dict["itemNotes"] = item_notes

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
        _raw_title = d.pop("title", UNSET)
        if _raw_title is UNSET:
            title = missing_required("CreateDatasetReviewRequest", "title")
        else:
            title = _raw_title

        _raw_example_names = d.pop("exampleNames", UNSET)
        if _raw_example_names is UNSET:
            example_names = missing_required("CreateDatasetReviewRequest", "exampleNames")
        else:
            example_names = cast(list[str], _raw_example_names)

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

        _item_notes = d.pop("itemNotes", UNSET)
        item_notes: list[DatasetReviewCreateItemNote] | Unset = UNSET
        if _item_notes is not UNSET:
            item_notes = []
            for item_notes_item_data in _item_notes:
                item_notes_item = DatasetReviewCreateItemNote.from_dict(item_notes_item_data)

                item_notes.append(item_notes_item)

        _status = d.pop("status", UNSET)
        status: CreateDatasetReviewRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateDatasetReviewRequestStatus(_status)

        create_dataset_review_request = cls(
            title=title,
            example_names=example_names,
            instructions=instructions,
            focus_fields=focus_fields,
            ignored_fields=ignored_fields,
            item_notes=item_notes,
            status=status,
        )

        create_dataset_review_request.additional_properties = d
        return create_dataset_review_request


from ..models.dataset_review_create_item_note import DatasetReviewCreateItemNote  # noqa: E402
from ..models.dataset_review_focus_field import DatasetReviewFocusField  # noqa: E402

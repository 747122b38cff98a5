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

T = TypeVar("T", bound="DatasetReviewCreateItemNote")


@_attrs_define(repr=False)
class DatasetReviewCreateItemNote(Model):
    example_name: str
    comment: None | str | Unset = UNSET
    fields: list[DatasetReviewItemFieldNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "exampleName": "example_name",
        "comment": "comment",
        "fields": "fields",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "exampleName",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewCreateItemNote"
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
        if not isinstance(self.example_name, Unset):
            example_name = self.example_name
            field_dict["exampleName"] = example_name

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment
        if comment is not UNSET:
            field_dict["comment"] = comment

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        if fields is not UNSET:
            field_dict["fields"] = fields

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_example_name = d.pop("exampleName", UNSET)
        if _raw_example_name is UNSET:
            example_name = missing_required("DatasetReviewCreateItemNote", "exampleName")
        else:
            example_name = _raw_example_name

        _raw_comment = d.pop("comment", UNSET)
        comment = _raw_comment

        _fields = d.pop("fields", UNSET)
        fields: list[DatasetReviewItemFieldNote] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = DatasetReviewItemFieldNote.from_dict(fields_item_data)

                fields.append(fields_item)

        dataset_review_create_item_note = cls(
            example_name=example_name,
            comment=comment,
            fields=fields,
        )

        dataset_review_create_item_note.additional_properties = d
        return dataset_review_create_item_note


from ..models.dataset_review_item_field_note import DatasetReviewItemFieldNote  # noqa: E402

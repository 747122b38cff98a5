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

T = TypeVar("T", bound="DatasetReviewItemResponse")


@_attrs_define(repr=False)
class DatasetReviewItemResponse(Model):
    """The review item as it stands after a reviewer's decision was recorded."""

    item: DatasetReviewItem
    """ One example under review: snapshots of its input, expected output and files, the current expected values and
    files, per-field and per-file decisions, its status and an `inputDrifted` flag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "item": "item",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "item",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewItemResponse"
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
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()
            field_dict["item"] = item

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_item = d.pop("item", UNSET)
        if _raw_item is UNSET:
            item = missing_required("DatasetReviewItemResponse", "item")
        else:
            item = DatasetReviewItem.from_dict(_raw_item)

        dataset_review_item_response = cls(
            item=item,
        )

        dataset_review_item_response.additional_properties = d
        return dataset_review_item_response


from ..models.dataset_review_item import DatasetReviewItem  # noqa: E402

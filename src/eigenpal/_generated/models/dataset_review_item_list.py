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

T = TypeVar("T", bound="DatasetReviewItemList")


@_attrs_define(repr=False)
class DatasetReviewItemList(Model):
    """The items of one labelling round, each with the decisions made on it so far."""

    items_: list[DatasetReviewItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "items": "items_",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetReviewItemList"
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
        if not isinstance(self.items_, Unset):
            items_ = []
            for items_item_data in self.items_:
                items_item = items_item_data.to_dict()
                items_.append(items_item)

            field_dict["items"] = items_

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_items_ = d.pop("items", UNSET)
        if _raw_items_ is UNSET:
            items_ = missing_required("DatasetReviewItemList", "items")
        else:
            items_ = []
            _items_ = _raw_items_
            for items_item_data in _items_:
                items_item = DatasetReviewItem.from_dict(items_item_data)

                items_.append(items_item)

        dataset_review_item_list = cls(
            items_=items_,
        )

        dataset_review_item_list.additional_properties = d
        return dataset_review_item_list


from ..models.dataset_review_item import DatasetReviewItem  # noqa: E402

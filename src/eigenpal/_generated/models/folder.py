from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.folder_type import FolderType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="Folder")


@_attrs_define(repr=False)
class Folder(Model):
    """A folder grouping workflows or templates (`type`): its parent (null at the top level), name and creation time, with
    optional child and workflow counts and a preview of what it holds.

    """

    id: str
    parent_id: None | str
    type_: FolderType
    """ What a folder holds: `workflow` folders group automations, `template` folders group document templates. """
    name: str
    created_at: str
    child_count: int | Unset = UNSET
    workflow_count: int | Unset = UNSET
    preview_items: list[FolderPreviewItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "parentId": "parent_id",
        "type": "type_",
        "name": "name",
        "createdAt": "created_at",
        "childCount": "child_count",
        "workflowCount": "workflow_count",
        "previewItems": "preview_items",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "parentId",
            "type",
            "name",
            "createdAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "Folder"
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

        if not isinstance(self.parent_id, Unset):
            parent_id: None | str
            parent_id = self.parent_id
            field_dict["parentId"] = parent_id

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        child_count = self.child_count
        if child_count is not UNSET:
            field_dict["childCount"] = child_count

        workflow_count = self.workflow_count
        if workflow_count is not UNSET:
            field_dict["workflowCount"] = workflow_count

        preview_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preview_items, Unset):
            preview_items = []
            for preview_items_item_data in self.preview_items:
                preview_items_item = preview_items_item_data.to_dict()
                preview_items.append(preview_items_item)

        if preview_items is not UNSET:
            field_dict["previewItems"] = preview_items

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("Folder", "id")
        else:
            id = _raw_id

        _raw_parent_id = d.pop("parentId", UNSET)
        if _raw_parent_id is UNSET:
            parent_id = missing_required("Folder", "parentId")
        else:
            parent_id = _raw_parent_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("Folder", "type")
        else:
            type_ = FolderType(_raw_type_)

        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("Folder", "name")
        else:
            name = _raw_name

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("Folder", "createdAt")
        else:
            created_at = _raw_created_at

        child_count = d.pop("childCount", UNSET)

        workflow_count = d.pop("workflowCount", UNSET)

        _preview_items = d.pop("previewItems", UNSET)
        preview_items: list[FolderPreviewItemsItem] | Unset = UNSET
        if _preview_items is not UNSET:
            preview_items = []
            for preview_items_item_data in _preview_items:
                preview_items_item = FolderPreviewItemsItem.from_dict(preview_items_item_data)

                preview_items.append(preview_items_item)

        folder = cls(
            id=id,
            parent_id=parent_id,
            type_=type_,
            name=name,
            created_at=created_at,
            child_count=child_count,
            workflow_count=workflow_count,
            preview_items=preview_items,
        )

        folder.additional_properties = d
        return folder


from ..models.folder_preview_items_item import FolderPreviewItemsItem  # noqa: E402

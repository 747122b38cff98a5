from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.created_template_tokens_item_kind import CreatedTemplateTokensItemKind
from ..models.created_template_tokens_item_type import CreatedTemplateTokensItemType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="CreatedTemplateTokensItem")


@_attrs_define(repr=False)
class CreatedTemplateTokensItem(Model):
    name: str
    path: list[str] | Unset = UNSET
    kind: CreatedTemplateTokensItemKind | Unset = UNSET
    type_: CreatedTemplateTokensItemType | Unset = UNSET
    required: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "path": "path",
        "kind": "kind",
        "type": "type_",
        "required": "required",
        "description": "description",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
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
        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        path: list[str] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path

        if path is not UNSET:
            field_dict["path"] = path

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        required = self.required
        if required is not UNSET:
            field_dict["required"] = required

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("CreatedTemplateTokensItem", "name")
        else:
            name = _raw_name

        path = cast(list[str], d.pop("path", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: CreatedTemplateTokensItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CreatedTemplateTokensItemKind(_kind)

        _type_ = d.pop("type", UNSET)
        type_: CreatedTemplateTokensItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreatedTemplateTokensItemType(_type_)

        required = d.pop("required", UNSET)

        description = d.pop("description", UNSET)

        created_template_tokens_item = cls(
            name=name,
            path=path,
            kind=kind,
            type_=type_,
            required=required,
            description=description,
        )

        created_template_tokens_item.additional_properties = d
        return created_template_tokens_item

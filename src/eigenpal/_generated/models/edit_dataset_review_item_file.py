from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    FileTypes,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
    unexpected_const,
)

T = TypeVar("T", bound="EditDatasetReviewItemFile")


@_attrs_define(repr=False)
class EditDatasetReviewItemFile(Model):
    expected_updated_at: str
    action: Literal["edit-file"] | Unset = UNSET
    file: File | Unset = UNSET
    file_path: str | Unset = UNSET
    new_path: str | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def expected_updated_at_datetime(self) -> datetime.datetime | None:
        """``expectedUpdatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.expected_updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "expectedUpdatedAt": "expected_updated_at",
        "action": "action",
        "file": "file",
        "filePath": "file_path",
        "newPath": "new_path",
        "comment": "comment",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "expectedUpdatedAt",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "EditDatasetReviewItemFile"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "action": "edit-file",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        if "action" in data and data["action"] != "edit-file":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.expected_updated_at, Unset):
            expected_updated_at = self.expected_updated_at
            field_dict["expectedUpdatedAt"] = expected_updated_at

        action = self.action
        if action is not UNSET:
            field_dict["action"] = action

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        if file is not UNSET:
            field_dict["file"] = file

        file_path = self.file_path
        if file_path is not UNSET:
            field_dict["filePath"] = file_path

        new_path = self.new_path
        if new_path is not UNSET:
            field_dict["newPath"] = new_path

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment
        if comment is not UNSET:
            field_dict["comment"] = comment

        field_dict.update(self.additional_properties)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """The multipart parts of this body, in field order; file payloads are streamed, not read."""
        files: types.RequestFiles = []

        files.append(("expectedUpdatedAt", (None, str(self.expected_updated_at).encode(), "text/plain")))

        if not isinstance(self.action, Unset):
            files.append(("action", (None, self.action, "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.file_path, Unset):
            files.append(("filePath", (None, str(self.file_path).encode(), "text/plain")))

        if not isinstance(self.new_path, Unset):
            files.append(("newPath", (None, str(self.new_path).encode(), "text/plain")))

        if not isinstance(self.comment, Unset):
            if isinstance(self.comment, str):
                files.append(("comment", (None, str(self.comment).encode(), "text/plain")))
            else:
                files.append(("comment", (None, str(self.comment).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_expected_updated_at = d.pop("expectedUpdatedAt", UNSET)
        if _raw_expected_updated_at is UNSET:
            expected_updated_at = missing_required("EditDatasetReviewItemFile", "expectedUpdatedAt")
        else:
            expected_updated_at = _raw_expected_updated_at

        action = cast(Literal["edit-file"] | Unset, d.pop("action", UNSET))
        if action != "edit-file" and not isinstance(action, Unset):
            unexpected_const(cls.__name__, "action", "edit-file", action)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        file_path = d.pop("filePath", UNSET)

        new_path = d.pop("newPath", UNSET)

        _raw_comment = d.pop("comment", UNSET)
        comment = _raw_comment

        edit_dataset_review_item_file = cls(
            expected_updated_at=expected_updated_at,
            action=action,
            file=file,
            file_path=file_path,
            new_path=new_path,
            comment=comment,
        )

        edit_dataset_review_item_file.additional_properties = d
        return edit_dataset_review_item_file

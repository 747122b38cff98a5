from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_review_task_detail_files_item_role import HumanReviewTaskDetailFilesItemRole
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="HumanReviewTaskDetailFilesItem")


@_attrs_define(repr=False)
class HumanReviewTaskDetailFilesItem(Model):
    file_id: str
    filename: str
    artifact_path: str
    mime_type: str | Unset = UNSET
    size: int | Unset = UNSET
    field_name: str | Unset = UNSET
    role: HumanReviewTaskDetailFilesItemRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "fileId": "file_id",
        "filename": "filename",
        "artifactPath": "artifact_path",
        "mimeType": "mime_type",
        "size": "size",
        "fieldName": "field_name",
        "role": "role",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "fileId",
            "filename",
            "artifactPath",
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
        if not isinstance(self.file_id, Unset):
            file_id = self.file_id
            field_dict["fileId"] = file_id

        if not isinstance(self.filename, Unset):
            filename = self.filename
            field_dict["filename"] = filename

        if not isinstance(self.artifact_path, Unset):
            artifact_path = self.artifact_path
            field_dict["artifactPath"] = artifact_path

        mime_type = self.mime_type
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        field_name = self.field_name
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        if role is not UNSET:
            field_dict["role"] = role

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_file_id = d.pop("fileId", UNSET)
        if _raw_file_id is UNSET:
            file_id = missing_required("HumanReviewTaskDetailFilesItem", "fileId")
        else:
            file_id = _raw_file_id

        _raw_filename = d.pop("filename", UNSET)
        if _raw_filename is UNSET:
            filename = missing_required("HumanReviewTaskDetailFilesItem", "filename")
        else:
            filename = _raw_filename

        _raw_artifact_path = d.pop("artifactPath", UNSET)
        if _raw_artifact_path is UNSET:
            artifact_path = missing_required("HumanReviewTaskDetailFilesItem", "artifactPath")
        else:
            artifact_path = _raw_artifact_path

        mime_type = d.pop("mimeType", UNSET)

        size = d.pop("size", UNSET)

        field_name = d.pop("fieldName", UNSET)

        _role = d.pop("role", UNSET)
        role: HumanReviewTaskDetailFilesItemRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = HumanReviewTaskDetailFilesItemRole(_role)

        human_review_task_detail_files_item = cls(
            file_id=file_id,
            filename=filename,
            artifact_path=artifact_path,
            mime_type=mime_type,
            size=size,
            field_name=field_name,
            role=role,
        )

        human_review_task_detail_files_item.additional_properties = d
        return human_review_task_detail_files_item

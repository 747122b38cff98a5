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

T = TypeVar("T", bound="RunArtifact")


@_attrs_define(repr=False)
class RunArtifact(Model):
    """A downloadable file produced by or attached to a run."""

    name: str
    role: str
    path: str
    step_name: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "role": "role",
        "path": "path",
        "stepName": "step_name",
        "contentType": "content_type",
        "size": "size",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "role",
            "path",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunArtifact"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.name, Unset):
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.role, Unset):
            role = self.role
            field_dict["role"] = role

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        step_name = self.step_name
        if step_name is not UNSET:
            field_dict["stepName"] = step_name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type
        if content_type is not UNSET:
            field_dict["contentType"] = content_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        if _raw_name is UNSET:
            name = missing_required("RunArtifact", "name")
        else:
            name = _raw_name

        _raw_role = d.pop("role", UNSET)
        if _raw_role is UNSET:
            role = missing_required("RunArtifact", "role")
        else:
            role = _raw_role

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("RunArtifact", "path")
        else:
            path = _raw_path

        step_name = d.pop("stepName", UNSET)

        _raw_content_type = d.pop("contentType", UNSET)
        content_type = _raw_content_type

        _raw_size = d.pop("size", UNSET)
        size = _raw_size

        run_artifact = cls(
            name=name,
            role=role,
            path=path,
            step_name=step_name,
            content_type=content_type,
            size=size,
        )

        run_artifact.additional_properties = d
        return run_artifact

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

T = TypeVar("T", bound="RunInput")


@_attrs_define(repr=False)
class RunInput(Model):
    """The input a run was started with (`expand=input`)."""

    args: Any
    files: list[RunFile] | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "args": "args",
        "files": "files",
        "metadata": "metadata",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "args",
        }
    )
    _CLOSED: ClassVar[bool] = True
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
        if not isinstance(self.args, Unset):
            args = self.args
            field_dict["args"] = args

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        if files is not UNSET:
            field_dict["files"] = files

        metadata = self.metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_args = d.pop("args", UNSET)
        if _raw_args is UNSET:
            args = missing_required("RunInput", "args")
        else:
            args = _raw_args

        _files = d.pop("files", UNSET)
        files: list[RunFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = RunFile.from_dict(files_item_data)

                files.append(files_item)

        metadata = d.pop("metadata", UNSET)

        run_input = cls(
            args=args,
            files=files,
            metadata=metadata,
        )

        run_input.additional_properties = d
        return run_input


from ..models.run_file import RunFile  # noqa: E402

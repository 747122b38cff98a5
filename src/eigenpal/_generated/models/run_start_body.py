from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunStartBody")


@_attrs_define(repr=False)
class RunStartBody(Model):
    """JSON body that starts a run: the target automation, its input, file references, step overrides and free-form
    metadata.

    """

    target: str
    tags: list[str] | str | Unset = UNSET
    input_: RunStartBodyInput | Unset = UNSET
    files: RunStartBodyFiles | Unset = UNSET
    """ File-ref object, or array of file-ref objects. """
    overrides: RunStartBodyOverrides | Unset = UNSET
    metadata: RunStartBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "target": "target",
        "tags": "tags",
        "input": "input_",
        "files": "files",
        "overrides": "overrides",
        "metadata": "metadata",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "target",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunStartBody"
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
        if not isinstance(self.target, Unset):
            target = self.target
            field_dict["target"] = target

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = tags

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()
        if input_ is not UNSET:
            field_dict["input"] = input_

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()
        if files is not UNSET:
            field_dict["files"] = files

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_target = d.pop("target", UNSET)
        if _raw_target is UNSET:
            target = missing_required("RunStartBody", "target")
        else:
            target = _raw_target

        def _parse_tags(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        _input_ = d.pop("input", UNSET)
        input_: RunStartBodyInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RunStartBodyInput.from_dict(_input_)

        _files = d.pop("files", UNSET)
        files: RunStartBodyFiles | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = RunStartBodyFiles.from_dict(_files)

        _overrides = d.pop("overrides", UNSET)
        overrides: RunStartBodyOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = RunStartBodyOverrides.from_dict(_overrides)

        _metadata = d.pop("metadata", UNSET)
        metadata: RunStartBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunStartBodyMetadata.from_dict(_metadata)

        run_start_body = cls(
            target=target,
            tags=tags,
            input_=input_,
            files=files,
            overrides=overrides,
            metadata=metadata,
        )

        run_start_body.additional_properties = d
        return run_start_body


from ..models.run_start_body_files import RunStartBodyFiles  # noqa: E402
from ..models.run_start_body_input import RunStartBodyInput  # noqa: E402
from ..models.run_start_body_metadata import RunStartBodyMetadata  # noqa: E402
from ..models.run_start_body_overrides import RunStartBodyOverrides  # noqa: E402

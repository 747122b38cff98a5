from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunStartMultipartRequest")


@_attrs_define(repr=False)
class RunStartMultipartRequest(Model):
    """Multipart body that starts a run with file inputs: `target`, JSON-encoded `input`/`overrides`/`metadata` parts, and
    one `files.<inputKey>` part per file input.

    """

    target: str
    tags: str | Unset = UNSET
    input_: str | Unset = UNSET
    overrides: str | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "target": "target",
        "tags": "tags",
        "input": "input_",
        "overrides": "overrides",
        "metadata": "metadata",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "target",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunStartMultipartRequest"
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

        tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = tags

        input_ = self.input_
        if input_ is not UNSET:
            field_dict["input"] = input_

        overrides = self.overrides
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        metadata = self.metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        field_dict.update(self.additional_properties)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """The multipart parts of this body, in field order; file payloads are streamed, not read."""
        files: types.RequestFiles = []

        files.append(("target", (None, str(self.target).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags", (None, str(self.tags).encode(), "text/plain")))

        if not isinstance(self.input_, Unset):
            files.append(("input", (None, str(self.input_).encode(), "application/json")))

        if not isinstance(self.overrides, Unset):
            files.append(("overrides", (None, str(self.overrides).encode(), "application/json")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_target = d.pop("target", UNSET)
        if _raw_target is UNSET:
            target = missing_required("RunStartMultipartRequest", "target")
        else:
            target = _raw_target

        tags = d.pop("tags", UNSET)

        input_ = d.pop("input", UNSET)

        overrides = d.pop("overrides", UNSET)

        metadata = d.pop("metadata", UNSET)

        run_start_multipart_request = cls(
            target=target,
            tags=tags,
            input_=input_,
            overrides=overrides,
            metadata=metadata,
        )

        run_start_multipart_request.additional_properties = d
        return run_start_multipart_request

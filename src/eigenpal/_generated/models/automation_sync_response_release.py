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

T = TypeVar("T", bound="AutomationSyncResponseRelease")


@_attrs_define(repr=False)
class AutomationSyncResponseRelease(Model):
    version: str
    tag: str
    commit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "version": "version",
        "tag": "tag",
        "commit": "commit",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "version",
            "tag",
            "commit",
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
        if not isinstance(self.version, Unset):
            version = self.version
            field_dict["version"] = version

        if not isinstance(self.tag, Unset):
            tag = self.tag
            field_dict["tag"] = tag

        if not isinstance(self.commit, Unset):
            commit = self.commit
            field_dict["commit"] = commit

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_version = d.pop("version", UNSET)
        if _raw_version is UNSET:
            version = missing_required("AutomationSyncResponseRelease", "version")
        else:
            version = _raw_version

        _raw_tag = d.pop("tag", UNSET)
        if _raw_tag is UNSET:
            tag = missing_required("AutomationSyncResponseRelease", "tag")
        else:
            tag = _raw_tag

        _raw_commit = d.pop("commit", UNSET)
        if _raw_commit is UNSET:
            commit = missing_required("AutomationSyncResponseRelease", "commit")
        else:
            commit = _raw_commit

        automation_sync_response_release = cls(
            version=version,
            tag=tag,
            commit=commit,
        )

        automation_sync_response_release.additional_properties = d
        return automation_sync_response_release

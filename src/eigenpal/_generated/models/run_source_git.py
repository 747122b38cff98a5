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

T = TypeVar("T", bound="RunSourceGit")


@_attrs_define(repr=False)
class RunSourceGit(Model):
    """The Git ref a run was requested at and what it resolved to."""

    requested_ref: None | str
    resolved_ref: None | str
    resolved_tag: None | str
    commit_sha: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "requestedRef": "requested_ref",
        "resolvedRef": "resolved_ref",
        "resolvedTag": "resolved_tag",
        "commitSha": "commit_sha",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "requestedRef",
            "resolvedRef",
            "resolvedTag",
            "commitSha",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunSourceGit"
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
        if not isinstance(self.requested_ref, Unset):
            requested_ref: None | str
            requested_ref = self.requested_ref
            field_dict["requestedRef"] = requested_ref

        if not isinstance(self.resolved_ref, Unset):
            resolved_ref: None | str
            resolved_ref = self.resolved_ref
            field_dict["resolvedRef"] = resolved_ref

        if not isinstance(self.resolved_tag, Unset):
            resolved_tag: None | str
            resolved_tag = self.resolved_tag
            field_dict["resolvedTag"] = resolved_tag

        if not isinstance(self.commit_sha, Unset):
            commit_sha: None | str
            commit_sha = self.commit_sha
            field_dict["commitSha"] = commit_sha

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_requested_ref = d.pop("requestedRef", UNSET)
        if _raw_requested_ref is UNSET:
            requested_ref = missing_required("RunSourceGit", "requestedRef")
        else:
            requested_ref = _raw_requested_ref

        _raw_resolved_ref = d.pop("resolvedRef", UNSET)
        if _raw_resolved_ref is UNSET:
            resolved_ref = missing_required("RunSourceGit", "resolvedRef")
        else:
            resolved_ref = _raw_resolved_ref

        _raw_resolved_tag = d.pop("resolvedTag", UNSET)
        if _raw_resolved_tag is UNSET:
            resolved_tag = missing_required("RunSourceGit", "resolvedTag")
        else:
            resolved_tag = _raw_resolved_tag

        _raw_commit_sha = d.pop("commitSha", UNSET)
        if _raw_commit_sha is UNSET:
            commit_sha = missing_required("RunSourceGit", "commitSha")
        else:
            commit_sha = _raw_commit_sha

        run_source_git = cls(
            requested_ref=requested_ref,
            resolved_ref=resolved_ref,
            resolved_tag=resolved_tag,
            commit_sha=commit_sha,
        )

        run_source_git.additional_properties = d
        return run_source_git

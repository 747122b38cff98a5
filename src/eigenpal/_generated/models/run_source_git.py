from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="RunSourceGit")


@_attrs_define
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
    _CONSTS: ClassVar[dict[str, Any]] = {}

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
        if isinstance(_raw_requested_ref, Unset):
            requested_ref = missing_required("RunSourceGit", "requestedRef")
        else:

            def _parse_requested_ref(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            requested_ref = _parse_requested_ref(_raw_requested_ref)

        _raw_resolved_ref = d.pop("resolvedRef", UNSET)
        if isinstance(_raw_resolved_ref, Unset):
            resolved_ref = missing_required("RunSourceGit", "resolvedRef")
        else:

            def _parse_resolved_ref(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            resolved_ref = _parse_resolved_ref(_raw_resolved_ref)

        _raw_resolved_tag = d.pop("resolvedTag", UNSET)
        if isinstance(_raw_resolved_tag, Unset):
            resolved_tag = missing_required("RunSourceGit", "resolvedTag")
        else:

            def _parse_resolved_tag(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            resolved_tag = _parse_resolved_tag(_raw_resolved_tag)

        _raw_commit_sha = d.pop("commitSha", UNSET)
        if isinstance(_raw_commit_sha, Unset):
            commit_sha = missing_required("RunSourceGit", "commitSha")
        else:

            def _parse_commit_sha(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            commit_sha = _parse_commit_sha(_raw_commit_sha)

        run_source_git = cls(
            requested_ref=requested_ref,
            resolved_ref=resolved_ref,
            resolved_tag=resolved_tag,
            commit_sha=commit_sha,
        )

        run_source_git.additional_properties = d
        return run_source_git

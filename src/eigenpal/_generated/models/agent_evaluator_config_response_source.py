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

T = TypeVar("T", bound="AgentEvaluatorConfigResponseSource")


@_attrs_define(repr=False)
class AgentEvaluatorConfigResponseSource(Model):
    path: str
    ref: str
    commit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "path": "path",
        "ref": "ref",
        "commit": "commit",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "path",
            "ref",
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
        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        if not isinstance(self.ref, Unset):
            ref = self.ref
            field_dict["ref"] = ref

        if not isinstance(self.commit, Unset):
            commit = self.commit
            field_dict["commit"] = commit

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("AgentEvaluatorConfigResponseSource", "path")
        else:
            path = _raw_path

        _raw_ref = d.pop("ref", UNSET)
        if _raw_ref is UNSET:
            ref = missing_required("AgentEvaluatorConfigResponseSource", "ref")
        else:
            ref = _raw_ref

        _raw_commit = d.pop("commit", UNSET)
        if _raw_commit is UNSET:
            commit = missing_required("AgentEvaluatorConfigResponseSource", "commit")
        else:
            commit = _raw_commit

        agent_evaluator_config_response_source = cls(
            path=path,
            ref=ref,
            commit=commit,
        )

        agent_evaluator_config_response_source.additional_properties = d
        return agent_evaluator_config_response_source

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

T = TypeVar("T", bound="RunArtifactsResponse")


@_attrs_define(repr=False)
class RunArtifactsResponse(Model):
    """The downloadable artifacts of a run."""

    artifacts: list[RunArtifact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "artifacts": "artifacts",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "artifacts",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunArtifactsResponse"
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
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

            field_dict["artifacts"] = artifacts

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_artifacts = d.pop("artifacts", UNSET)
        if _raw_artifacts is UNSET:
            artifacts = missing_required("RunArtifactsResponse", "artifacts")
        else:
            artifacts = []
            _artifacts = _raw_artifacts
            for artifacts_item_data in _artifacts:
                artifacts_item = RunArtifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        run_artifacts_response = cls(
            artifacts=artifacts,
        )

        run_artifacts_response.additional_properties = d
        return run_artifacts_response


from ..models.run_artifact import RunArtifact  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_request_corrections_item_kind import RunReviewRequestCorrectionsItemKind
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunReviewRequestCorrectionsItem")


@_attrs_define(repr=False)
class RunReviewRequestCorrectionsItem(Model):
    kind: RunReviewRequestCorrectionsItemKind
    path: str
    id: str | Unset = UNSET
    label: None | str | Unset = UNSET
    original_value: Any | Unset = UNSET
    corrected_value: Any | Unset = UNSET
    note: None | str | Unset = UNSET
    corrected_artifact_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "path": "path",
        "id": "id",
        "label": "label",
        "originalValue": "original_value",
        "correctedValue": "corrected_value",
        "note": "note",
        "correctedArtifactPath": "corrected_artifact_path",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "path",
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
        if not isinstance(self.kind, Unset):
            kind = self.kind.value
            field_dict["kind"] = kind

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        original_value = self.original_value
        if original_value is not UNSET:
            field_dict["originalValue"] = original_value

        corrected_value = self.corrected_value
        if corrected_value is not UNSET:
            field_dict["correctedValue"] = corrected_value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        corrected_artifact_path: None | str | Unset
        if isinstance(self.corrected_artifact_path, Unset):
            corrected_artifact_path = UNSET
        else:
            corrected_artifact_path = self.corrected_artifact_path
        if corrected_artifact_path is not UNSET:
            field_dict["correctedArtifactPath"] = corrected_artifact_path

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("RunReviewRequestCorrectionsItem", "kind")
        else:
            kind = RunReviewRequestCorrectionsItemKind(_raw_kind)

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("RunReviewRequestCorrectionsItem", "path")
        else:
            path = _raw_path

        id = d.pop("id", UNSET)

        _raw_label = d.pop("label", UNSET)
        label = _raw_label

        original_value = d.pop("originalValue", UNSET)

        corrected_value = d.pop("correctedValue", UNSET)

        _raw_note = d.pop("note", UNSET)
        note = _raw_note

        _raw_corrected_artifact_path = d.pop("correctedArtifactPath", UNSET)
        corrected_artifact_path = _raw_corrected_artifact_path

        run_review_request_corrections_item = cls(
            kind=kind,
            path=path,
            id=id,
            label=label,
            original_value=original_value,
            corrected_value=corrected_value,
            note=note,
            corrected_artifact_path=corrected_artifact_path,
        )

        run_review_request_corrections_item.additional_properties = d
        return run_review_request_corrections_item

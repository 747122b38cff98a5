from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_correction_kind import RunReviewCorrectionKind
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="RunReviewCorrection")


@_attrs_define(repr=False)
class RunReviewCorrection(Model):
    """One correction in a run's review, to a field or a file (`kind`) at a path, with a note and, where known, the
    original and corrected value.

    """

    id: str
    kind: RunReviewCorrectionKind
    path: str
    label: None | str
    note: str
    created_at: str
    updated_at: str
    original_value: Any | None | Unset = UNSET
    corrected_value: Any | None | Unset = UNSET
    corrected_artifact_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """``createdAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_datetime(self) -> datetime.datetime | None:
        """``updatedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.updated_at)

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "kind": "kind",
        "path": "path",
        "label": "label",
        "note": "note",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "originalValue": "original_value",
        "correctedValue": "corrected_value",
        "correctedArtifactPath": "corrected_artifact_path",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "kind",
            "path",
            "label",
            "note",
            "createdAt",
            "updatedAt",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewCorrection"
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
        if not isinstance(self.id, Unset):
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.kind, Unset):
            kind = self.kind.value
            field_dict["kind"] = kind

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        if not isinstance(self.label, Unset):
            label: None | str
            label = self.label
            field_dict["label"] = label

        if not isinstance(self.note, Unset):
            note = self.note
            field_dict["note"] = note

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        original_value: Any | None | Unset
        if isinstance(self.original_value, Unset):
            original_value = UNSET
        else:
            original_value = self.original_value
        if original_value is not UNSET:
            field_dict["originalValue"] = original_value

        corrected_value: Any | None | Unset
        if isinstance(self.corrected_value, Unset):
            corrected_value = UNSET
        else:
            corrected_value = self.corrected_value
        if corrected_value is not UNSET:
            field_dict["correctedValue"] = corrected_value

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
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunReviewCorrection", "id")
        else:
            id = _raw_id

        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is UNSET:
            kind = missing_required("RunReviewCorrection", "kind")
        else:
            kind = RunReviewCorrectionKind(_raw_kind)

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("RunReviewCorrection", "path")
        else:
            path = _raw_path

        _raw_label = d.pop("label", UNSET)
        if _raw_label is UNSET:
            label = missing_required("RunReviewCorrection", "label")
        else:
            label = _raw_label

        _raw_note = d.pop("note", UNSET)
        if _raw_note is UNSET:
            note = missing_required("RunReviewCorrection", "note")
        else:
            note = _raw_note

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("RunReviewCorrection", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("RunReviewCorrection", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_original_value = d.pop("originalValue", UNSET)
        original_value = _raw_original_value

        _raw_corrected_value = d.pop("correctedValue", UNSET)
        corrected_value = _raw_corrected_value

        _raw_corrected_artifact_path = d.pop("correctedArtifactPath", UNSET)
        corrected_artifact_path = _raw_corrected_artifact_path

        run_review_correction = cls(
            id=id,
            kind=kind,
            path=path,
            label=label,
            note=note,
            created_at=created_at,
            updated_at=updated_at,
            original_value=original_value,
            corrected_value=corrected_value,
            corrected_artifact_path=corrected_artifact_path,
        )

        run_review_correction.additional_properties = d
        return run_review_correction

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_status import RunReviewStatus
from ..models.run_review_verdict_type_0 import RunReviewVerdictType0
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    parse_timestamp,
)

T = TypeVar("T", bound="RunReview")


@_attrs_define(repr=False)
class RunReview(Model):
    """A person's review of a run: the `verdict`, the lifecycle `status`, a note, corrections and the corrected output,
    with who reviewed and who closed it.

    """

    id: str
    verdict: None | RunReviewVerdictType0
    status: RunReviewStatus
    """ Known values: `open`, `resolved`, `ignored`. """
    note: str
    reviewed_by: None | str
    reviewed_by_email: None | str
    reviewed_at: str
    closed_by: None | str
    closed_by_email: None | str
    closed_at: None | str
    closed_note: None | str
    created_at: str
    updated_at: str
    corrections: list[RunReviewCorrection]
    corrected_output: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    @property
    def reviewed_at_datetime(self) -> datetime.datetime | None:
        """``reviewedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.reviewed_at)

    @property
    def closed_at_datetime(self) -> datetime.datetime | None:
        """``closedAt`` as a timezone-aware ``datetime`` (UTC if sent without an offset); ``None`` when absent."""
        return parse_timestamp(self.closed_at)

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
        "verdict": "verdict",
        "status": "status",
        "note": "note",
        "reviewedBy": "reviewed_by",
        "reviewedByEmail": "reviewed_by_email",
        "reviewedAt": "reviewed_at",
        "closedBy": "closed_by",
        "closedByEmail": "closed_by_email",
        "closedAt": "closed_at",
        "closedNote": "closed_note",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "corrections": "corrections",
        "correctedOutput": "corrected_output",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "verdict",
            "status",
            "note",
            "reviewedBy",
            "reviewedByEmail",
            "reviewedAt",
            "closedBy",
            "closedByEmail",
            "closedAt",
            "closedNote",
            "createdAt",
            "updatedAt",
            "corrections",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReview"
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

        if not isinstance(self.verdict, Unset):
            verdict: None | str
            if isinstance(self.verdict, RunReviewVerdictType0):
                verdict = self.verdict.value
            else:
                verdict = self.verdict
            field_dict["verdict"] = verdict

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.note, Unset):
            note = self.note
            field_dict["note"] = note

        if not isinstance(self.reviewed_by, Unset):
            reviewed_by: None | str
            reviewed_by = self.reviewed_by
            field_dict["reviewedBy"] = reviewed_by

        if not isinstance(self.reviewed_by_email, Unset):
            reviewed_by_email: None | str
            reviewed_by_email = self.reviewed_by_email
            field_dict["reviewedByEmail"] = reviewed_by_email

        if not isinstance(self.reviewed_at, Unset):
            reviewed_at = self.reviewed_at
            field_dict["reviewedAt"] = reviewed_at

        if not isinstance(self.closed_by, Unset):
            closed_by: None | str
            closed_by = self.closed_by
            field_dict["closedBy"] = closed_by

        if not isinstance(self.closed_by_email, Unset):
            closed_by_email: None | str
            closed_by_email = self.closed_by_email
            field_dict["closedByEmail"] = closed_by_email

        if not isinstance(self.closed_at, Unset):
            closed_at: None | str
            closed_at = self.closed_at
            field_dict["closedAt"] = closed_at

        if not isinstance(self.closed_note, Unset):
            closed_note: None | str
            closed_note = self.closed_note
            field_dict["closedNote"] = closed_note

        if not isinstance(self.created_at, Unset):
            created_at = self.created_at
            field_dict["createdAt"] = created_at

        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
            field_dict["updatedAt"] = updated_at

        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

            field_dict["corrections"] = corrections

        corrected_output: Any | None | Unset
        if isinstance(self.corrected_output, Unset):
            corrected_output = UNSET
        else:
            corrected_output = self.corrected_output
        if corrected_output is not UNSET:
            field_dict["correctedOutput"] = corrected_output

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunReview", "id")
        else:
            id = _raw_id

        _raw_verdict = d.pop("verdict", UNSET)
        if _raw_verdict is UNSET:
            verdict = missing_required("RunReview", "verdict")
        else:

            def _parse_verdict(data: object) -> None | RunReviewVerdictType0:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    verdict_type_0 = RunReviewVerdictType0(data)

                    return verdict_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RunReviewVerdictType0, data)

            verdict = _parse_verdict(_raw_verdict)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("RunReview", "status")
        else:
            status = RunReviewStatus(_raw_status)

        _raw_note = d.pop("note", UNSET)
        if _raw_note is UNSET:
            note = missing_required("RunReview", "note")
        else:
            note = _raw_note

        _raw_reviewed_by = d.pop("reviewedBy", UNSET)
        if _raw_reviewed_by is UNSET:
            reviewed_by = missing_required("RunReview", "reviewedBy")
        else:
            reviewed_by = _raw_reviewed_by

        _raw_reviewed_by_email = d.pop("reviewedByEmail", UNSET)
        if _raw_reviewed_by_email is UNSET:
            reviewed_by_email = missing_required("RunReview", "reviewedByEmail")
        else:
            reviewed_by_email = _raw_reviewed_by_email

        _raw_reviewed_at = d.pop("reviewedAt", UNSET)
        if _raw_reviewed_at is UNSET:
            reviewed_at = missing_required("RunReview", "reviewedAt")
        else:
            reviewed_at = _raw_reviewed_at

        _raw_closed_by = d.pop("closedBy", UNSET)
        if _raw_closed_by is UNSET:
            closed_by = missing_required("RunReview", "closedBy")
        else:
            closed_by = _raw_closed_by

        _raw_closed_by_email = d.pop("closedByEmail", UNSET)
        if _raw_closed_by_email is UNSET:
            closed_by_email = missing_required("RunReview", "closedByEmail")
        else:
            closed_by_email = _raw_closed_by_email

        _raw_closed_at = d.pop("closedAt", UNSET)
        if _raw_closed_at is UNSET:
            closed_at = missing_required("RunReview", "closedAt")
        else:
            closed_at = _raw_closed_at

        _raw_closed_note = d.pop("closedNote", UNSET)
        if _raw_closed_note is UNSET:
            closed_note = missing_required("RunReview", "closedNote")
        else:
            closed_note = _raw_closed_note

        _raw_created_at = d.pop("createdAt", UNSET)
        if _raw_created_at is UNSET:
            created_at = missing_required("RunReview", "createdAt")
        else:
            created_at = _raw_created_at

        _raw_updated_at = d.pop("updatedAt", UNSET)
        if _raw_updated_at is UNSET:
            updated_at = missing_required("RunReview", "updatedAt")
        else:
            updated_at = _raw_updated_at

        _raw_corrections = d.pop("corrections", UNSET)
        if _raw_corrections is UNSET:
            corrections = missing_required("RunReview", "corrections")
        else:
            corrections = []
            _corrections = _raw_corrections
            for corrections_item_data in _corrections:
                corrections_item = RunReviewCorrection.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        _raw_corrected_output = d.pop("correctedOutput", UNSET)
        corrected_output = _raw_corrected_output

        run_review = cls(
            id=id,
            verdict=verdict,
            status=status,
            note=note,
            reviewed_by=reviewed_by,
            reviewed_by_email=reviewed_by_email,
            reviewed_at=reviewed_at,
            closed_by=closed_by,
            closed_by_email=closed_by_email,
            closed_at=closed_at,
            closed_note=closed_note,
            created_at=created_at,
            updated_at=updated_at,
            corrections=corrections,
            corrected_output=corrected_output,
        )

        run_review.additional_properties = d
        return run_review


from ..models.run_review_correction import RunReviewCorrection  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_request_status import RunReviewRequestStatus
from ..models.run_review_request_verdict_type_0 import RunReviewRequestVerdictType0
from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="RunReviewRequest")


@_attrs_define(repr=False)
class RunReviewRequest(Model):
    """A partial update of a run's human feedback: omitted fields are unchanged, `null` clears a field."""

    verdict: None | RunReviewRequestVerdictType0 | Unset = UNSET
    status: RunReviewRequestStatus | Unset = UNSET
    note: None | str | Unset = UNSET
    corrected_output: Any | None | Unset = UNSET
    corrections: list[RunReviewRequestCorrectionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "verdict": "verdict",
        "status": "status",
        "note": "note",
        "correctedOutput": "corrected_output",
        "corrections": "corrections",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunReviewRequest"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = 0
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        verdict: None | str | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        elif isinstance(self.verdict, RunReviewRequestVerdictType0):
            verdict = self.verdict.value
        else:
            verdict = self.verdict
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        corrected_output: Any | None | Unset
        if isinstance(self.corrected_output, Unset):
            corrected_output = UNSET
        else:
            corrected_output = self.corrected_output
        if corrected_output is not UNSET:
            field_dict["correctedOutput"] = corrected_output

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)

        def _parse_verdict(data: object) -> None | RunReviewRequestVerdictType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = RunReviewRequestVerdictType0(data)

                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunReviewRequestVerdictType0 | Unset, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))

        _status = d.pop("status", UNSET)
        status: RunReviewRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RunReviewRequestStatus(_status)

        _raw_note = d.pop("note", UNSET)
        note = _raw_note

        _raw_corrected_output = d.pop("correctedOutput", UNSET)
        corrected_output = _raw_corrected_output

        _corrections = d.pop("corrections", UNSET)
        corrections: list[RunReviewRequestCorrectionsItem] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = RunReviewRequestCorrectionsItem.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        run_review_request = cls(
            verdict=verdict,
            status=status,
            note=note,
            corrected_output=corrected_output,
            corrections=corrections,
        )

        run_review_request.additional_properties = d
        return run_review_request


from ..models.run_review_request_corrections_item import RunReviewRequestCorrectionsItem  # noqa: E402

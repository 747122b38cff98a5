from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_review_summary_status import RunReviewSummaryStatus
from ..models.run_review_summary_verdict_type_0 import RunReviewSummaryVerdictType0
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunReviewSummary")


@_attrs_define(repr=False)
class RunReviewSummary(Model):
    """Short form of a run's review: the verdict (`correct`, `incorrect` or null), the status, whether a note exists, and
    how many corrections it has.

    """

    verdict: None | RunReviewSummaryVerdictType0
    status: RunReviewSummaryStatus
    has_note: bool
    correction_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "verdict": "verdict",
        "status": "status",
        "hasNote": "has_note",
        "correctionCount": "correction_count",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "verdict",
            "status",
            "hasNote",
            "correctionCount",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunReviewSummary"
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
        if not isinstance(self.verdict, Unset):
            verdict: None | str
            if isinstance(self.verdict, RunReviewSummaryVerdictType0):
                verdict = self.verdict.value
            else:
                verdict = self.verdict
            field_dict["verdict"] = verdict

        if not isinstance(self.status, Unset):
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.has_note, Unset):
            has_note = self.has_note
            field_dict["hasNote"] = has_note

        if not isinstance(self.correction_count, Unset):
            correction_count = self.correction_count
            field_dict["correctionCount"] = correction_count

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_verdict = d.pop("verdict", UNSET)
        if _raw_verdict is UNSET:
            verdict = missing_required("RunReviewSummary", "verdict")
        else:

            def _parse_verdict(data: object) -> None | RunReviewSummaryVerdictType0:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    verdict_type_0 = RunReviewSummaryVerdictType0(data)

                    return verdict_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | RunReviewSummaryVerdictType0, data)

            verdict = _parse_verdict(_raw_verdict)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is UNSET:
            status = missing_required("RunReviewSummary", "status")
        else:
            status = RunReviewSummaryStatus(_raw_status)

        _raw_has_note = d.pop("hasNote", UNSET)
        if _raw_has_note is UNSET:
            has_note = missing_required("RunReviewSummary", "hasNote")
        else:
            has_note = _raw_has_note

        _raw_correction_count = d.pop("correctionCount", UNSET)
        if _raw_correction_count is UNSET:
            correction_count = missing_required("RunReviewSummary", "correctionCount")
        else:
            correction_count = _raw_correction_count

        run_review_summary = cls(
            verdict=verdict,
            status=status,
            has_note=has_note,
            correction_count=correction_count,
        )

        run_review_summary.additional_properties = d
        return run_review_summary

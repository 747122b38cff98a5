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

T = TypeVar("T", bound="RunFeedbackDetail")


@_attrs_define(repr=False)
class RunFeedbackDetail(Model):
    """All feedback state of a run: the human feedback, the expected JSON output and the expected files."""

    feedback: None | RunFeedback
    expected: Any
    expected_files: list[RunFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "feedback": "feedback",
        "expected": "expected",
        "expectedFiles": "expected_files",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "feedback",
            "expected",
            "expectedFiles",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunFeedbackDetail"
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
        if not isinstance(self.feedback, Unset):
            feedback: dict[str, Any] | None
            if isinstance(self.feedback, RunFeedback):
                feedback = self.feedback.to_dict()
            else:
                feedback = self.feedback
            field_dict["feedback"] = feedback

        if not isinstance(self.expected, Unset):
            expected = self.expected
            field_dict["expected"] = expected

        if not isinstance(self.expected_files, Unset):
            expected_files = []
            for expected_files_item_data in self.expected_files:
                expected_files_item = expected_files_item_data.to_dict()
                expected_files.append(expected_files_item)

            field_dict["expectedFiles"] = expected_files

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_feedback = d.pop("feedback", UNSET)
        if _raw_feedback is UNSET:
            feedback = missing_required("RunFeedbackDetail", "feedback")
        else:
            feedback = (
                RunFeedback.from_dict(_raw_feedback) if isinstance(_raw_feedback, dict) else _raw_feedback
            )

        _raw_expected = d.pop("expected", UNSET)
        if _raw_expected is UNSET:
            expected = missing_required("RunFeedbackDetail", "expected")
        else:
            expected = _raw_expected

        _raw_expected_files = d.pop("expectedFiles", UNSET)
        if _raw_expected_files is UNSET:
            expected_files = missing_required("RunFeedbackDetail", "expectedFiles")
        else:
            expected_files = []
            _expected_files = _raw_expected_files
            for expected_files_item_data in _expected_files:
                expected_files_item = RunFile.from_dict(expected_files_item_data)

                expected_files.append(expected_files_item)

        run_feedback_detail = cls(
            feedback=feedback,
            expected=expected,
            expected_files=expected_files,
        )

        run_feedback_detail.additional_properties = d
        return run_feedback_detail


from ..models.run_feedback import RunFeedback  # noqa: E402
from ..models.run_file import RunFile  # noqa: E402

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

T = TypeVar("T", bound="RunEval")


@_attrs_define(repr=False)
class RunEval(Model):
    """The evaluation context of a run started by an experiment: its example and score."""

    example: None | str
    score: float | None
    passed: bool | None
    example_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "example": "example",
        "score": "score",
        "passed": "passed",
        "exampleId": "example_id",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "example",
            "score",
            "passed",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunEval"
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
        if not isinstance(self.example, Unset):
            example: None | str
            example = self.example
            field_dict["example"] = example

        if not isinstance(self.score, Unset):
            score: float | None
            score = self.score
            field_dict["score"] = score

        if not isinstance(self.passed, Unset):
            passed: bool | None
            passed = self.passed
            field_dict["passed"] = passed

        example_id: None | str | Unset
        if isinstance(self.example_id, Unset):
            example_id = UNSET
        else:
            example_id = self.example_id
        if example_id is not UNSET:
            field_dict["exampleId"] = example_id

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_example = d.pop("example", UNSET)
        if _raw_example is UNSET:
            example = missing_required("RunEval", "example")
        else:
            example = _raw_example

        _raw_score = d.pop("score", UNSET)
        if _raw_score is UNSET:
            score = missing_required("RunEval", "score")
        else:
            score = _raw_score

        _raw_passed = d.pop("passed", UNSET)
        if _raw_passed is UNSET:
            passed = missing_required("RunEval", "passed")
        else:
            passed = _raw_passed

        _raw_example_id = d.pop("exampleId", UNSET)
        example_id = _raw_example_id

        run_eval = cls(
            example=example,
            score=score,
            passed=passed,
            example_id=example_id,
        )

        run_eval.additional_properties = d
        return run_eval

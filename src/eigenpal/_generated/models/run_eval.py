from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="RunEval")


@_attrs_define
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
    _CONSTS: ClassVar[dict[str, Any]] = {}

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
        if isinstance(_raw_example, Unset):
            example = missing_required("RunEval", "example")
        else:

            def _parse_example(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            example = _parse_example(_raw_example)

        _raw_score = d.pop("score", UNSET)
        if isinstance(_raw_score, Unset):
            score = missing_required("RunEval", "score")
        else:

            def _parse_score(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            score = _parse_score(_raw_score)

        _raw_passed = d.pop("passed", UNSET)
        if isinstance(_raw_passed, Unset):
            passed = missing_required("RunEval", "passed")
        else:

            def _parse_passed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            passed = _parse_passed(_raw_passed)

        def _parse_example_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        example_id = _parse_example_id(d.pop("exampleId", UNSET))

        run_eval = cls(
            example=example,
            score=score,
            passed=passed,
            example_id=example_id,
        )

        run_eval.additional_properties = d
        return run_eval

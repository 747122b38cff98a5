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

T = TypeVar("T", bound="RunScoresResponse")


@_attrs_define(repr=False)
class RunScoresResponse(Model):
    """The automated evaluator results of one run."""

    scores: list[EvalResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "scores": "scores",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "scores",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunScoresResponse"
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
        if not isinstance(self.scores, Unset):
            scores = []
            for scores_item_data in self.scores:
                scores_item = scores_item_data.to_dict()
                scores.append(scores_item)

            field_dict["scores"] = scores

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_scores = d.pop("scores", UNSET)
        if _raw_scores is UNSET:
            scores = missing_required("RunScoresResponse", "scores")
        else:
            scores = []
            _scores = _raw_scores
            for scores_item_data in _scores:
                scores_item = EvalResult.from_dict(scores_item_data)

                scores.append(scores_item)

        run_scores_response = cls(
            scores=scores,
        )

        run_scores_response.additional_properties = d
        return run_scores_response


from ..models.eval_result import EvalResult  # noqa: E402

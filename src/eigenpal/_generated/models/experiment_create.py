from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="ExperimentCreate")


@_attrs_define(repr=False)
class ExperimentCreate(Model):
    """What an experiment runs: a subset of example ids (all when omitted), the batch concurrency and the source ref to
    evaluate.

    """

    examples: list[str] | Unset = UNSET
    batch_concurrency: int | None | Unset = UNSET
    source_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "examples": "examples",
        "batchConcurrency": "batch_concurrency",
        "sourceRef": "source_ref",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "ExperimentCreate"
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
        examples: list[str] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples

        if examples is not UNSET:
            field_dict["examples"] = examples

        batch_concurrency: int | None | Unset
        if isinstance(self.batch_concurrency, Unset):
            batch_concurrency = UNSET
        else:
            batch_concurrency = self.batch_concurrency
        if batch_concurrency is not UNSET:
            field_dict["batchConcurrency"] = batch_concurrency

        source_ref = self.source_ref
        if source_ref is not UNSET:
            field_dict["sourceRef"] = source_ref

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        examples = cast(list[str], d.pop("examples", UNSET))

        _raw_batch_concurrency = d.pop("batchConcurrency", UNSET)
        batch_concurrency = _raw_batch_concurrency

        source_ref = d.pop("sourceRef", UNSET)

        experiment_create = cls(
            examples=examples,
            batch_concurrency=batch_concurrency,
            source_ref=source_ref,
        )

        experiment_create.additional_properties = d
        return experiment_create

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.example_run_response_type import ExampleRunResponseType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="ExampleRunResponse")


@_attrs_define(repr=False)
class ExampleRunResponse(Model):
    """The run started for a dataset example; poll it with `runs.get`."""

    id: str
    type_: ExampleRunResponseType
    batch_id: None | str
    finished: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "batchId": "batch_id",
        "finished": "finished",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "batchId",
            "finished",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ExampleRunResponse"
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

        if not isinstance(self.type_, Unset):
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.batch_id, Unset):
            batch_id: None | str
            batch_id = self.batch_id
            field_dict["batchId"] = batch_id

        if not isinstance(self.finished, Unset):
            finished = self.finished
            field_dict["finished"] = finished

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("ExampleRunResponse", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("ExampleRunResponse", "type")
        else:
            type_ = ExampleRunResponseType(_raw_type_)

        _raw_batch_id = d.pop("batchId", UNSET)
        if _raw_batch_id is UNSET:
            batch_id = missing_required("ExampleRunResponse", "batchId")
        else:
            batch_id = _raw_batch_id

        _raw_finished = d.pop("finished", UNSET)
        if _raw_finished is UNSET:
            finished = missing_required("ExampleRunResponse", "finished")
        else:
            finished = _raw_finished

        example_run_response = cls(
            id=id,
            type_=type_,
            batch_id=batch_id,
            finished=finished,
        )

        example_run_response.additional_properties = d
        return example_run_response

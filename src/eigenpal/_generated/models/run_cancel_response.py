from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_cancel_response_type import RunCancelResponseType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunCancelResponse")


@_attrs_define(repr=False)
class RunCancelResponse(Model):
    """The outcome of a cancellation request and the status the run had."""

    id: str
    type_: RunCancelResponseType
    finished: bool
    execution: RunCancelResponseExecution
    cancellation: RunCancelResponseCancellation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "finished": "finished",
        "execution": "execution",
        "cancellation": "cancellation",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "finished",
            "execution",
            "cancellation",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunCancelResponse"
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

        if not isinstance(self.finished, Unset):
            finished = self.finished
            field_dict["finished"] = finished

        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()
            field_dict["execution"] = execution

        if not isinstance(self.cancellation, Unset):
            cancellation = self.cancellation.to_dict()
            field_dict["cancellation"] = cancellation

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunCancelResponse", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("RunCancelResponse", "type")
        else:
            type_ = RunCancelResponseType(_raw_type_)

        _raw_finished = d.pop("finished", UNSET)
        if _raw_finished is UNSET:
            finished = missing_required("RunCancelResponse", "finished")
        else:
            finished = _raw_finished

        _raw_execution = d.pop("execution", UNSET)
        if _raw_execution is UNSET:
            execution = missing_required("RunCancelResponse", "execution")
        else:
            execution = RunCancelResponseExecution.from_dict(_raw_execution)

        _raw_cancellation = d.pop("cancellation", UNSET)
        if _raw_cancellation is UNSET:
            cancellation = missing_required("RunCancelResponse", "cancellation")
        else:
            cancellation = RunCancelResponseCancellation.from_dict(_raw_cancellation)

        run_cancel_response = cls(
            id=id,
            type_=type_,
            finished=finished,
            execution=execution,
            cancellation=cancellation,
        )

        run_cancel_response.additional_properties = d
        return run_cancel_response


from ..models.run_cancel_response_cancellation import RunCancelResponseCancellation  # noqa: E402
from ..models.run_cancel_response_execution import RunCancelResponseExecution  # noqa: E402

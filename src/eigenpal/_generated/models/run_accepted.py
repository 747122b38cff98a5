from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_accepted_type import RunAcceptedType
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="RunAccepted")


@_attrs_define(repr=False)
class RunAccepted(Model):
    """A run that was accepted and has not finished yet. Poll `runs.get` for its result."""

    id: str
    type_: RunAcceptedType
    finished: bool
    source: RunSource | Unset = UNSET
    """ The automation and version a run executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "finished": "finished",
        "source": "source",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "finished",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "RunAccepted"
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

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()
        if source is not UNSET:
            field_dict["source"] = source

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("RunAccepted", "id")
        else:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is UNSET:
            type_ = missing_required("RunAccepted", "type")
        else:
            type_ = RunAcceptedType(_raw_type_)

        _raw_finished = d.pop("finished", UNSET)
        if _raw_finished is UNSET:
            finished = missing_required("RunAccepted", "finished")
        else:
            finished = _raw_finished

        _source = d.pop("source", UNSET)
        source: RunSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = RunSource.from_dict(_source)

        run_accepted = cls(
            id=id,
            type_=type_,
            finished=finished,
            source=source,
        )

        run_accepted.additional_properties = d
        return run_accepted


from ..models.run_source import RunSource  # noqa: E402

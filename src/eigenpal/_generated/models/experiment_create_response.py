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

T = TypeVar("T", bound="ExperimentCreateResponse")


@_attrs_define(repr=False)
class ExperimentCreateResponse(Model):
    """The experiment just started and the run started for each example."""

    id: str
    runs: list[ExperimentCreateResponseRunsItem]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "runs": "runs",
        "total": "total",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "runs",
            "total",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "ExperimentCreateResponse"
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

        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

            field_dict["runs"] = runs

        if not isinstance(self.total, Unset):
            total = self.total
            field_dict["total"] = total

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        if _raw_id is UNSET:
            id = missing_required("ExperimentCreateResponse", "id")
        else:
            id = _raw_id

        _raw_runs = d.pop("runs", UNSET)
        if _raw_runs is UNSET:
            runs = missing_required("ExperimentCreateResponse", "runs")
        else:
            runs = []
            _runs = _raw_runs
            for runs_item_data in _runs:
                runs_item = ExperimentCreateResponseRunsItem.from_dict(runs_item_data)

                runs.append(runs_item)

        _raw_total = d.pop("total", UNSET)
        if _raw_total is UNSET:
            total = missing_required("ExperimentCreateResponse", "total")
        else:
            total = _raw_total

        experiment_create_response = cls(
            id=id,
            runs=runs,
            total=total,
        )

        experiment_create_response.additional_properties = d
        return experiment_create_response


from ..models.experiment_create_response_runs_item import ExperimentCreateResponseRunsItem  # noqa: E402

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

T = TypeVar("T", bound="RunReviewExpectedFileCopyRequest")


@_attrs_define(repr=False)
class RunReviewExpectedFileCopyRequest(Model):
    """Copies one of the run's output files into its expected files, optionally under a new name."""

    output_file_name: str
    expected_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "outputFileName": "output_file_name",
        "expectedName": "expected_name",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "outputFileName",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "RunReviewExpectedFileCopyRequest"
    _CONSTS: ClassVar[dict[str, Any]] = {}

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys)
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.output_file_name, Unset):
            output_file_name = self.output_file_name
            field_dict["outputFileName"] = output_file_name

        expected_name = self.expected_name
        if expected_name is not UNSET:
            field_dict["expectedName"] = expected_name

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_output_file_name = d.pop("outputFileName", UNSET)
        if _raw_output_file_name is UNSET:
            output_file_name = missing_required("RunReviewExpectedFileCopyRequest", "outputFileName")
        else:
            output_file_name = _raw_output_file_name

        expected_name = d.pop("expectedName", UNSET)

        run_review_expected_file_copy_request = cls(
            output_file_name=output_file_name,
            expected_name=expected_name,
        )

        run_review_expected_file_copy_request.additional_properties = d
        return run_review_expected_file_copy_request

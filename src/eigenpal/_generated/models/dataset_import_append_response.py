from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
    unexpected_const,
)

T = TypeVar("T", bound="DatasetImportAppendResponse")


@_attrs_define(repr=False)
class DatasetImportAppendResponse(Model):
    """Counts from an append import: examples created, expected outputs set, rows skipped, and per-row issues."""

    mode: Literal["append"]
    created: int
    expected_set: int
    skipped: int
    issues: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "mode": "mode",
        "created": "created",
        "expectedSet": "expected_set",
        "skipped": "skipped",
        "issues": "issues",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "mode",
            "created",
            "expectedSet",
            "skipped",
            "issues",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _TITLE: ClassVar[str | None] = "DatasetImportAppendResponse"
    _CONSTS: ClassVar[dict[str, Any]] = {
        "mode": "append",
    }

    @classmethod
    def _match_score(cls, data: Mapping[str, Any]) -> tuple[int, int]:
        """``Model._match_score`` with this model's keys written in: unions rank members with it on every parse."""
        keys = data.keys()
        known = len(keys & cls._WIRE_NAMES.keys())
        mismatch = len(cls._REQUIRED_KEYS - keys) + len(keys) - known
        if "mode" in data and data["mode"] != "append":
            mismatch += 10
        return mismatch, known

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.mode, Unset):
            mode = self.mode
            field_dict["mode"] = mode

        if not isinstance(self.created, Unset):
            created = self.created
            field_dict["created"] = created

        if not isinstance(self.expected_set, Unset):
            expected_set = self.expected_set
            field_dict["expectedSet"] = expected_set

        if not isinstance(self.skipped, Unset):
            skipped = self.skipped
            field_dict["skipped"] = skipped

        if not isinstance(self.issues, Unset):
            issues = self.issues

            field_dict["issues"] = issues

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_mode = d.pop("mode", UNSET)
        if _raw_mode is UNSET:
            mode = missing_required("DatasetImportAppendResponse", "mode")
        else:
            mode = cast(Literal["append"], _raw_mode)
            if mode != "append":
                unexpected_const(cls.__name__, "mode", "append", mode)

        _raw_created = d.pop("created", UNSET)
        if _raw_created is UNSET:
            created = missing_required("DatasetImportAppendResponse", "created")
        else:
            created = _raw_created

        _raw_expected_set = d.pop("expectedSet", UNSET)
        if _raw_expected_set is UNSET:
            expected_set = missing_required("DatasetImportAppendResponse", "expectedSet")
        else:
            expected_set = _raw_expected_set

        _raw_skipped = d.pop("skipped", UNSET)
        if _raw_skipped is UNSET:
            skipped = missing_required("DatasetImportAppendResponse", "skipped")
        else:
            skipped = _raw_skipped

        _raw_issues = d.pop("issues", UNSET)
        if _raw_issues is UNSET:
            issues = missing_required("DatasetImportAppendResponse", "issues")
        else:
            issues = cast(list[Any], _raw_issues)

        dataset_import_append_response = cls(
            mode=mode,
            created=created,
            expected_set=expected_set,
            skipped=skipped,
            issues=issues,
        )

        dataset_import_append_response.additional_properties = d
        return dataset_import_append_response

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
)

T = TypeVar("T", bound="DatasetExampleMutation")


@_attrs_define(repr=False)
class DatasetExampleMutation(Model):
    """Fields of a new dataset example. `input` is what the automation receives, `expected` the ground truth it is scored
    against.

    """

    name: None | str | Unset = UNSET
    input_: DatasetExampleMutationInputType0 | None | Unset = UNSET
    expected: Any | None | Unset = UNSET
    metadata: DatasetExampleMutationMetadataType0 | None | Unset = UNSET
    annotation: None | str | Unset = UNSET
    row_order: int | None | Unset = UNSET
    overrides: DatasetExampleMutationOverridesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "name": "name",
        "input": "input_",
        "expected": "expected",
        "metadata": "metadata",
        "annotation": "annotation",
        "rowOrder": "row_order",
        "overrides": "overrides",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "DatasetExampleMutation"
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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, DatasetExampleMutationInputType0):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_
        if input_ is not UNSET:
            field_dict["input"] = input_

        expected: Any | None | Unset
        if isinstance(self.expected, Unset):
            expected = UNSET
        else:
            expected = self.expected
        if expected is not UNSET:
            field_dict["expected"] = expected

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DatasetExampleMutationMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        annotation: None | str | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        else:
            annotation = self.annotation
        if annotation is not UNSET:
            field_dict["annotation"] = annotation

        row_order: int | None | Unset
        if isinstance(self.row_order, Unset):
            row_order = UNSET
        else:
            row_order = self.row_order
        if row_order is not UNSET:
            field_dict["rowOrder"] = row_order

        overrides: dict[str, Any] | None | Unset
        if isinstance(self.overrides, Unset):
            overrides = UNSET
        elif isinstance(self.overrides, DatasetExampleMutationOverridesType0):
            overrides = self.overrides.to_dict()
        else:
            overrides = self.overrides
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name = _raw_name

        _raw_input_ = d.pop("input", UNSET)
        input_ = (
            DatasetExampleMutationInputType0.from_dict(_raw_input_)
            if isinstance(_raw_input_, dict)
            else _raw_input_
        )

        _raw_expected = d.pop("expected", UNSET)
        expected = _raw_expected

        _raw_metadata = d.pop("metadata", UNSET)
        metadata = (
            DatasetExampleMutationMetadataType0.from_dict(_raw_metadata)
            if isinstance(_raw_metadata, dict)
            else _raw_metadata
        )

        _raw_annotation = d.pop("annotation", UNSET)
        annotation = _raw_annotation

        _raw_row_order = d.pop("rowOrder", UNSET)
        row_order = _raw_row_order

        _raw_overrides = d.pop("overrides", UNSET)
        overrides = (
            DatasetExampleMutationOverridesType0.from_dict(_raw_overrides)
            if isinstance(_raw_overrides, dict)
            else _raw_overrides
        )

        dataset_example_mutation = cls(
            name=name,
            input_=input_,
            expected=expected,
            metadata=metadata,
            annotation=annotation,
            row_order=row_order,
            overrides=overrides,
        )

        dataset_example_mutation.additional_properties = d
        return dataset_example_mutation


from ..models.dataset_example_mutation_input_type_0 import DatasetExampleMutationInputType0  # noqa: E402
from ..models.dataset_example_mutation_metadata_type_0 import DatasetExampleMutationMetadataType0  # noqa: E402
from ..models.dataset_example_mutation_overrides_type_0 import DatasetExampleMutationOverridesType0  # noqa: E402

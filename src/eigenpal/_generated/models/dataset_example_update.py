from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="DatasetExampleUpdate")


@_attrs_define
class DatasetExampleUpdate(Model):
    """A partial update of a dataset example: omitted fields are kept, `null` clears a nullable field."""

    name: None | str | Unset = UNSET
    input_: DatasetExampleUpdateInputType0 | None | Unset = UNSET
    expected: Any | None | Unset = UNSET
    metadata: DatasetExampleUpdateMetadataType0 | None | Unset = UNSET
    annotation: None | str | Unset = UNSET
    row_order: int | None | Unset = UNSET
    overrides: DatasetExampleUpdateOverridesType0 | None | Unset = UNSET
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
    _CLOSED: ClassVar[bool] = True
    _CONSTS: ClassVar[dict[str, Any]] = {}

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
        elif isinstance(self.input_, DatasetExampleUpdateInputType0):
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
        elif isinstance(self.metadata, DatasetExampleUpdateMetadataType0):
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
        elif isinstance(self.overrides, DatasetExampleUpdateOverridesType0):
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_input_(data: object) -> DatasetExampleUpdateInputType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                return DatasetExampleUpdateInputType0.from_dict(data)
            return cast(DatasetExampleUpdateInputType0 | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_expected(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        expected = _parse_expected(d.pop("expected", UNSET))

        def _parse_metadata(data: object) -> DatasetExampleUpdateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                return DatasetExampleUpdateMetadataType0.from_dict(data)
            return cast(DatasetExampleUpdateMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_annotation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annotation = _parse_annotation(d.pop("annotation", UNSET))

        def _parse_row_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_order = _parse_row_order(d.pop("rowOrder", UNSET))

        def _parse_overrides(data: object) -> DatasetExampleUpdateOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                return DatasetExampleUpdateOverridesType0.from_dict(data)
            return cast(DatasetExampleUpdateOverridesType0 | None | Unset, data)

        overrides = _parse_overrides(d.pop("overrides", UNSET))

        dataset_example_update = cls(
            name=name,
            input_=input_,
            expected=expected,
            metadata=metadata,
            annotation=annotation,
            row_order=row_order,
            overrides=overrides,
        )

        dataset_example_update.additional_properties = d
        return dataset_example_update


from ..models.dataset_example_update_input_type_0 import DatasetExampleUpdateInputType0  # noqa: E402
from ..models.dataset_example_update_metadata_type_0 import DatasetExampleUpdateMetadataType0  # noqa: E402
from ..models.dataset_example_update_overrides_type_0 import DatasetExampleUpdateOverridesType0  # noqa: E402

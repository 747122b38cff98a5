from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Model,
    best_match,
)

T = TypeVar("T", bound="RunStartBodyFiles")


@_attrs_define(repr=False)
class RunStartBodyFiles(Model):
    """File-ref object, or array of file-ref objects."""

    additional_properties: dict[
        str,
        list[
            RunStartBodyFilesAdditionalPropertyType0ItemType0
            | RunStartBodyFilesAdditionalPropertyType0ItemType1
        ]
        | RunStartBodyFilesAdditionalPropertyType1
        | RunStartBodyFilesAdditionalPropertyType2,
    ] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {}
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset({})
    _CLOSED: ClassVar[bool] = False
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
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_0_item_data in prop:
                    additional_property_type_0_item: dict[str, Any]
                    if isinstance(
                        additional_property_type_0_item_data,
                        RunStartBodyFilesAdditionalPropertyType0ItemType0,
                    ):
                        additional_property_type_0_item = additional_property_type_0_item_data.to_dict()
                    else:
                        additional_property_type_0_item = additional_property_type_0_item_data.to_dict()

                    field_dict[prop_name].append(additional_property_type_0_item)

            elif isinstance(prop, RunStartBodyFilesAdditionalPropertyType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        run_start_body_files = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                list[
                    RunStartBodyFilesAdditionalPropertyType0ItemType0
                    | RunStartBodyFilesAdditionalPropertyType0ItemType1
                ]
                | RunStartBodyFilesAdditionalPropertyType1
                | RunStartBodyFilesAdditionalPropertyType2
            ):
                if isinstance(data, dict):
                    member = best_match(
                        (
                            RunStartBodyFilesAdditionalPropertyType1,
                            RunStartBodyFilesAdditionalPropertyType2,
                        ),
                        data,
                        "AdditionalProperty",
                    )
                    if member == 0:
                        return RunStartBodyFilesAdditionalPropertyType1.from_dict(data)
                    return RunStartBodyFilesAdditionalPropertyType2.from_dict(data)
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_0 = []
                    _additional_property_type_0 = data
                    for additional_property_type_0_item_data in _additional_property_type_0:

                        def _parse_additional_property_type_0_item(
                            data: object,
                        ) -> (
                            RunStartBodyFilesAdditionalPropertyType0ItemType0
                            | RunStartBodyFilesAdditionalPropertyType0ItemType1
                        ):
                            if isinstance(data, dict):
                                member = best_match(
                                    (
                                        RunStartBodyFilesAdditionalPropertyType0ItemType0,
                                        RunStartBodyFilesAdditionalPropertyType0ItemType1,
                                    ),
                                    data,
                                    "AdditionalProperty_type_0_item",
                                )
                                if member == 0:
                                    return RunStartBodyFilesAdditionalPropertyType0ItemType0.from_dict(data)
                                return RunStartBodyFilesAdditionalPropertyType0ItemType1.from_dict(data)
                            return cast(
                                RunStartBodyFilesAdditionalPropertyType0ItemType0
                                | RunStartBodyFilesAdditionalPropertyType0ItemType1,
                                data,
                            )

                        additional_property_type_0_item = _parse_additional_property_type_0_item(
                            additional_property_type_0_item_data
                        )

                        additional_property_type_0.append(additional_property_type_0_item)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    list[
                        RunStartBodyFilesAdditionalPropertyType0ItemType0
                        | RunStartBodyFilesAdditionalPropertyType0ItemType1
                    ]
                    | RunStartBodyFilesAdditionalPropertyType1
                    | RunStartBodyFilesAdditionalPropertyType2,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        run_start_body_files.additional_properties = additional_properties
        return run_start_body_files


from ..models.run_start_body_files_additional_property_type_0_item_type_0 import (
    RunStartBodyFilesAdditionalPropertyType0ItemType0,  # noqa: E402
)
from ..models.run_start_body_files_additional_property_type_0_item_type_1 import (
    RunStartBodyFilesAdditionalPropertyType0ItemType1,  # noqa: E402
)
from ..models.run_start_body_files_additional_property_type_1 import RunStartBodyFilesAdditionalPropertyType1  # noqa: E402
from ..models.run_start_body_files_additional_property_type_2 import RunStartBodyFilesAdditionalPropertyType2  # noqa: E402

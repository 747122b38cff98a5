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

T = TypeVar("T", bound="HumanReviewsFieldsConfirmBody")


@_attrs_define(repr=False)
class HumanReviewsFieldsConfirmBody(Model):
    expected_version: int
    idempotency_key: str
    path: str
    value: bool | float | None | str
    confirmed: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "expectedVersion": "expected_version",
        "idempotencyKey": "idempotency_key",
        "path": "path",
        "value": "value",
        "confirmed": "confirmed",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "expectedVersion",
            "idempotencyKey",
            "path",
            "value",
        }
    )
    _CLOSED: ClassVar[bool] = False
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
        if not isinstance(self.expected_version, Unset):
            expected_version = self.expected_version
            field_dict["expectedVersion"] = expected_version

        if not isinstance(self.idempotency_key, Unset):
            idempotency_key = self.idempotency_key
            field_dict["idempotencyKey"] = idempotency_key

        if not isinstance(self.path, Unset):
            path = self.path
            field_dict["path"] = path

        if not isinstance(self.value, Unset):
            value: bool | float | None | str
            value = self.value
            field_dict["value"] = value

        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_expected_version = d.pop("expectedVersion", UNSET)
        if _raw_expected_version is UNSET:
            expected_version = missing_required("HumanReviewsFieldsConfirmBody", "expectedVersion")
        else:
            expected_version = _raw_expected_version

        _raw_idempotency_key = d.pop("idempotencyKey", UNSET)
        if _raw_idempotency_key is UNSET:
            idempotency_key = missing_required("HumanReviewsFieldsConfirmBody", "idempotencyKey")
        else:
            idempotency_key = _raw_idempotency_key

        _raw_path = d.pop("path", UNSET)
        if _raw_path is UNSET:
            path = missing_required("HumanReviewsFieldsConfirmBody", "path")
        else:
            path = _raw_path

        _raw_value = d.pop("value", UNSET)
        if _raw_value is UNSET:
            value = missing_required("HumanReviewsFieldsConfirmBody", "value")
        else:
            value = _raw_value

        confirmed = d.pop("confirmed", UNSET)

        human_reviews_fields_confirm_body = cls(
            expected_version=expected_version,
            idempotency_key=idempotency_key,
            path=path,
            value=value,
            confirmed=confirmed,
        )

        human_reviews_fields_confirm_body.additional_properties = d
        return human_reviews_fields_confirm_body

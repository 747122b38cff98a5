from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_staging_request_action import TemplateStagingRequestAction
from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="TemplateStagingRequest")


@_attrs_define(repr=False)
class TemplateStagingRequest(Model):
    proof: str
    action: TemplateStagingRequestAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "proof": "proof",
        "action": "action",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "proof",
            "action",
        }
    )
    _CLOSED: ClassVar[bool] = False
    _TITLE: ClassVar[str | None] = "TemplateStagingRequest"
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
        if not isinstance(self.proof, Unset):
            proof = self.proof
            field_dict["proof"] = proof

        if not isinstance(self.action, Unset):
            action = self.action.value
            field_dict["action"] = action

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_proof = d.pop("proof", UNSET)
        if _raw_proof is UNSET:
            proof = missing_required("TemplateStagingRequest", "proof")
        else:
            proof = _raw_proof

        _raw_action = d.pop("action", UNSET)
        if _raw_action is UNSET:
            action = missing_required("TemplateStagingRequest", "action")
        else:
            action = TemplateStagingRequestAction(_raw_action)

        template_staging_request = cls(
            proof=proof,
            action=action,
        )

        template_staging_request.additional_properties = d
        return template_staging_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    missing_required,
)

T = TypeVar("T", bound="CreatedTemplateGrammar")


@_attrs_define(repr=False)
class CreatedTemplateGrammar(Model):
    syntax: str
    token_discovery: bool
    capabilities: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "syntax": "syntax",
        "tokenDiscovery": "token_discovery",
        "capabilities": "capabilities",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "syntax",
            "tokenDiscovery",
            "capabilities",
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
        if not isinstance(self.syntax, Unset):
            syntax = self.syntax
            field_dict["syntax"] = syntax

        if not isinstance(self.token_discovery, Unset):
            token_discovery = self.token_discovery
            field_dict["tokenDiscovery"] = token_discovery

        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

            field_dict["capabilities"] = capabilities

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_syntax = d.pop("syntax", UNSET)
        if _raw_syntax is UNSET:
            syntax = missing_required("CreatedTemplateGrammar", "syntax")
        else:
            syntax = _raw_syntax

        _raw_token_discovery = d.pop("tokenDiscovery", UNSET)
        if _raw_token_discovery is UNSET:
            token_discovery = missing_required("CreatedTemplateGrammar", "tokenDiscovery")
        else:
            token_discovery = _raw_token_discovery

        _raw_capabilities = d.pop("capabilities", UNSET)
        if _raw_capabilities is UNSET:
            capabilities = missing_required("CreatedTemplateGrammar", "capabilities")
        else:
            capabilities = cast(list[str], _raw_capabilities)

        created_template_grammar = cls(
            syntax=syntax,
            token_discovery=token_discovery,
            capabilities=capabilities,
        )

        created_template_grammar.additional_properties = d
        return created_template_grammar

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

T = TypeVar("T", bound="RunUsageTokens")


@_attrs_define(repr=False)
class RunUsageTokens(Model):
    input_: float | None
    output: float | None
    cache_read: float | None
    cache_write: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "input": "input_",
        "output": "output",
        "cacheRead": "cache_read",
        "cacheWrite": "cache_write",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "output",
            "cacheRead",
            "cacheWrite",
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
        if not isinstance(self.input_, Unset):
            input_: float | None
            input_ = self.input_
            field_dict["input"] = input_

        if not isinstance(self.output, Unset):
            output: float | None
            output = self.output
            field_dict["output"] = output

        if not isinstance(self.cache_read, Unset):
            cache_read: float | None
            cache_read = self.cache_read
            field_dict["cacheRead"] = cache_read

        if not isinstance(self.cache_write, Unset):
            cache_write: float | None
            cache_write = self.cache_write
            field_dict["cacheWrite"] = cache_write

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        if _raw_input_ is UNSET:
            input_ = missing_required("RunUsageTokens", "input")
        else:
            input_ = _raw_input_

        _raw_output = d.pop("output", UNSET)
        if _raw_output is UNSET:
            output = missing_required("RunUsageTokens", "output")
        else:
            output = _raw_output

        _raw_cache_read = d.pop("cacheRead", UNSET)
        if _raw_cache_read is UNSET:
            cache_read = missing_required("RunUsageTokens", "cacheRead")
        else:
            cache_read = _raw_cache_read

        _raw_cache_write = d.pop("cacheWrite", UNSET)
        if _raw_cache_write is UNSET:
            cache_write = missing_required("RunUsageTokens", "cacheWrite")
        else:
            cache_write = _raw_cache_write

        run_usage_tokens = cls(
            input_=input_,
            output=output,
            cache_read=cache_read,
            cache_write=cache_write,
        )

        run_usage_tokens.additional_properties = d
        return run_usage_tokens

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="RunUsageTokens")


@_attrs_define
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
    _CLOSED: ClassVar[bool] = True
    _CONSTS: ClassVar[dict[str, Any]] = {}

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
        if isinstance(_raw_input_, Unset):
            input_ = missing_required("RunUsageTokens", "input")
        else:

            def _parse_input_(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            input_ = _parse_input_(_raw_input_)

        _raw_output = d.pop("output", UNSET)
        if isinstance(_raw_output, Unset):
            output = missing_required("RunUsageTokens", "output")
        else:

            def _parse_output(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            output = _parse_output(_raw_output)

        _raw_cache_read = d.pop("cacheRead", UNSET)
        if isinstance(_raw_cache_read, Unset):
            cache_read = missing_required("RunUsageTokens", "cacheRead")
        else:

            def _parse_cache_read(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            cache_read = _parse_cache_read(_raw_cache_read)

        _raw_cache_write = d.pop("cacheWrite", UNSET)
        if isinstance(_raw_cache_write, Unset):
            cache_write = missing_required("RunUsageTokens", "cacheWrite")
        else:

            def _parse_cache_write(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            cache_write = _parse_cache_write(_raw_cache_write)

        run_usage_tokens = cls(
            input_=input_,
            output=output,
            cache_read=cache_read,
            cache_write=cache_write,
        )

        run_usage_tokens.additional_properties = d
        return run_usage_tokens

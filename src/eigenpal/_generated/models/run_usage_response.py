from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, missing_required

T = TypeVar("T", bound="RunUsageResponse")


@_attrs_define
class RunUsageResponse(Model):
    """The usage of a run, or null when not recorded yet."""

    usage: None | RunUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the server sent that this version of the SDK does not know; kept so ``to_dict()`` round-trips."""

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "usage": "usage",
    }
    _REQUIRED_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "usage",
        }
    )
    _CLOSED: ClassVar[bool] = True
    _CONSTS: ClassVar[dict[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this model: known fields by wire name, unset ones left out, unknown ones kept."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.usage, Unset):
            usage: dict[str, Any] | None
            if isinstance(self.usage, RunUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage

        field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse wire JSON; tolerant of missing, extra and unknown-valued fields (see ``eigenpal._generated.types``)."""
        d = dict(src_dict)
        _raw_usage = d.pop("usage", UNSET)
        if isinstance(_raw_usage, Unset):
            usage = missing_required("RunUsageResponse", "usage")
        else:

            def _parse_usage(data: object) -> None | RunUsage:
                if data is None:
                    return data
                if isinstance(data, dict):
                    return RunUsage.from_dict(data)
                return cast(None | RunUsage, data)

            usage = _parse_usage(_raw_usage)

        run_usage_response = cls(
            usage=usage,
        )

        run_usage_response.additional_properties = d
        return run_usage_response


from ..models.run_usage import RunUsage  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import FreeFormModel

T = TypeVar("T", bound="RunStartBodyOverridesStepsAdditionalProperty")


class RunStartBodyOverridesStepsAdditionalProperty(FreeFormModel):
    """A free-form JSON object.

    A plain ``dict`` of the JSON object as sent."""

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

"""Argument handling shared by every resource method: validation before any request, and bodies.

Bad input raises ``EigenpalUsageError`` naming the argument and the fix, before anything is sent.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ._errors import EigenpalUsageError
from ._generated.types import UNSET, Model, Unset

M = TypeVar("M", bound=Model)
V = TypeVar("V")


def required_id(value: object, argument: str) -> str:
    """A path id: a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise EigenpalUsageError(f"{argument} must be a non-empty string id, got {value!r}.")
    return value


def path_param(value: object, argument: str) -> str:
    """A file path inside a folder: non-empty, relative, without '..' segments."""
    text = required_id(value, argument)
    if text.startswith("/") or ".." in text.split("/"):
        raise EigenpalUsageError(f"{argument}={text!r} must be a relative path without '..' segments.")
    return text


def opt(value: V | None) -> V | Unset:
    """``None`` (not given) as the generated layer's ``UNSET``."""
    return UNSET if value is None else value


def opt_path(value: str | None, argument: str) -> str | Unset:
    """An optional relative path: ``UNSET`` when not given, else checked like ``path_param``."""
    return UNSET if value is None else path_param(value, argument)


def csv(value: str | Sequence[str] | None, argument: str) -> str | Unset:
    """A comma-separated query value from a string or a list of strings."""
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    items = list(value)
    if not all(isinstance(item, str) and item and "," not in item for item in items):
        raise EigenpalUsageError(
            f"{argument} must be a comma-separated string or a list of strings without commas."
        )
    return ",".join(items)


def flag(value: bool | None) -> str | Unset:
    """A flag query value: ``True`` sends ``true``; ``False`` or ``None`` leaves it out."""
    return "true" if value else UNSET


def choice(value: str | None, allowed: Sequence[str], argument: str) -> str | Unset:
    """A value that must be one of ``allowed``."""
    if value is None:
        return UNSET
    if value not in allowed:
        raise EigenpalUsageError(
            f"{argument}={value!r} is not valid; use one of {', '.join(map(repr, allowed))}."
        )
    return value


def bounded(value: int | None, argument: str, low: int, high: int | None = None) -> int | Unset:
    """An integer within ``[low, high]``."""
    if value is None:
        return UNSET
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        limit = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise EigenpalUsageError(f"{argument}={value!r} must be an integer {limit}.")
    return value


def to_wire(value: Any) -> Any:
    """A Python value as wire JSON: models by ``to_dict()``, enums by value, containers recursively."""
    if isinstance(value, (Model, dict)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    return value


def make_body(model: type[M], data: M | Mapping[str, Any] | None, argument: str = "data", **fields: Any) -> M:
    """A request body from a whole body (dict with wire names, or a model) and/or keyword fields.

    Keyword fields (Python names) override the same fields of ``data``; ``UNSET`` fields are left
    out, ``None`` is sent as JSON null. Both spellings produce the same wire JSON. A required field that
    neither gives is a usage error, before anything is sent.
    """
    if data is None:
        wire: dict[str, Any] = {}
    elif isinstance(data, Model):
        wire = data.to_dict()  # type: ignore[attr-defined]
    elif isinstance(data, Mapping):
        wire = to_wire(data)
    else:
        raise EigenpalUsageError(
            f"{argument} must be a dict or a {model.__name__}, got {type(data).__name__}."
        )
    wire_names = {python: wire_name for wire_name, python in model._WIRE_NAMES.items()}
    for name, value in fields.items():
        if value is not UNSET:
            wire[wire_names[name]] = to_wire(value)
    missing = sorted(model._REQUIRED_KEYS - wire.keys())
    if missing:
        python = model._WIRE_NAMES.get(missing[0], missing[0])
        raise EigenpalUsageError(f"{python} is required: pass {python}=... or {missing[0]!r} in {argument}.")
    return model.from_dict(wire)  # type: ignore[attr-defined, no-any-return]

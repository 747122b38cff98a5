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


MAX_ID_LENGTH = 4096
"""Longer ids are refused before sending: no id of the API comes near, and URLs have limits."""


def required_id(value: object, argument: str) -> str:
    """A path id: a non-empty string that cannot address another route (``.`` and ``..`` would)."""
    if not isinstance(value, str) or not value.strip():
        raise EigenpalUsageError(f"{argument} must be a non-empty string id, got {_short(value)}.")
    if value in (".", ".."):
        raise EigenpalUsageError(
            f"{argument}={value!r} is not an id: '.' and '..' would address another route."
        )
    _check_text(value, argument, MAX_ID_LENGTH)
    return value


def path_param(value: object, argument: str) -> str:
    """A file path inside a folder: relative, '/'-separated, no empty, '.' or '..' segments, no backslash."""
    text = required_id(value, argument)
    segments = text.split("/")
    if text.startswith("/") or "\\" in text or any(s in ("", ".", "..") for s in segments):
        raise EigenpalUsageError(
            f"{argument}={text!r} must be a relative path such as 'folder/file.pdf': no leading '/', "
            "no empty, '.' or '..' segments and no backslashes."
        )
    return text


def _check_text(value: str, argument: str, limit: int) -> None:
    if len(value) > limit:
        raise EigenpalUsageError(f"{argument} is {len(value)} characters long; at most {limit} are allowed.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise EigenpalUsageError(
            f"{argument} holds a lone surrogate character, which is not valid text."
        ) from None


def _short(value: object) -> str:
    """A value for an error message, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def seconds(value: object, argument: str, *, maximum: float = 86_400.0) -> float:
    """A positive, finite number of seconds (``bool`` and strings are refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= maximum:
        raise EigenpalUsageError(
            f"{argument}={_short(value)} must be a number of seconds greater than 0 and at most {maximum:g}."
        )
    return float(value)


def retries(value: object, argument: str = "max_retries") -> int:
    """A retry count from 0 to 10."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise EigenpalUsageError(f"{argument}={_short(value)} must be a whole number from 0 to 10.")
    return value


_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
RESERVED_HEADERS = frozenset({"authorization", "host", "content-length", "transfer-encoding"})


def headers(value: object, argument: str) -> dict[str, str]:
    """Extra headers: names are HTTP tokens, values one line of text; the SDK's own are not replaceable."""
    if not isinstance(value, Mapping):
        raise EigenpalUsageError(
            f"{argument} must be a dict of header names to values, got {type(value).__name__}."
        )
    for name, text in value.items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN:
            raise EigenpalUsageError(f"{argument}: {_short(name)} is not a valid header name.")
        if name.lower() in RESERVED_HEADERS:
            raise EigenpalUsageError(
                f"{argument} cannot set {name}: the SDK sets it (pass the key as api_key, the server as base_url)."
            )
        if not isinstance(text, str) or any(c in text for c in "\r\n\0") or not text.isprintable():
            raise EigenpalUsageError(f"{argument}[{name!r}] must be one line of printable text.")
    return dict(value)


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
    items: list[Any] = list(value) if isinstance(value, (list, tuple)) else [None]
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
    if not isinstance(value, str) or value not in allowed:
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


def to_wire(value: Any, argument: str = "data") -> Any:
    """A Python value as wire JSON: models by ``to_dict()``, enums by value, containers recursively.

    Anything JSON cannot carry exactly (NaN, infinities, sets, bytes, datetimes, ``Decimal``, objects, keys
    that are not strings, nesting too deep) is a usage error naming where it sits, before anything is sent.
    """
    try:
        return _wire(value, argument)
    except RecursionError:
        raise EigenpalUsageError(f"{argument} is nested too deeply to send as JSON.") from None


def _wire(value: Any, where: str) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EigenpalUsageError(f"{where}={value!r} cannot be sent: JSON has no NaN or infinity.")
        return value
    if isinstance(value, Model) or (isinstance(value, dict) and hasattr(value, "to_dict")):
        return value.to_dict()  # type: ignore[union-attr]
    if isinstance(value, enum.Enum):
        return _wire(value.value, where)
    if isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                raise EigenpalUsageError(f"{where} has the key {_short(key)}; JSON object keys are strings.")
        return {key: _wire(item, f"{where}[{key!r}]") for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wire(item, f"{where}[{index}]") for index, item in enumerate(value)]
    hint = " (convert it with .isoformat())" if hasattr(value, "isoformat") else ""
    raise EigenpalUsageError(
        f"{where} is a {type(value).__name__}, which JSON cannot carry{hint}; use str, int, float, bool, "
        "None, lists and dicts."
    )


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
        wire = to_wire(data, argument)
    else:
        raise EigenpalUsageError(
            f"{argument} must be a dict or a {model.__name__}, got {type(data).__name__}."
        )
    wire_names = {python: wire_name for wire_name, python in model._WIRE_NAMES.items()}
    for name, value in fields.items():
        if value is not UNSET:
            wire[wire_names[name]] = to_wire(value, name)
    missing = sorted(model._REQUIRED_KEYS - wire.keys())
    if missing:
        python = model._WIRE_NAMES.get(missing[0], missing[0])
        raise EigenpalUsageError(f"{python} is required: pass {python}=... or {missing[0]!r} in {argument}.")
    return model.from_dict(wire)  # type: ignore[attr-defined, no-any-return]

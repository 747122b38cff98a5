"""Argument handling shared by every resource method: validation before any request, and bodies.

Bad input raises ``EigenpalUsageError`` naming the argument and the fix, before anything is sent.
"""

from __future__ import annotations

import enum
import math
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


def seconds(value: object, argument: str, *, maximum: float = 86_400.0, zero: bool = False) -> float:
    """A positive (with ``zero``, a non-negative) finite number of seconds; ``bool`` and strings are refused."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not (value >= 0 if zero else value > 0)
        or not value <= maximum
    ):
        least = "at least 0" if zero else "greater than 0"
        raise EigenpalUsageError(
            f"{argument}={_short(value)} must be a number of seconds {least} and at most {maximum:g}."
        )
    return float(value)


def timeout(value: object, argument: str) -> float:
    """A timeout in seconds, or an ``httpx.Timeout``, read as its longest limit: the SDK's timeout is a
    deadline for each attempt of a call (connect, send and the whole answer), not one per phase."""
    limits = getattr(value, "as_dict", None)
    if callable(limits) and type(value).__name__ == "Timeout":
        set_limits = [v for v in limits().values() if v is not None]
        if not set_limits:
            raise EigenpalUsageError(
                f"{argument}: an httpx.Timeout with no limit set has no deadline to give."
            )
        value = max(set_limits)
    return seconds(value, argument)


def extras(value: object, argument: str, *, query: bool) -> dict[str, Any]:
    """``extra_query`` (text, numbers or booleans by name) or ``extra_body`` (JSON values by name)."""
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and k for k in value):
        raise EigenpalUsageError(f"{argument} must be a dict of names to values.")
    if not query:
        return dict(to_wire(value, argument))
    for name, item in value.items():
        if not isinstance(item, (str, int, float, bool)):
            raise EigenpalUsageError(f"{argument}[{name!r}] must be text, a number or a boolean.")
    return dict(value)


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
        if not text.isascii():  # httpx refuses it and aiohttp sends UTF-8: refused alike, before sending
            raise EigenpalUsageError(
                f"{argument}[{name!r}] must be ASCII text: HTTP header values are ASCII; percent-encode "
                "(urllib.parse.quote) or base64 other text."
            )
    return dict(value)


def opt(value: V | None) -> V | Unset:
    """``None`` (not given) as the generated layer's ``UNSET``."""
    return UNSET if value is None else value


def opt_path(value: str | None, argument: str) -> str | Unset:
    """An optional relative path: ``UNSET`` when not given, else checked like ``path_param``."""
    return UNSET if value is None else path_param(value, argument)


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


def query(value: Any, argument: str, rule: Mapping[str, Any], enum_class: Any = None) -> Any:
    """A query argument checked against its spec ``rule``, in wire form; ``None`` leaves it out.

    A flag sends ``true`` when ``True``; a comma-separated argument takes a string or a list of them;
    an argument the spec types as an enum is sent as that enum. A required one cannot be ``None``."""
    if value is None:
        if rule.get("required"):
            values = rule.get("values")
            hint = f"one of {', '.join(map(repr, values))}" if values else f"a {rule['type']}"
            raise EigenpalUsageError(f"{argument} is required and cannot be None; pass {hint}.")
        return UNSET
    if rule["type"] == "flag":
        if not isinstance(value, bool):
            raise EigenpalUsageError(f"{argument}={_short(value)} must be True or False.")
        return "true" if value else UNSET
    if rule.get("csv"):
        if isinstance(value, str):  # already comma-separated: each of its values is checked
            items, text = value.split(","), value
        elif (
            isinstance(value, (list, tuple))
            and value
            and all(isinstance(i, str) and "," not in i for i in value)
        ):
            items, text = list(value), ",".join(value)
        else:
            raise EigenpalUsageError(
                f"{argument} must be a comma-separated string or a non-empty list of strings without commas."
            )
        for item in items:
            conform(item, argument, rule)
        return text
    conform(value, argument, rule)
    return enum_class(value) if enum_class is not None else value


def conform(value: Any, argument: str, rule: Mapping[str, Any]) -> None:
    """Raise ``EigenpalUsageError`` unless ``value`` is what the spec's ``rule`` allows."""
    if value is None:
        if rule.get("nullable") or rule["type"] == "any":
            return
        raise EigenpalUsageError(f"{argument} cannot be None here; leave it out instead.")
    kind = rule["type"]
    if kind == "string":
        if not isinstance(value, str):
            raise EigenpalUsageError(f"{argument}={_short(value)} must be a string.")
        low, high = rule.get("minLength", 0), rule.get("maxLength")
        _check_text(value, argument, high if high is not None else MAX_ID_LENGTH * 256)
        if len(value) < low:
            raise EigenpalUsageError(f"{argument} must be at least {low} characters long.")
    elif kind in ("integer", "number"):
        types = (int,) if kind == "integer" else (int, float)
        if (
            isinstance(value, bool)
            or not isinstance(value, types)
            or value != value
            or value in (math.inf, -math.inf)
        ):
            raise EigenpalUsageError(
                f"{argument}={_short(value)} must be {'an integer' if kind == 'integer' else 'a finite number'}."
            )
        low, high = rule.get("minimum"), rule.get("maximum")
        above = rule.get("exclusiveMinimum")
        if (
            (low is not None and value < low)
            or (high is not None and value > high)
            or (above is not None and value <= above)
        ):
            floor = (
                f"greater than {above}" if above is not None else f"at least {low}" if low is not None else ""
            )
            ceiling = f"at most {high}" if high is not None else ""
            raise EigenpalUsageError(
                f"{argument}={value!r} must be {' and '.join(filter(None, (floor, ceiling)))}."
            )
    elif kind == "boolean" and not isinstance(value, bool):
        raise EigenpalUsageError(f"{argument}={_short(value)} must be True or False.")
    elif kind == "array":
        if not isinstance(value, (list, tuple)):
            raise EigenpalUsageError(f"{argument} must be a list, got {type(value).__name__}.")
        for index, item in enumerate(value):
            conform(item, f"{argument}[{index}]", rule.get("items") or {"type": "any"})
    elif kind == "object" and not isinstance(value, Mapping):
        raise EigenpalUsageError(f"{argument} must be a dict, got {type(value).__name__}.")
    values = rule.get("values")
    if values and value not in values:
        raise EigenpalUsageError(
            f"{argument}={_short(value)} is not valid; use one of {', '.join(map(repr, values))}."
        )


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


def make_body(
    model: type[M],
    data: M | Mapping[str, Any] | str | None,
    fields: Mapping[str, Any],
    argument: str = "data",
) -> M:
    """A request body from a whole body (dict with wire names, or a model) and/or fields by wire name.

    A body with a single required field may be given as that field's value alone (the YAML text of
    ``evaluators.update``, the new name of a rename).
    ``fields`` (given as keywords) override the same fields of ``data``; ``UNSET`` fields are left out,
    ``None`` is sent as JSON null. Both spellings produce the same wire JSON. A required field that
    neither gives is a usage error, before anything is sent.
    """
    shorthand = next(iter(model._REQUIRED_KEYS)) if len(model._REQUIRED_KEYS) == 1 else None
    if data is None:
        wire: dict[str, Any] = {}
    elif isinstance(data, str) and shorthand is not None:  # the one required field, given alone
        wire = {shorthand: data}
    elif isinstance(data, Model):
        wire = data.to_dict()  # type: ignore[attr-defined]
    elif isinstance(data, Mapping):
        wire = to_wire(data, argument)
    else:
        raise EigenpalUsageError(
            f"{argument} must be a dict or a {model.__name__}, got {type(data).__name__}."
        )
    for name, value in fields.items():
        if value is not UNSET:
            wire[name] = to_wire(value, model._WIRE_NAMES.get(name, name))
    from ._generated.rules import BODY_RULES

    rules = BODY_RULES.get(model.__name__, {})
    for name, value in wire.items():
        if name in rules:
            conform(value, model._WIRE_NAMES.get(name, name), rules[name])
        elif model._CLOSED and name not in model._WIRE_NAMES:
            raise EigenpalUsageError(
                f"{argument} has the field {name!r}, which {model.__name__} does not have; "
                f"its fields are {', '.join(sorted(model._WIRE_NAMES))}."
            )
    missing = sorted(model._REQUIRED_KEYS - wire.keys())
    if missing:
        python = model._WIRE_NAMES.get(missing[0], missing[0])
        raise EigenpalUsageError(f"{python} is required: pass {python}=... or {missing[0]!r} in {argument}.")
    return model.from_dict(wire)  # type: ignore[attr-defined, no-any-return]


def make_union_body(models: tuple[type[Model], ...], data: object, argument: str = "data") -> Any:
    """A request body that may take one of several shapes (``oneOf``): a model of one of them as it is, or
    a dict with wire names, read as the first shape it satisfies. A dict no shape accepts is a usage
    error naming each shape's problem, before anything is sent."""
    if isinstance(data, models):
        return data
    if not isinstance(data, Mapping):
        names = " or ".join(model.__name__ for model in models)
        raise EigenpalUsageError(f"{argument} is required: pass a dict or a {names}.")
    problems = []
    for model in models:
        try:
            return make_body(model, data, {}, argument)
        except EigenpalUsageError as error:
            problems.append(f"as {model.__name__}: {error}")
    raise EigenpalUsageError(f"{argument} matches none of its shapes; " + " ".join(problems))

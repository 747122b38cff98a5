"""Seed-era call shapes (the June 2026 API) translated onto today's: the run-time half of ``aliases.yaml``.

``make generate`` renders each entry of ``aliases.yaml`` into the client tree (``_facade.py``) as tables of
``Rename``s and calls to these helpers; the client's ``run``, ``run_and_wait`` and ``base_url`` use the rest.
A translation is one-to-one or it does not happen: an old value with no equivalent today raises
``EigenpalUsageError`` naming the call to make instead, before anything is sent. What is translated warns
with a ``DeprecationWarning`` that names today's call and points at the caller's line.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeVar

from ._errors import EigenpalUsageError
from ._generated.types import UNSET, Model


class Rename(NamedTuple):
    """One seed-era argument: today's name (``None`` when it has none), its wire names, and its values."""

    new: str | None
    old_wire: str
    new_wire: str | None
    query: bool
    """A query keyword (``None`` when not given) rather than a body field (``UNSET`` when not given)."""
    flag: bool = False
    """A query flag: ``False`` filters nothing, as if it were not given."""
    values: Mapping[Any, Any] | None = None
    """Old value → today's; ``None`` when values are kept as they are."""
    refused_values: Mapping[Any, str] | None = None
    """Old value → why it has no equivalent today and what to call instead."""
    refused: str | None = None
    """Why the argument has no equivalent today (any value that would be sent is refused)."""

    @property
    def absent(self) -> Any:
        """The value of the argument when it is not given."""
        return None if self.query else UNSET


F = TypeVar("F", bound=Callable[..., Any])


def deprecated(message: str, /, *, category: None = None) -> Callable[[F], F]:
    """At run time, what ``typing_extensions.deprecated(message, category=None)`` does (PEP 702): mark the
    function (``__deprecated__``) without wrapping it; the method warns itself, naming today's call. Type
    checkers read typing_extensions' own (the client tree imports it for them only, so ``import eigenpal``
    does not load it) and flag every use."""

    def mark(function: F) -> F:
        function.__deprecated__ = message  # type: ignore[attr-defined]
        return function

    return mark


def warn(message: str, stacklevel: int = 3) -> None:
    """A ``DeprecationWarning`` pointing at the caller of the method that calls this (``stacklevel`` counts
    from here: 3 when a client method calls it directly)."""
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


def translate(call: str, table: Mapping[str, Rename], given: Mapping[str, Any]) -> dict[str, Any]:
    """The old arguments a caller gave, as today's by today's name. Refuses, before anything is sent, an
    argument or a value with no equivalent today."""
    today: dict[str, Any] = {}
    for old, value in given.items():
        rename = table[old]
        if value is rename.absent or (rename.flag and value is False):  # a flag set False filters nothing
            continue
        if rename.new is None:
            raise EigenpalUsageError(f"{call}({old}=...) is refused: {rename.refused}")
        if rename.flag and not isinstance(value, bool):
            raise EigenpalUsageError(f"{call}: {old}={_short(value)} must be True or False.")
        today[rename.new] = translate_value(value, rename, old)
    return today


def translate_value(value: Any, rename: Rename, argument: str) -> Any:
    """Today's value for an old one (``UNSET`` stays ``UNSET``); refused when it has no equivalent."""
    if value is UNSET or rename.values is None:
        return value
    if _hashable(value) and value in rename.values:
        return rename.values[value]
    reason = (rename.refused_values or {}).get(value) if _hashable(value) else None
    if reason is not None:
        raise EigenpalUsageError(reason)
    known = ", ".join(repr(old) for old in [*rename.values, *(rename.refused_values or {})])
    raise EigenpalUsageError(f"{argument}={_short(value)} is not valid; the old values are {known}.")


def merge(call: str, table: Mapping[str, Rename], today: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:  # fmt: skip
    """The arguments given under today's names (``given``) with the translated old ones (``today``) added;
    an argument given under both names is refused."""
    merged = dict(given)
    for old, rename in table.items():
        new = rename.new
        if new is None or new not in today:
            continue
        if merged.get(new, rename.absent) is not rename.absent:
            raise EigenpalUsageError(f"{call}: {old} is the old name of {new}; pass {new} only.")
        merged[new] = today[new]
    return merged


def keywords_message(call: str, table: Mapping[str, Rename], given: Mapping[str, Any]) -> str:
    """The warning for the seed-era keywords a caller gave, naming today's for each."""
    parts = [
        f"{call}({old}=...) → {call}({table[old].new}=...)"
        if table[old].new
        else f"{call}({old}=False) → leave it out"
        for old, value in given.items()
        if value is not None
    ]
    return f"{'; '.join(parts)}: the old keywords are deprecated."


def body(call: str, table: Mapping[str, Rename], data: Any) -> Any:
    """A whole body given as a dict with the old wire names, with today's names and values; a model or
    anything else goes through as it is (today's method checks it)."""
    if not isinstance(data, Mapping) or isinstance(data, Model):
        return data
    by_wire = {rename.old_wire: rename for rename in table.values()}
    result = {key: value for key, value in data.items() if key not in by_wire}
    for key, value in data.items():
        if key not in by_wire:
            continue
        rename = by_wire[key]
        if rename.new_wire is None:
            raise EigenpalUsageError(f"{call}: data[{key!r}] is refused: {rename.refused}")
        if rename.new_wire in result:
            raise EigenpalUsageError(
                f"{call}: data has {key!r}, the old name of {rename.new_wire!r}, and {rename.new_wire!r}; "
                f"give {rename.new_wire!r} only."
            )
        result[rename.new_wire] = translate_value(value, rename, f"data[{key!r}]")
    return result


def file_references(input: Any, old_key: str, new_key: str) -> Any:
    """A run's input with each seed-era file reference (``{old_key: id}``, alone or in a list) in today's
    form (``{new_key: id}``), warning once naming the inputs. A reference with other keys (the June
    ``filename``/``mimeType`` overrides) has no equivalent today and is refused."""
    if not isinstance(input, Mapping):
        return input  # run() says what input must be
    translated: dict[str, Any] = {}
    for name, value in input.items():
        listed = isinstance(value, (list, tuple)) and bool(value)
        items = list(value) if listed else [value]
        if all(_is_old_reference(item, old_key, new_key) for item in items):
            references = [_reference(item, name, old_key, new_key) for item in items]
            translated[name] = references if listed else references[0]
    if not translated:
        return input
    warn(
        f"input {', '.join(map(repr, translated))}: the file reference {{{old_key!r}: file_id}} is deprecated: "
        f"pass {{{new_key!r}: file_id}} or the File that files.upload returns.",
        stacklevel=4,
    )
    return {**input, **translated}


def _is_old_reference(value: Any, old_key: str, new_key: str) -> bool:
    return (
        isinstance(value, Mapping)
        and not isinstance(value, Model)
        and old_key in value
        and new_key not in value
    )


def _reference(value: Mapping[str, Any], name: str, old_key: str, new_key: str) -> dict[str, Any]:
    others = sorted(str(key) for key in value if key != old_key)
    if others:
        raise EigenpalUsageError(
            f"input[{name!r}]: a file reference today is {{{new_key!r}: file_id}} alone and the run sees the "
            f"file under the name it was uploaded with, so {', '.join(others)} has no equivalent: drop it, or "
            "upload the file under that name with files.upload and pass the File it returns."
        )
    return {new_key: value[old_key]}


def base_url(url: str, hosts: Mapping[str, str]) -> str:
    """Today's host for a seed-era default host (the June SDK sent to ``<host>/api/v1``), with a warning."""
    new = hosts.get(url)
    if new is None:
        return url
    warn(
        f"base_url {url!r} is deprecated: today's API is at {new!r}, the default; leave base_url out.",
        stacklevel=4,
    )
    return new


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."

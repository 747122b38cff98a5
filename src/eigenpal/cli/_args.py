"""Argument types, checked while parsing so that a typo is a usage error (exit 2), never an empty result.

Choices come from the spec: query parameters from ``eigenpal._generated.rules.QUERY_RULES``, run statuses
from the ``ExecutionStatus`` enum. Inputs: ``--input KEY=VALUE`` is always text, ``--input-json KEY=JSON``
is typed (numbers, booleans, lists, objects), ``--inputs JSON|FILE`` gives all of them as one object.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .._sync._wait import MAX_RUN_WAIT_SECONDS
from ._messages import usage_error

Type = Callable[[str], Any]
Number = TypeVar("Number", int, float)


def query_rule(operation: str, parameter: str) -> dict[str, Any]:
    """What the spec allows for a query parameter (``values``, ``minimum``, ``maximum``)."""
    from .._generated.rules import QUERY_RULES

    return QUERY_RULES[operation][parameter]


def query_values(operation: str, parameter: str) -> list[str]:
    return list(query_rule(operation, parameter)["values"])


def run_statuses() -> list[str]:
    from .._generated.models import ExecutionStatus

    return [status.value for status in ExecutionStatus]


def comma_separated(choices: Sequence[str], what: str) -> Type:
    """``a,b``: each item one of ``choices``."""

    def parse(value: str) -> list[str]:
        items = [item.strip() for item in value.split(",")]
        for item in items:
            if item not in choices:
                raise argparse.ArgumentTypeError(f"{item!r} is not {what}; choose from {', '.join(choices)}")
        return items

    return parse


def bounded_int(operation: str, parameter: str) -> Type:
    """A whole number within the spec's minimum and maximum for this query parameter."""
    rule = query_rule(operation, parameter)
    low, high = rule["minimum"], rule["maximum"]

    def parse(value: str) -> int:
        number = _number(value, int, "a whole number")
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{number} is out of range: from {low} to {high}")
        return number

    return parse


def positive_int(value: str) -> int:
    number = _number(value, int, "a whole number")
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} must be 1 or more")
    return number


def seconds(value: str) -> float:
    """Seconds: positive and finite, at most a week (the longest wait the SDK accepts)."""
    number = _number(value, float, "a number of seconds")
    if not 0 < number <= MAX_RUN_WAIT_SECONDS:
        raise argparse.ArgumentTypeError(f"{value} must be more than 0 and at most {MAX_RUN_WAIT_SECONDS:g}")
    return number


def fraction(value: str) -> float:
    number = _number(value, float, "a fraction")
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} must be a fraction from 0 to 1 (0.15 for 15%)")
    return number


def port(value: str) -> int:
    number = _number(value, int, "a port number")
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{number} is not a port (0 to 65535; 0 picks a free one)")
    return number


def _number(value: str, kind: Callable[[str], Number], what: str) -> Number:
    try:
        number = kind(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not {what}") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"{value!r} is not {what}")
    return number


def _pair(value: str, shape: str) -> tuple[str, str]:
    key, sep, rest = value.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{value!r}: expected {shape}")
    return key, rest


def text_input(value: str) -> tuple[str, Any]:
    """``--input KEY=VALUE``: the value is text as typed (``zip=02134`` stays ``"02134"``)."""
    return _pair(value, "KEY=VALUE")


def json_input(value: str) -> tuple[str, Any]:
    """``--input-json KEY=JSON``: ``n=3``, ``ok=true``, ``tags='["a"]'``, ``name='"text"'``."""
    key, raw = _pair(value, "KEY=JSON")
    try:
        return key, json.loads(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{key}: {raw!r} is not valid JSON (quote text as '\"{raw}\"', or use --input {key}=...)"
        ) from None


def file_input(value: str) -> tuple[str, Path]:
    """``--file KEY=PATH``: an existing file."""
    key, path = _pair(value, "KEY=PATH")
    return key, readable_file(path)


def readable_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{value!r} is not a readable file")
    return path


def json_or_file(value: str) -> Any:
    """A JSON value written inline, or the path of a file that holds one."""
    path = Path(value)
    if path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise argparse.ArgumentTypeError(f"{value!r} does not hold valid JSON: {error}") from None
    try:
        return json.loads(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is neither a readable file nor valid JSON") from None


def json_object_or_file(value: str) -> dict[str, Any]:
    found = json_or_file(value)
    if not isinstance(found, dict):
        raise argparse.ArgumentTypeError(f"{value!r} must be a JSON object of input names to values")
    return found


def collect_inputs(
    inputs: dict[str, Any] | None, pairs: Sequence[tuple[str, Any]], files: Sequence[tuple[str, Path]]
) -> dict[str, Any]:
    """The run's input: ``--inputs`` first, then each ``--input``/``--input-json`` pair, then the files
    (a key given twice is refused; ``--file`` may repeat a key for a list of files)."""
    found = dict(inputs or {})
    given: set[str] = set()
    for key, value in pairs:
        if key in given:
            raise usage_error(f"input {key!r} is given twice (--input / --input-json)")
        given.add(key)
        found[key] = value
    grouped: dict[str, list[Path]] = {}
    for key, path in files:
        if key in given:
            raise usage_error(f"input {key!r} is given both as a value and as a --file")
        grouped.setdefault(key, []).append(path)
    found.update({key: paths[0] if len(paths) == 1 else paths for key, paths in grouped.items()})
    return found

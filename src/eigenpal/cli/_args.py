"""Argument types shared by the commands, checked while parsing so that a typo is a usage error (exit 2),
never an empty result.

Choices and bounds come from the spec (``eigenpal.spec.QUERY_RULES``); waits are bounded by
``eigenpal.spec.MAX_RUN_WAIT_SECONDS``. A value given as JSON or as a file holding it is read here too.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from eigenpal.spec import MAX_RUN_WAIT_SECONDS, QUERY_RULES

Type = Callable[[str], Any]
Number = TypeVar("Number", int, float)


def query_rule(operation: str, parameter: str) -> Mapping[str, Any]:
    """What the spec allows for a query parameter (``values``, ``minimum``, ``maximum``)."""
    return QUERY_RULES[operation][parameter]


def query_values(operation: str, parameter: str) -> list[str]:
    return list(query_rule(operation, parameter)["values"])


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

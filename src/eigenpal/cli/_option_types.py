"""The options of the spec commands, typed from the spec's rules: an enum is a choice, an ``x-flag`` a
``--flag``, a boolean ``--name/--no-name``, a whole or decimal number checked against its bounds, a list
comma-separated (each item checked), and an object or any JSON value ``JSON|@FILE|-``.

A bad value is refused while parsing (exit 2) by argparse, which names the option. ``null`` clears a
nullable field that is not text (text is sent as typed; a null text goes in ``--data``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._operations import Option, Rule

Type = Callable[[str], Any]
SCALARS = frozenset({"string", "integer", "number"})
JSON_METAVAR = "JSON|@FILE|-"


def json_value(value: str) -> Any:
    """Inline JSON, ``@FILE`` (a file holding JSON) or ``-`` (JSON on stdin)."""
    if value == "-":
        text, where = sys.stdin.read(), "stdin"
    elif value.startswith("@"):
        try:
            text, where = Path(value[1:]).read_text(encoding="utf-8"), repr(value[1:])
        except (OSError, UnicodeDecodeError) as error:
            raise argparse.ArgumentTypeError(f"cannot read {value[1:]!r}: {_reason(error)}") from None
    else:
        text, where = value, None
    try:
        return json.loads(text)
    except ValueError as error:
        hint = " (write text as '\"text\"', or a file as @FILE)" if where is None else ""
        source = f"{where} does not hold" if where else f"{_short(value)} is not"
        raise argparse.ArgumentTypeError(f"{source} valid JSON: {error}{hint}") from None


def json_object(value: str) -> dict[str, Any]:
    """A request body: a JSON object, inline, ``@FILE`` or ``-``."""
    found = json_value(value)
    if not isinstance(found, dict):
        raise argparse.ArgumentTypeError(f"the body must be a JSON object, not {type(found).__name__}")
    return found


def number(rule: Rule) -> Type:
    """A whole (``integer``) or decimal number within the rule's bounds."""
    whole = rule["type"] == "integer"
    low, high = rule.get("minimum"), rule.get("maximum")
    above = rule.get("exclusiveMinimum")

    def parse(value: str) -> int | float:
        try:
            found: int | float = int(value) if whole else float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{_short(value)} is not {'a whole number' if whole else 'a number'}"
            ) from None
        if not math.isfinite(found):
            raise argparse.ArgumentTypeError(f"{_short(value)} is not a finite number")
        if (low is not None and found < low) or (high is not None and found > high):
            raise argparse.ArgumentTypeError(f"{found} is out of range: {_range(low, high)}")
        if above is not None and found <= above:
            raise argparse.ArgumentTypeError(f"{found} must be more than {above:g}")
        return found

    return parse


def choice(values: list[str]) -> Type:
    """One of ``values`` (argparse's ``choices`` says the same for a plain option; this one also serves
    list items and nullable values)."""

    def parse(value: str) -> str:
        if value not in values:
            raise argparse.ArgumentTypeError(f"invalid choice: {value!r} (choose from {', '.join(values)})")
        return value

    return parse


def comma_list(item: Type) -> Type:
    """``a,b,c``: a list, each item checked by ``item``."""

    def parse(value: str) -> list[Any]:
        items = [part.strip() for part in value.split(",")]
        if not all(items):
            raise argparse.ArgumentTypeError(f"{_short(value)} has an empty item; write items as a,b,c")
        return [item(part) for part in items]

    return parse


def nullable(parse: Type) -> Type:
    """``null`` sends JSON null (clears the field); anything else is parsed by ``parse``."""

    def parse_or_null(value: str) -> Any:
        return None if value == "null" else parse(value)

    return parse_or_null


def scalar(rule: Rule) -> Type | None:
    """How one value of a scalar rule is read: a choice, a number or text (``None``: taken as typed)."""
    if rule.get("values"):
        return choice(list(rule.get("values", [])))
    if rule["type"] in ("integer", "number"):
        return number(rule)
    return None


def option_arguments(option: Option, *, required: bool) -> dict[str, Any]:
    """``add_argument`` keywords for a spec option (``dest`` and ``default`` aside); ``required`` says
    whether argparse requires it (a JSON body's field may come in ``--data`` instead)."""
    rule = option["rule"]
    kind = rule["type"]
    text = option["help"] or f"the {option['where']} field {option['wire']}"
    if "default" in option:
        text += f" (server default: {json.dumps(option['default'])})"
    if option["required"] and not required:
        text += " (required, here or in --data)"
    if kind == "flag":
        return {"action": "store_true", "help": text}
    if kind == "boolean":
        return {"action": argparse.BooleanOptionalAction, "help": text}
    parse, metavar = _parser(rule)
    if rule.get("nullable") and (kind != "string" or rule.get("values")) and parse is not json_value:
        parse, text = nullable(parse or str), text + " (null to clear)"
    found: dict[str, Any] = {"help": text, "required": required, "metavar": metavar}
    if parse is not None:
        found["type"] = parse
    return found


def _parser(rule: Rule) -> tuple[Type | None, str]:
    """The value parser and the metavar of a non-boolean rule."""
    kind = rule["type"]
    if rule.get("csv"):
        return comma_list(scalar(rule) or str), _list_metavar(rule)
    if kind == "array":
        items = rule.get("items") or {"type": "any"}
        if items["type"] in SCALARS:
            return comma_list(scalar(items) or str), _list_metavar(items)
        return json_value, JSON_METAVAR
    if kind in SCALARS:
        parse = scalar(rule)
        if rule.get("values"):
            return parse, "{" + ",".join(rule.get("values", [])) + "}"
        return parse, {"integer": "N", "number": "NUMBER"}.get(kind, "TEXT")
    return json_value, JSON_METAVAR


def _list_metavar(rule: Rule) -> str:
    values = rule.get("values")
    one = (
        "{" + ",".join(values) + "}"
        if values
        else {"integer": "N", "number": "NUMBER"}.get(rule["type"], "TEXT")
    )
    return f"{one}[,...]"


def _range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"from {low:g} to {high:g}"
    return f"at least {low:g}" if low is not None else f"at most {high:g}"


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _reason(error: OSError | UnicodeDecodeError) -> str:
    return "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else error.strerror or str(error)

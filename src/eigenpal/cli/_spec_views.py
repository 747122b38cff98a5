"""How a spec command's JSON answer reads for a person (``--json`` prints the wire JSON instead).

An object reads as ``key  value`` lines (one level of nesting spelled out, as every command prints), and
each of its lists of objects (``folders``, ``items``) follows as a table; a list of objects is a table.
A table's columns are the fields whose values are plain (text, numbers, yes/no), ``id`` first, at most
``MAX_COLUMNS`` of them; ``--json`` has the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._output import Printer

MAX_COLUMNS = 6
PLAIN = (str, int, float, bool)


def answer_view(data: Any, printer: Printer) -> None:
    if isinstance(data, Mapping):
        tables = {key: value for key, value in data.items() if _objects(value) and value}
        printer.fields({key: value for key, value in data.items() if key not in tables})
        for key, rows in tables.items():
            printer.blank()
            printer.fields({key: f"{len(rows)}"})
            _table(rows, printer)
    elif _objects(data):
        _table(data, printer)
    else:
        printer.fields({"answer": data})


def _objects(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, Mapping) for item in value)


def _table(rows: Sequence[Mapping[str, Any]], printer: Printer) -> None:
    columns = columns_of(rows)
    printer.table(columns, [[row.get(column) for column in columns] for row in rows], empty="(none)")


def columns_of(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The plain fields some row has a value for, in the order first seen, ``id`` first, at most
    ``MAX_COLUMNS``."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(
            (key, None) for key, value in row.items() if isinstance(value, PLAIN) and value is not None
        )
    names = sorted(seen, key=lambda name: name != "id")
    return names[:MAX_COLUMNS] or ["(fields)"]

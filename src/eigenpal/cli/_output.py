"""How the command line prints: readable tables by default, JSON with ``--json``, progress on a TTY."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def to_jsonable(value: Any) -> Any:
    """Models become their wire JSON; containers are converted recursively."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any, out: TextIO = sys.stdout) -> None:
    json.dump(to_jsonable(value), out, indent=2, ensure_ascii=False)
    out.write("\n")


def _cell(value: Any) -> str:
    value = to_jsonable(value)
    if value is None:
        return "-"
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 60 else text[:57] + "..."
    return str(value)


def print_table(rows: Iterable[Sequence[Any]], headers: Sequence[str], out: TextIO = sys.stdout) -> None:
    """Aligned columns; an empty table says so."""
    cells = [[_cell(v) for v in row] for row in rows]
    if not cells:
        out.write("(none)\n")
        return
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    out.write("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def print_fields(value: Any, out: TextIO = sys.stdout) -> None:
    """A model or dict as ``key: value`` lines (nested values as compact JSON)."""
    data = to_jsonable(value)
    if not isinstance(data, dict):
        print_json(data, out)
        return
    width = max((len(k) for k in data), default=0)
    for key, item in data.items():
        text = json.dumps(item, ensure_ascii=False) if isinstance(item, (dict, list)) else _cell(item)
        out.write(f"{key.ljust(width)}  {text}\n")


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO = sys.stderr) -> None:
        self.label = label
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done != total):
            return
        self._last = now
        if total:
            filled = int(30 * done / total)
            self.stream.write(
                f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done * 100 // total:3d}% "
            )
        else:
            self.stream.write(f"\r{self.label} {done / 1_048_576:.1f} MiB ")
        self.stream.flush()

    def tick(self, message: str) -> None:
        if self.enabled:
            self.stream.write(f"\r{self.label} {message} ")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()

"""How the command line prints: tables and fields that fit the terminal, wire JSON, progress on a terminal.

Human output fits the terminal's width (100 columns when piped): long values are cut with ``…`` unless
``--wide``. ``--json`` prints the wire JSON exactly as the API sent it. Progress (transfer bars, the
status line of a wait) goes to stderr, only when stderr is a terminal, and is erased when done.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, TextIO

ELLIPSIS = "…"
MIN_COLUMN = 12
"""Columns are never cut below this width, so ids and timestamps stay whole."""
FALLBACK_COLUMNS = 100
_TIMESTAMP = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)")
_ERASE = "\r\x1b[K"


def to_jsonable(value: Any) -> Any:
    """Models become their wire JSON (``to_dict()``); containers are converted recursively."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def print_json(data: Any) -> None:
    """Wire JSON (from ``to_jsonable``) on stdout, as the API sent it."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def note(message: str) -> None:
    """A hint for the person at the terminal, on stderr so that stdout stays data."""
    print(message, file=sys.stderr)


def text(value: Any) -> str:
    """One value on one line: ``-`` for null, yes/no, short timestamps, nested values as compact JSON."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and (stamp := _TIMESTAMP.fullmatch(value)):
        return f"{stamp[1]} {stamp[2]}{stamp[3]}"
    return " ".join(str(value).splitlines())


def cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: max(width - 1, 0)] + ELLIPSIS


def flatten(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Keys with one level of nesting spelled out (``timing.createdAt``); deeper values stay whole."""
    for key, value in data.items():
        if isinstance(value, Mapping) and value:
            yield from ((f"{key}.{inner}", item) for inner, item in value.items())
        else:
            yield key, value


def fit_widths(widths: Sequence[int], total: int) -> list[int]:
    """Column widths that fit ``total`` columns (two spaces apart), narrowing the widest column first."""
    fitted = list(widths)
    excess = sum(fitted) + 2 * (len(fitted) - 1) - total
    while excess > 0:
        widest = max(range(len(fitted)), key=fitted.__getitem__)
        if fitted[widest] <= MIN_COLUMN:
            break
        fitted[widest] -= 1
        excess -= 1
    return fitted


def terminal_width() -> int:
    return shutil.get_terminal_size((FALLBACK_COLUMNS, 24)).columns


class Printer:
    """Human output on stdout: ``key  value`` fields and aligned tables, cut to the width unless ``wide``."""

    def __init__(self, *, wide: bool) -> None:
        self.wide = wide
        self.width = terminal_width()

    def fields(self, data: Mapping[str, Any]) -> None:
        flat = list(flatten(data))
        key_width = max((len(key) for key, _ in flat), default=0)
        for key, value in flat:
            self._line(f"{key.ljust(key_width)}  {self._fit(text(value), self.width - key_width - 2)}")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, empty: str = "(none)") -> None:
        cells = [[text(value) for value in row] for row in rows]
        if not cells:
            self._line(empty)
            return
        widths = [max(len(header), *(len(row[i]) for row in cells)) for i, header in enumerate(headers)]
        if not self.wide:
            widths = fit_widths(widths, self.width)
        for row in [[header.upper() for header in headers], *cells]:
            self._line(
                "  ".join(cut(cell, width).ljust(width) for cell, width in zip(row, widths, strict=True))
            )

    def blank(self) -> None:
        sys.stdout.write("\n")

    def _fit(self, value: str, width: int) -> str:
        return value if self.wide else cut(value, max(width, MIN_COLUMN))

    def _line(self, line: str) -> None:
        sys.stdout.write(line.rstrip() + "\n")


class _StderrLine:
    """One line on stderr, redrawn in place and erased at the end; drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.stream: TextIO = sys.stderr
        self.enabled = self.stream.isatty()
        self._drawn = False

    def _draw(self, line: str) -> None:
        self.stream.write(_ERASE + cut(line, terminal_width() - 1))
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self._drawn:
            self.stream.write(_ERASE)
            self.stream.flush()
            self._drawn = False


class ProgressBar(_StderrLine):
    """A transfer bar (``upload [#####.....]  42%``), the ``progress`` callback of uploads and downloads."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self._last = -math.inf

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done != total):
            return
        self._last = now
        if total:
            filled = int(30 * done / total)
            shown = f"[{'#' * filled}{'.' * (30 - filled)}] {done * 100 // total:3d}%"
        else:
            shown = f"{done / 1_048_576:.1f} MiB"
        self._draw(f"{self.label} {shown}")

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.clear()


def elapsed(seconds: float) -> str:
    """``7s``, ``2m05s``, ``1h02m``."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


class StatusLine(_StderrLine):
    """``run_1  running  12s`` during a wait: redrawn with the elapsed time by a thread, erased at the end.

    ``refresh`` (if given) supplies the text every few seconds from that thread; a failing refresh keeps
    the last text, since the wait itself reports errors."""

    TICK_SECONDS = 0.2
    REFRESH_SECONDS = 2.0

    def __init__(self, message: str, *, refresh: Callable[[], str] | None = None) -> None:
        super().__init__()
        self.message = message
        self._refresh = refresh
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="eigenpal-status", daemon=True)
        self._started = time.monotonic()

    def update(self, message: str) -> None:
        self.message = message

    def __enter__(self) -> StatusLine:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        self.clear()

    def _loop(self) -> None:
        refreshed = -math.inf
        while True:
            now = time.monotonic()
            if self._refresh is not None and now - refreshed >= self.REFRESH_SECONDS:
                refreshed = now
                with contextlib.suppress(Exception):
                    self.message = self._refresh()
            self._draw(f"{self.message}  {elapsed(now - self._started)}")
            if self._stop.wait(self.TICK_SECONDS):
                return

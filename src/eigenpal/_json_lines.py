"""NDJSON stream lines: what the reference documents (``str``), with the parsed value beside it."""

from __future__ import annotations

import json
from typing import Any

from ._generated.types import JSONObject


class JSONLine(str):
    """One line of an NDJSON stream, exactly as sent (a ``str``); ``.data`` is its parsed JSON value.

    ``json.loads(line)`` works as for any string; ``line.data["type"]`` or ``line.data.type`` reads the
    parsed event without parsing it again.
    """

    data: Any

    @classmethod
    def parse(cls, text: str) -> JSONLine:
        """The line with its JSON parsed; ``ValueError`` when it is not JSON."""
        line = cls(text)
        try:
            line.data = json.loads(text, object_hook=JSONObject)
        except RecursionError:
            raise ValueError("the JSON line is nested too deeply to parse") from None
        return line

"""What the SDK reads of an HTTP answer, whichever library carried it (an ``httpx.Response`` is one)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class Answer(Protocol):
    """Status, headers (case-insensitive) and the body once read: all that parsing and errors look at."""

    @property
    def status_code(self) -> int: ...

    @property
    def reason_phrase(self) -> str: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

"""Fault injection and rate limiting, for reliability tests."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from ._contract import Operation


@dataclass
class Fault:
    """Applies to the next ``count`` requests whose route matches.

    ``route`` is an operationId (``runs.start``), ``"METHOD /api/v1/path/{template}"`` or ``"*"``.
    ``status`` answers with that status and the error envelope instead of handling the request;
    ``latency`` delays the request (then handles it unless ``status`` is set); ``drop`` sends the
    response's headers and half its body, then drops the connection.
    """

    route: str
    count: int = 1
    status: int | None = None
    latency: float = 0.0
    drop: bool = False
    retry_after: str | None = None

    def matches(self, operation: Operation | None, method: str) -> bool:
        if self.route == "*":
            return True
        if operation is None:
            return False
        return self.route in (operation.operation_id, f"{operation.method} {operation.path}")


class Faults:
    """The queue of injected faults; the first matching fault with requests left is used."""

    def __init__(self) -> None:
        self.rules: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self.rules.append(fault)
        return fault

    def take(self, operation: Operation | None, method: str) -> Fault | None:
        for fault in self.rules:
            if fault.count > 0 and fault.matches(operation, method):
                fault.count -= 1
                if fault.count == 0:
                    self.rules.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self.rules.clear()


class RateLimiter:
    """A fixed-window limit per API key: ``limit`` requests per ``per`` seconds."""

    def __init__(self, limit: int, per: float) -> None:
        self.limit, self.per = limit, per
        self.windows: dict[str, tuple[float, int]] = {}

    def retry_after(self, key: str) -> int | None:
        """Seconds to wait when ``key`` is over its limit; ``None`` when the request may pass."""
        now = time.monotonic()
        start, count = self.windows.get(key, (now, 0))
        if now - start >= self.per:
            start, count = now, 0
        if count >= self.limit:
            return max(1, math.ceil(self.per - (now - start)))
        self.windows[key] = (start, count + 1)
        return None

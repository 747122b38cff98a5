"""Fault injection and rate limiting, for reliability tests."""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from ._contract import Operation


class InvalidFault(ValueError):
    """A fault that cannot be injected; ``field`` names what is wrong."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


@dataclass
class Fault:
    """Applies to the next ``count`` requests whose route matches.

    ``route`` is an operationId (``runs.start``), ``"METHOD /v1/path/{template}"`` or ``"*"``.
    ``status`` (400-599) answers with that status and the error envelope instead of handling the
    request, with ``retry_after`` (delta-seconds or an HTTP-date) as the Retry-After of a 429;
    ``latency`` delays the request (then handles it unless ``status`` is set); ``drop`` sends the
    response's headers and half its body, then drops the connection. An invalid value raises
    ``InvalidFault`` (a ``ValueError``) naming it, instead of breaking a later response.
    """

    route: str
    count: int = 1
    status: int | None = None
    latency: float = 0.0
    drop: bool = False
    retry_after: str | None = None

    def __post_init__(self) -> None:
        for name, valid, rule in _RULES:
            if not valid(getattr(self, name)):
                raise InvalidFault(name, f"{name} {rule}, not {getattr(self, name)!r}")

    @classmethod
    def from_json(cls, body: Any) -> Fault:
        """A fault from the control route's JSON body; ``InvalidFault`` naming what is wrong."""
        if not isinstance(body, dict):
            raise InvalidFault(
                "body", 'A fault is a JSON object, such as {"route": "runs.get", "status": 503}'
            )
        known = sorted(f.name for f in fields(cls))
        unknown = sorted(set(body) - set(known))
        if unknown:
            raise InvalidFault(unknown[0], f"Unknown fault field {unknown[0]!r}; use {known}")
        if "route" not in body:
            raise InvalidFault("route", "route is required")
        return cls(**body)

    def matches(self, operation: Operation | None, method: str) -> bool:
        if self.route == "*":
            return True
        if operation is None:
            return False
        return self.route in (operation.operation_id, f"{operation.method} {operation.path}")


class Faults:
    """The queue of injected faults; the first matching fault with requests left is used.

    ``routes`` are the routes a fault may name besides ``"*"`` (each operation's id and ``METHOD /path``):
    a fault naming another one, such as a June ``/api/v1`` path, could never fire, so it is refused.
    """

    def __init__(self, routes: set[str]) -> None:
        self.routes = routes
        self.rules: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        if fault.route != "*" and fault.route not in self.routes:
            raise InvalidFault(
                "route",
                f"No operation {fault.route!r}: name an operationId (runs.start), "
                "'METHOD /v1/path/{template}' as openapi.yaml writes it, or '*'",
            )
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


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _retry_after(value: Any) -> bool:
    """Delta-seconds or an HTTP-date, in printable ASCII: it is sent as a header line."""
    if not isinstance(value, str) or not re.fullmatch(r"[ -~]+", value):
        return False
    if value.isdigit():
        return True
    try:
        email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return True


_RULES: tuple[tuple[str, Callable[[Any], bool], str], ...] = (
    ("route", lambda v: isinstance(v, str) and bool(v), "must be an operationId, 'METHOD /path' or '*'"),
    ("count", lambda v: _integer(v) and v >= 1, "must be a positive integer"),
    ("status", lambda v: v is None or (_integer(v) and 400 <= v <= 599), "must be an error status, 400-599"),
    (
        "latency",
        lambda v: (_integer(v) or isinstance(v, float)) and math.isfinite(v) and v >= 0,
        "must be a finite number of seconds, 0 or more",
    ),
    ("drop", lambda v: isinstance(v, bool), "must be true or false"),
    ("retry_after", lambda v: v is None or _retry_after(v), "must be delta-seconds or an HTTP-date"),
)

"""What a router reports, the same for the blocking and the async router: one request's result and the
running counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._policy import Decision

if TYPE_CHECKING:
    from ..types import Run


@dataclass
class RouterStats:
    """What the router did since it started."""

    existing: int = 0
    automation: int = 0
    fallbacks: int = 0
    shadow_started: int = 0
    shadow_succeeded: int = 0
    shadow_failed: int = 0
    shadow_dropped: int = 0


@dataclass(frozen=True)
class Routed:
    """The result of one routed request: the value to use, and where it came from."""

    value: Any
    source: str  # "existing" | "automation" | "fallback"
    decision: Decision
    run: Run | None = None

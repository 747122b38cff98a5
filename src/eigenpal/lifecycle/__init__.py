"""Helpers for the production lifecycle: sampled review, verdicts, promotion, closing the loop, and
routing traffic (shadow, ramp, cut over) from the calling application.

Eigenpal does not split traffic or pick runs for review: the application does, with these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._outcome import LoopOutcome
from ._policy import Decision, Mode, Rollout
from ._sampling import sample_point, sampled

if TYPE_CHECKING:
    from .._async.review import AsyncReviewQueue
    from .._sync.review import ReviewQueue
    from .async_router import AsyncRouter
    from .router import Routed, Router, RouterStats

_LAZY = {
    "ReviewQueue": "eigenpal._sync.review",
    "AsyncReviewQueue": "eigenpal._async.review",
    "Router": "eigenpal.lifecycle.router",
    "Routed": "eigenpal.lifecycle.router",
    "RouterStats": "eigenpal.lifecycle.router",
    "AsyncRouter": "eigenpal.lifecycle.async_router",
}

__all__ = [
    "AsyncReviewQueue",
    "AsyncRouter",
    "Decision",
    "LoopOutcome",
    "Mode",
    "ReviewQueue",
    "Rollout",
    "Routed",
    "Router",
    "RouterStats",
    "sample_point",
    "sampled",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

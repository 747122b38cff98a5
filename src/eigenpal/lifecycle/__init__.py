"""Helpers for the production lifecycle: sampled review, verdicts, promotion, closing the loop, and
routing traffic (shadow, ramp, cut over) from the calling application.

Eigenpal does not split traffic or pick runs for review: the application does, with these. The pure
rules (sampling, the rollout policy, what the review loop reports) are shared; the review queue is
written once in ``_async`` and derived into ``_sync`` by ``codegen/unasync.py``. It uses the runtime
through the public names of ``eigenpal``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._outcome import LoopOutcome
from ._policy import Decision, Mode, Rollout
from ._sampling import sample_point, sampled

if TYPE_CHECKING:
    from ._async.review import AsyncReviewQueue
    from ._sync.review import ReviewQueue
    from .async_router import AsyncRouter
    from .router import Routed, Router, RouterStats

_LAZY = {
    "ReviewQueue": "._sync.review",
    "AsyncReviewQueue": "._async.review",
    "Router": ".router",
    "Routed": ".router",
    "RouterStats": ".router",
    "AsyncRouter": ".async_router",
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
    """The helpers that call the API load on first use, so the pure rules stay light to import."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)

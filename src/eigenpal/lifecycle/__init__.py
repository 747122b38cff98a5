"""Helpers for the production lifecycle: sampled review, verdicts, promotion, closing the loop, working
the queue of human review tasks (runs held for a person), and routing traffic (shadow, ramp, cut over)
from the calling application.

Eigenpal does not split traffic: the application does, with these. It does rank every run for review
(``sampleRank``), and ``ReviewQueue`` samples with that rank at the rate the application picks;
``recommend_review_rate`` picks the next rate from the service's review health. The pure
rules (sampling, the rollout policy, what a router and the review loop report) are shared; the helpers
that call the API are written once in ``_async`` and derived into ``_sync`` by ``codegen/unasync.py``.
They use the runtime through public names only: ``eigenpal``, ``eigenpal.types`` and ``eigenpal.spec``
(the target forms and checks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._human_review import FieldValue, TaskRef, is_stale_decision, waiting_task_id
from ._outcome import LoopOutcome
from ._policy import Decision, Mode, Rollout
from ._review_rate import RateRecommendation, ReviewRatePolicy, recommend_review_rate
from ._routing import Routed, RouterStats
from ._sampling import sample_point, sampled

if TYPE_CHECKING:
    from ._async.human_review import AsyncHumanReviewQueue
    from ._async.review import AsyncReviewQueue
    from ._async.router import AsyncRouter
    from ._sync.human_review import HumanReviewQueue
    from ._sync.review import ReviewQueue
    from ._sync.router import Router

_LAZY = {
    "HumanReviewQueue": "._sync.human_review",
    "AsyncHumanReviewQueue": "._async.human_review",
    "ReviewQueue": "._sync.review",
    "AsyncReviewQueue": "._async.review",
    "Router": "._sync.router",
    "AsyncRouter": "._async.router",
}

__all__ = [
    "AsyncHumanReviewQueue",
    "AsyncReviewQueue",
    "AsyncRouter",
    "Decision",
    "FieldValue",
    "HumanReviewQueue",
    "LoopOutcome",
    "Mode",
    "RateRecommendation",
    "ReviewQueue",
    "ReviewRatePolicy",
    "Rollout",
    "Routed",
    "Router",
    "RouterStats",
    "TaskRef",
    "is_stale_decision",
    "recommend_review_rate",
    "sample_point",
    "sampled",
    "waiting_task_id",
]


def __getattr__(name: str) -> Any:
    """The helpers that call the API load on first use, so the pure rules stay light to import."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)

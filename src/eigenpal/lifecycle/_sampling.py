"""Deterministic, nested sampling: of request keys for a ramp here, of runs for review on the server.

A key hashes to a fixed point in [0, 1); it is sampled at rate ``r`` when its point is below ``r``. So the
same key is always in or out at a given rate, and lowering the rate (15% → 5%) keeps a subset of what
was sampled before. ``Rollout`` ramps keys this way. Runs need no hashing here: the service gives each
run a stable ``sampleRank`` in [0, 1) and ``runs.list(sample_rate=r)`` keeps the runs ranked below
``r``, which is how ``ReviewQueue`` samples (``check_sample_rank`` reads a run's rank).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from .. import EigenpalUsageError


def sample_point(key: str, salt: str = "") -> float:
    """The fixed point in [0, 1) of ``key`` (a request key, or any string)."""
    digest = hashlib.sha256(f"{salt}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def check_rate(rate: float, argument: str = "rate") -> float:
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0.0 <= rate <= 1.0:
        raise EigenpalUsageError(f"{argument}={rate!r} must be a fraction from 0.0 to 1.0 (0.15 for 15%).")
    return float(rate)


def sampled(key: str, rate: float, *, salt: str = "") -> bool:
    """Whether ``key`` is in the sample at ``rate``; stable per key, nested across rates."""
    return sample_point(key, salt) < check_rate(rate)


def check_sample_rank(run: Any) -> float:
    """A run's ``sampleRank``: the service's stable rank in [0, 1) behind ``runs.list(sample_rate=...)``."""
    rank = run.get("sampleRank") if isinstance(run, Mapping) else None
    if isinstance(rank, bool) or not isinstance(rank, (int, float)):
        raise EigenpalUsageError(
            f"run={run!r:.80} has no sampleRank; pass the run itself (a Run or RunListItem, e.g. "
            "client.runs.get(run_id)): the review sample is the service's per-run rank, not the run id."
        )
    return float(rank)

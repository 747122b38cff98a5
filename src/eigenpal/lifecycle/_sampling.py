"""Deterministic, nested sampling of runs for human review.

A run id hashes to a fixed point in [0, 1); a run is sampled at rate ``r`` when its point is below
``r``. So the same run is always in or out at a given rate, and lowering the rate (15% → 5%) keeps a
subset of what was sampled before: reviewed work never re-surfaces and nothing new appears.
"""

from __future__ import annotations

import hashlib

from .. import EigenpalUsageError


def sample_point(key: str, salt: str = "") -> float:
    """The fixed point in [0, 1) of ``key`` (a run id or a request key)."""
    digest = hashlib.sha256(f"{salt}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def check_rate(rate: float, argument: str = "rate") -> float:
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0.0 <= rate <= 1.0:
        raise EigenpalUsageError(f"{argument}={rate!r} must be a fraction from 0.0 to 1.0 (0.15 for 15%).")
    return float(rate)


def sampled(key: str, rate: float, *, salt: str = "") -> bool:
    """Whether ``key`` is in the sample at ``rate``; stable per key, nested across rates."""
    return sample_point(key, salt) < check_rate(rate)

"""Results of the review loop's last step."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoopOutcome:
    """One open review checked by ``close_loop``: whether its promoted example passes now."""

    run_id: str
    example_id: str
    experiment_id: str
    passed: bool
    resolved: bool

"""Results of the review loop's last step."""

from __future__ import annotations

from dataclasses import dataclass

from typing_extensions import deprecated


@dataclass(frozen=True)
class LoopOutcome:
    """One open review checked by ``close_loop``: whether its promoted example passes now, and whether the
    review was closed (every example promoted from the run passes)."""

    run_id: str
    example_id: str
    experiment_id: str
    passed: bool
    closed: bool

    @property
    @deprecated(
        "LoopOutcome.resolved is deprecated: use LoopOutcome.closed (reviews are closed, not resolved)"
    )
    def resolved(self) -> bool:
        """Deprecated: ``closed``."""
        return self.closed

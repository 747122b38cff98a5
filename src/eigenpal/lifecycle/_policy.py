"""The rollout decision of the production guide, free of I/O: shadow, ramp or cut over.

``Rollout`` holds the mode and fraction (changeable at run time, like a feature flag, with an instant
kill switch) and decides per request key; the sync and async routers only execute the decision.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Literal

from .. import EigenpalUsageError
from ._sampling import check_rate, sample_point

Mode = Literal["off", "shadow", "ramp", "cutover"]
MODES = ("off", "shadow", "ramp", "cutover")


@dataclass(frozen=True)
class Decision:
    """What to do with one request: call the automation in the background (``shadow``), act on its
    output (``use_automation``), or neither (existing process only)."""

    mode: Mode
    fraction: float
    shadow: bool
    use_automation: bool

    def metadata(self, key: str) -> dict[str, Any]:
        """Run metadata recording the routing, so runs can be filtered by rollout later."""
        return {"rollout": {"mode": self.mode, "fraction": self.fraction, "key": key}}


class Rollout:
    """Mode and fraction of a rollout, safe to change from any thread while requests are routed.

    - ``shadow``: every request also goes to the automation in the background; its output is recorded,
      never acted on.
    - ``ramp``: the keys whose sample point is below ``fraction`` use the automation (deterministic
      per key, so a customer stays on one side while the fraction grows: 1%, 5%, 25%, 100%).
    - ``cutover``: every request uses the automation.
    - ``off``: the kill switch; nothing reaches the automation.
    """

    def __init__(self, mode: Mode = "shadow", fraction: float | None = None, *, salt: str = "") -> None:
        self._lock = threading.Lock()
        self._salt = salt
        self._mode: Mode = "off"
        self._fraction = 0.0
        self.set(mode, fraction)

    def set(self, mode: Mode, fraction: float | None = None) -> None:
        """Change the mode (and the ramp fraction) for the requests that follow."""
        if mode not in MODES:
            raise EigenpalUsageError(f"mode={mode!r} is not valid; use one of {', '.join(map(repr, MODES))}.")
        if mode == "ramp" and fraction is None and self._fraction == 0.0:
            raise EigenpalUsageError(
                "a ramp needs its fraction: Rollout('ramp', 0.05) sends 5% of the keys to the automation "
                "(a ramp without one would silently send none)."
            )
        with self._lock:
            self._mode = mode
            if fraction is not None:
                self._fraction = check_rate(fraction, "fraction")

    def kill(self) -> None:
        """Stop sending anything to the automation, at once."""
        self.set("off")

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def fraction(self) -> float:
        return self._fraction

    def decide(self, key: str) -> Decision:
        with self._lock:
            mode, fraction = self._mode, self._fraction
        if mode == "ramp":
            chosen = sample_point(key, self._salt) < fraction
            return Decision(mode, fraction, shadow=False, use_automation=chosen)
        return Decision(mode, fraction, shadow=mode == "shadow", use_automation=mode == "cutover")

    def __repr__(self) -> str:
        return f"Rollout(mode={self._mode!r}, fraction={self._fraction})"

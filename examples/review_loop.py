"""The daily review loop: sampled runs get a verdict, wrong ones are corrected and promoted, and open
reviews are closed once the fixed workflow passes them.

    python examples/review_loop.py                         # the embedded emulator, with a few runs to review
    EIGENPAL_API_KEY=... python examples/review_loop.py workflows.extract-invoice 0.15
"""

from __future__ import annotations

import sys
from typing import Any

from _setup import SAMPLE, connected

from eigenpal import EigenpalClient
from eigenpal.lifecycle import ReviewQueue


def judge(output: dict[str, Any]) -> dict[str, Any] | None:
    """Your reviewer: return None when the output is right, or the corrected output."""
    if output.get("fields") == sorted(output.get("input", {})):
        return None
    return {**output, "fields": sorted(output.get("input", {}))}


def main(automation: str, rate: float) -> None:
    client = EigenpalClient()
    queue = ReviewQueue(client, automation, rate=rate)
    reviewed = wrong = 0
    for run in queue.pending():
        reviewed += 1
        output = client.runs.get(run.id).output or {}
        corrected = judge(output)
        if corrected is None:
            queue.correct(run.id)
        else:
            wrong += 1
            queue.incorrect(run.id, corrected_output=corrected, note="corrected by the review loop")
            queue.promote(run.id)
    print(f"reviewed {reviewed} sampled runs at {rate:.0%}: {wrong} incorrect and promoted")
    for outcome in queue.close_loop():
        print(f"  review of {outcome.run_id}: {'closed' if outcome.closed else 'still failing'}")


if __name__ == "__main__":
    automation = sys.argv[1] if len(sys.argv) > 1 else "workflows.extract-invoice"
    with connected() as emulated:
        if emulated:  # an empty service has nothing to review: start a day's worth of runs first
            client = EigenpalClient()
            for n in range(20):
                client.run_and_wait(automation, {"contract": SAMPLE, "customer": f"C{n}"})
        main(automation, float(sys.argv[2]) if len(sys.argv) > 2 else 0.15)

"""Wire JSON samples shaped exactly as the wire facts describe them."""

from __future__ import annotations

import copy
from typing import Any

TIMING = {
    "createdAt": "2026-11-01T10:00:00.000Z",
    "startedAt": "2026-11-01T10:00:01.000Z",
    "completedAt": "2026-11-01T10:00:04.000Z",
    "durationMs": 3000,
    "cancelRequestedAt": None,
}
SOURCE = {"id": "wf_1", "name": "Extract invoice", "version": "v3", "slug": "extract-invoice", "git": None}
TRIGGER = {"type": "api", "by": None}
RETRY = {"number": 0, "previousRunId": None, "nextRun": None}
META = {"status": "completed", "schemaValid": True, "batchId": None, "retry": RETRY}

RUN: dict[str, Any] = {
    "id": "run_1",
    "type": "workflow",
    "finished": True,
    "tags": [],
    "sampleRank": 0.42,
    "timing": TIMING,
    "source": SOURCE,
    "trigger": TRIGGER,
    "output": {"total": 1280.5, "currency": "EUR", "lines": [{"sku": "A", "qty": 2}]},
    "files": [{"name": "summary.json", "role": "output", "path": "output/summary.json", "contentType": None}],
    "error": None,
    "usage": None,
    "execution": META,
}
RUN_ACCEPTED: dict[str, Any] = {"id": "run_2", "type": "agent", "finished": False}


def run(**changes: Any) -> dict[str, Any]:
    """A deep copy of RUN with top-level keys replaced."""
    value = copy.deepcopy(RUN)
    value.update(changes)
    return value

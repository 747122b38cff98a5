"""Which run a dataset example was promoted from, as ``ReviewQueue.promote`` records it.

A run's review does not say which example it became, so the queue writes the link into the example's
metadata, ``{"promotedFrom": {"runId": "run_..."}}`` (metadata values are objects in the contract), and
``close_loop`` reads it back to find the examples of open reviews.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PROMOTED_FROM = "promotedFrom"


def promoted_from(example: Mapping[str, Any]) -> str | None:
    """The run id an example's wire JSON says it was promoted from, or ``None``."""
    metadata = example.get("metadata")
    link = metadata.get(PROMOTED_FROM) if isinstance(metadata, Mapping) else None
    run_id = link.get("runId") if isinstance(link, Mapping) else None
    return run_id if isinstance(run_id, str) else None

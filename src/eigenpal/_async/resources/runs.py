"""``client.runs``: inspect, list, cancel and promote runs (``/api/v1/runs``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._generated.facade_async import AsyncRunsBase

if TYPE_CHECKING:
    from .run_artifacts import AsyncRunArtifacts
    from .run_feedback import AsyncRunFeedback


class AsyncRuns(AsyncRunsBase):
    """Runs of workflows and agents. Start them with ``client.run``; everything after lives here.

    Its methods are generated; ``artifacts`` and ``feedback`` add downloads and uploads by hand."""

    @functools.cached_property
    def artifacts(self) -> AsyncRunArtifacts:
        from .run_artifacts import AsyncRunArtifacts

        return AsyncRunArtifacts(self._pipeline)

    @functools.cached_property
    def feedback(self) -> AsyncRunFeedback:
        from .run_feedback import AsyncRunFeedback

        return AsyncRunFeedback(self._pipeline)

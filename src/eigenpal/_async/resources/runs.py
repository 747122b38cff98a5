"""``client.runs``: inspect, list, cancel and promote runs (``/api/v1/runs``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._generated.facade_async import AsyncRunsBase
from ..._options import RequestOptions
from ..._params import required_id

if TYPE_CHECKING:
    from ..._generated.models import Run
    from .run_artifacts import AsyncRunArtifacts
    from .run_feedback import AsyncRunFeedback


class AsyncRuns(AsyncRunsBase):
    """Runs of workflows and agents. Start them with ``client.run``; everything after lives here.

    Its methods are generated but ``wait`` (polling, no route of its own); ``artifacts`` and ``feedback``
    add downloads and uploads by hand."""

    async def wait(
        self,
        id: str,
        *,
        timeout_seconds: float = 300,
        poll_interval_seconds: float | None = None,
        options: RequestOptions | None = None,
    ) -> Run:
        """Wait for an existing run to end and return it (completed, failed or cancelled).

        Starting and waiting can be separated: ``client.run(...)`` now, ``client.runs.wait(run_id)`` later,
        in another process if need be. A wait that times out (``EigenpalTimeoutError`` with ``run_id``) or
        is cancelled leaves the run going; call ``wait`` again to resume. The service has no long-poll for
        an existing run, so this polls ``runs.get`` from 0.1 s, growing to every 2 s."""
        from .._wait import wait_for_existing_run

        run_id = required_id(id, "id")

        async def get(run_id: str) -> Run:
            return await self.get(run_id, options=options)

        return await wait_for_existing_run(run_id, get, timeout_seconds, poll_interval_seconds)

    @functools.cached_property
    def artifacts(self) -> AsyncRunArtifacts:
        from .run_artifacts import AsyncRunArtifacts

        return AsyncRunArtifacts(self._pipeline)

    @functools.cached_property
    def feedback(self) -> AsyncRunFeedback:
        from .run_feedback import AsyncRunFeedback

        return AsyncRunFeedback(self._pipeline)

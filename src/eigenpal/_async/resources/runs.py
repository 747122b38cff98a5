"""``client.runs``: waiting for an existing run (its other methods are generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._options import RequestOptions
from ..._params import required_id

if TYPE_CHECKING:
    from ..._generated.models import Run
    from .._base_client import AsyncAPIClient


class AsyncRunWait:
    """``runs.wait``: polls a run started earlier (``client.run``) to its end; it has no route of its own."""

    _pipeline: AsyncAPIClient

    async def wait(
        self,
        id: str,
        *,
        timeout_seconds: float = 300,
        poll_interval_seconds: float | None = None,
        human_review: Literal["return", "wait"] = "return",
        options: RequestOptions | None = None,
    ) -> Run:
        """Wait for an existing run to end and return it (completed, failed, cancelled or rejected).

        Starting and waiting can be separated: ``client.run(...)`` now, ``client.runs.wait(run_id)`` later,
        in another process if need be. A wait that times out (``EigenpalTimeoutError`` with ``run_id``) or
        is cancelled leaves the run going; call ``wait`` again to resume. The service has no long-poll for
        an existing run, so this polls ``runs.get`` from 0.1 s, growing to every 2 s.

        A run held for a person (status ``waiting``) is returned at once by default
        (``human_review="return"``): only a decision on its task moves it, so polling would spend the
        timeout for nothing (``eigenpal.lifecycle.waiting_task_id(run)`` names the task). With ``"wait"``
        the wait goes on until the task is decided and the run ends; a timeout names the task."""
        from ..._generated.api.operations import runs_get
        from .._wait import wait_for_existing_run

        run_id = required_id(id, "id")

        async def get(run_id: str) -> Run:
            return await self._pipeline.send(runs_get.request(run_id), options)

        return await wait_for_existing_run(run_id, get, timeout_seconds, poll_interval_seconds, human_review)

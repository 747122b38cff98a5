"""``client.runs.trace``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._options import RequestOptions
from ..._params import required_id
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import RunTraceResponse


class AsyncRunTrace(AsyncResource):
    """Low-level execution traces, for finding which step produced a wrong output."""

    async def get(self, id: str, *, options: RequestOptions | None = None) -> RunTraceResponse:
        """The run's trace events (``GET /api/v1/runs/{id}/trace``)."""
        from ..._generated.api.operations import runs_trace_get

        return await self._pipeline.send(runs_trace_get.request(required_id(id, "id")), options)

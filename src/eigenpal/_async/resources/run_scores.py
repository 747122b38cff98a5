"""``client.runs.scores``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._options import RequestOptions
from ..._params import required_id
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import RunScoresResponse


class AsyncRunScores(AsyncResource):
    """Automated evaluator results of a run (human verdicts live in ``runs.feedback``)."""

    async def list(self, id: str, *, options: RequestOptions | None = None) -> RunScoresResponse:
        """Every evaluator result of one run (``GET /api/v1/runs/{id}/scores``)."""
        from ..._generated.api.operations import runs_scores_list

        return await self._pipeline.send(runs_scores_list.request(required_id(id, "id")), options)

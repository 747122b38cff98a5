"""``client.experiments``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._options import RequestOptions
from ..._params import required_id
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import ExperimentRef


class AsyncExperiments(AsyncResource):
    """Experiments known only by id."""

    async def resolve(self, experiment_id: str, *, options: RequestOptions | None = None) -> ExperimentRef:
        """The automation that owns an experiment (``GET /api/v1/experiments/{experimentId}``)."""
        from ..._generated.api.operations import experiments_resolve

        return await self._pipeline.send(
            experiments_resolve.request(required_id(experiment_id, "experiment_id")), options
        )

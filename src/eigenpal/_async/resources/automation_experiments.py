"""``client.automations.experiments``: run dataset examples through an automation and score them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import make_body
from ..._targets import Target, automation_ref

if TYPE_CHECKING:
    from ..._generated.models import ExperimentCreate
    from ..._json_lines import JSONLine
    from .._base_client import AsyncAPIClient


class AsyncExperimentStream:
    """Experiment batches: each runs chosen examples and records evaluator scores.

    Everything but ``create_stream`` (an NDJSON stream) is generated."""

    _pipeline: AsyncAPIClient

    async def create_stream(
        self,
        id: Target,
        data: ExperimentCreate | Mapping[str, Any] | None = None,
        *,
        examples: Sequence[str] | Unset = UNSET,
        batch_concurrency: int | Unset | None = UNSET,
        source_ref: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[JSONLine]:
        """Start an experiment and yield its progress events as they arrive (``POST …/experiments/stream``).

        The body is the one ``create`` takes. Each event is the NDJSON line as a ``str`` (as the reference
        documents), and ``event.data`` is the parsed event: ``event.data.type``, ``event.data["runId"]``."""
        from ..._generated.api.operations import automations_experiments_create_stream
        from ..._generated.models import ExperimentCreate

        fields = {"examples": examples, "batchConcurrency": batch_concurrency, "sourceRef": source_ref}
        body = make_body(ExperimentCreate, data, fields)
        request = automations_experiments_create_stream.request(automation_ref(id), body=body)
        async for event in self._pipeline.stream_json_lines(request, options):
            yield event

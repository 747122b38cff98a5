"""``client.automations.experiments``: run dataset examples through an automation and score them."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import bounded, choice, make_body, opt, required_id
from ..._targets import Target, automation_ref
from .._pagination import AsyncPage
from ._base import AsyncResource
from .paging import offset_page

if TYPE_CHECKING:
    from ..._generated.models import Experiment, ExperimentCreate, ExperimentCreateResponse, ExperimentDetail
    from ..._json_lines import JSONLine

ExportFormat = Literal["csv", "json"]


def _create_body(
    data: ExperimentCreate | Mapping[str, Any] | None,
    examples: Sequence[str] | Unset,
    batch_concurrency: int | Unset | None,
    source_ref: str | Unset,
) -> ExperimentCreate:
    from ..._errors import EigenpalUsageError
    from ..._generated.models import ExperimentCreate

    if examples is None:
        examples = UNSET
    if not isinstance(examples, Unset) and (
        not isinstance(examples, (list, tuple)) or not all(isinstance(e, str) and e for e in examples)
    ):
        raise EigenpalUsageError(
            "examples must be a list of dataset example ids (omit it to run the whole dataset)."
        )
    if batch_concurrency is not None and not isinstance(batch_concurrency, Unset):
        bounded(batch_concurrency, "batch_concurrency", 1)
    listed = UNSET if isinstance(examples, Unset) else list(examples)
    return make_body(
        ExperimentCreate, data, examples=listed, batch_concurrency=batch_concurrency, source_ref=source_ref
    )


class AsyncAutomationExperiments(AsyncResource):
    """Experiment batches: each runs chosen examples and records evaluator scores."""

    async def list(
        self,
        id: Target,
        *,
        limit: int | None = None,
        offset: int | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[Experiment]:
        """One page of experiments (``GET …/experiments``); ``page.iter_all()`` walks every page."""
        from ..._generated.api.operations import automations_experiments_list

        request = automations_experiments_list.request(
            automation_ref(id),
            limit=bounded(limit, "limit", 1, 500),
            offset=bounded(offset, "offset", 0),
            from_date=opt(from_date),
            to_date=opt(to_date),
        )
        following = functools.partial(
            self.list, id, limit=limit, from_date=from_date, to_date=to_date, options=options
        )
        return offset_page(await self._pipeline.send(request, options), following)

    async def get(
        self, id: Target, experiment_id: str, *, options: RequestOptions | None = None
    ) -> ExperimentDetail:
        """One experiment with its runs and each run's evaluator results (``GET …/experiments/{experimentId}``)."""
        from ..._generated.api.operations import automations_experiments_get

        request = automations_experiments_get.request(
            automation_ref(id), required_id(experiment_id, "experiment_id")
        )
        return await self._pipeline.send(request, options)

    async def cancel(
        self, id: Target, experiment_id: str, *, options: RequestOptions | None = None
    ) -> ExperimentDetail:
        """Cancel queued and running work; finished runs stay recorded (``POST …/cancel``)."""
        from ..._generated.api.operations import automations_experiments_cancel

        request = automations_experiments_cancel.request(
            automation_ref(id), required_id(experiment_id, "experiment_id")
        )
        return await self._pipeline.send(request, options)

    async def create(
        self,
        id: Target,
        data: ExperimentCreate | Mapping[str, Any] | None = None,
        *,
        examples: Sequence[str] | Unset = UNSET,
        batch_concurrency: int | Unset | None = UNSET,
        source_ref: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ExperimentCreateResponse:
        """Start an experiment over the whole dataset or the given example ids (``POST …/experiments``)."""
        from ..._generated.api.operations import automations_experiments_create

        body = _create_body(data, examples, batch_concurrency, source_ref)
        return await self._pipeline.send(
            automations_experiments_create.request(automation_ref(id), body=body), options
        )

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

        Each event is the NDJSON line as a ``str`` (as the reference documents), and ``event.data`` is the
        parsed event: ``event.data.type``, ``event.data["runId"]``."""
        from ..._generated.api.operations import automations_experiments_create_stream

        body = _create_body(data, examples, batch_concurrency, source_ref)
        request = automations_experiments_create_stream.request(automation_ref(id), body=body)
        async for event in self._pipeline.stream_json_lines(request, options):
            yield event

    async def export(
        self,
        id: Target,
        experiment_id: str,
        *,
        format: ExportFormat = "csv",
        options: RequestOptions | None = None,
    ) -> str:
        """One experiment's eval result rows as CSV or JSON text (``GET …/experiments/{experimentId}/export``)."""
        from ..._generated.api.operations import automations_experiments_export
        from ..._generated.models import AutomationsExperimentsExportFormat

        chosen = AutomationsExperimentsExportFormat(str(choice(format, ("csv", "json"), "format")))
        request = automations_experiments_export.request(
            automation_ref(id), required_id(experiment_id, "experiment_id"), format_=chosen
        )
        return await self._pipeline.send(request, options)

    async def export_all(
        self, id: Target, *, format: ExportFormat = "csv", options: RequestOptions | None = None
    ) -> str:
        """Every eval result row of the automation as CSV or JSON text (``GET …/experiments/export``)."""
        from ..._generated.api.operations import automations_experiments_export_all
        from ..._generated.models import AutomationsExperimentsExportAllFormat

        chosen = AutomationsExperimentsExportAllFormat(str(choice(format, ("csv", "json"), "format")))
        return await self._pipeline.send(
            automations_experiments_export_all.request(automation_ref(id), format_=chosen), options
        )

"""``client.automations``: the registry of runnable workflows and agents."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal

from ..._options import RequestOptions
from ..._params import bounded, choice, opt
from ..._targets import Target, automation_ref
from .._pagination import AsyncPage
from ._base import AsyncResource
from .paging import offset_page

if TYPE_CHECKING:
    from ..._generated.models import (
        AutomationDetail,
        AutomationSummary,
        AutomationSyncResponse,
        AutomationTriggersResponse,
        ListAutomationVersionsResponse,
    )
    from .automation_dataset import AsyncAutomationDataset
    from .automation_evaluators import AsyncAutomationEvaluators
    from .automation_examples import AsyncAutomationExamples
    from .automation_experiments import AsyncAutomationExperiments


class AsyncAutomations(AsyncResource):
    """Workflows and agents, addressed by id or typed alias (``workflows.<slug>``, ``agents.<slug>``)."""

    @functools.cached_property
    def dataset(self) -> AsyncAutomationDataset:
        from .automation_dataset import AsyncAutomationDataset

        return AsyncAutomationDataset(self._pipeline)

    @functools.cached_property
    def evaluators(self) -> AsyncAutomationEvaluators:
        from .automation_evaluators import AsyncAutomationEvaluators

        return AsyncAutomationEvaluators(self._pipeline)

    @functools.cached_property
    def examples(self) -> AsyncAutomationExamples:
        from .automation_examples import AsyncAutomationExamples

        return AsyncAutomationExamples(self._pipeline)

    @functools.cached_property
    def experiments(self) -> AsyncAutomationExperiments:
        from .automation_experiments import AsyncAutomationExperiments

        return AsyncAutomationExperiments(self._pipeline)

    async def list(
        self,
        *,
        search: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[AutomationSummary]:
        """One page of automations (``GET /api/v1/automations``); ``page.iter_all()`` walks every page."""
        from ..._generated.api.operations import automations_list
        from ..._generated.models import AutomationsListType

        kind = choice(type, ("workflow", "agent"), "type")
        request = automations_list.request(
            search=opt(search),
            type_=AutomationsListType(kind) if isinstance(kind, str) else kind,
            limit=bounded(limit, "limit", 1, 100),
            offset=bounded(offset, "offset", 0),
        )
        following = functools.partial(self.list, search=search, type=type, limit=limit, options=options)
        return offset_page(await self._pipeline.send(request, options), following)

    async def get(self, id: Target, *, options: RequestOptions | None = None) -> AutomationDetail:
        """One automation with its input and output schemas (``GET /api/v1/automations/{id}``)."""
        from ..._generated.api.operations import automations_get

        return await self._pipeline.send(automations_get.request(automation_ref(id)), options)

    async def versions(
        self, id: Target, *, options: RequestOptions | None = None
    ) -> ListAutomationVersionsResponse:
        """The automation's released versions (``GET /api/v1/automations/{id}/versions``)."""
        from ..._generated.api.operations import automations_versions_list

        return await self._pipeline.send(automations_versions_list.request(automation_ref(id)), options)

    async def sync(self, id: Target, *, options: RequestOptions | None = None) -> AutomationSyncResponse:
        """Reconcile the registry with the latest published Git release; idempotent
        (``POST /api/v1/automations/{id}/sync``)."""
        from ..._generated.api.operations import automations_sync

        return await self._pipeline.send(automations_sync.request(automation_ref(id)), options)

    async def triggers(
        self, id: Target, *, options: RequestOptions | None = None
    ) -> AutomationTriggersResponse:
        """Which triggers are on; ``api`` must be on to start runs from code
        (``GET /api/v1/automations/{id}/triggers``)."""
        from ..._generated.api.operations import automations_triggers_get

        return await self._pipeline.send(automations_triggers_get.request(automation_ref(id)), options)

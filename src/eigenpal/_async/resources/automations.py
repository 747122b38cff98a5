"""``client.automations``: the registry of runnable workflows and agents."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._generated.facade_async import AsyncAutomationsBase

if TYPE_CHECKING:
    from .automation_dataset import AsyncAutomationDataset
    from .automation_examples import AsyncAutomationExamples
    from .automation_experiments import AsyncAutomationExperiments


class AsyncAutomations(AsyncAutomationsBase):
    """Workflows and agents, addressed by id or typed alias (``workflows.<slug>``, ``agents.<slug>``).

    Its methods are generated; the nodes below with uploads, downloads or streams are written by hand."""

    @functools.cached_property
    def dataset(self) -> AsyncAutomationDataset:
        from .automation_dataset import AsyncAutomationDataset

        return AsyncAutomationDataset(self._pipeline)

    @functools.cached_property
    def examples(self) -> AsyncAutomationExamples:
        from .automation_examples import AsyncAutomationExamples

        return AsyncAutomationExamples(self._pipeline)

    @functools.cached_property
    def experiments(self) -> AsyncAutomationExperiments:
        from .automation_experiments import AsyncAutomationExperiments

        return AsyncAutomationExperiments(self._pipeline)

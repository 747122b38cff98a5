"""``client.automations.examples``: the dataset examples an automation is evaluated on."""

from __future__ import annotations

import functools

from ..._generated.facade_async import AsyncAutomationsExamplesBase
from .example_files import AsyncExpectedFile, AsyncExpectedFiles, AsyncInputFile, AsyncInputFiles


class AsyncAutomationExamples(AsyncAutomationsExamplesBase):
    """Examples: an input, the expected output and files, metadata and overrides.

    Every method here is generated; the file nodes below add their uploads and downloads."""

    @functools.cached_property
    def input_files(self) -> AsyncInputFiles:
        return AsyncInputFiles(self._pipeline)

    @functools.cached_property
    def input_file(self) -> AsyncInputFile:
        return AsyncInputFile(self._pipeline)

    @functools.cached_property
    def expected_files(self) -> AsyncExpectedFiles:
        return AsyncExpectedFiles(self._pipeline)

    @functools.cached_property
    def expected_file(self) -> AsyncExpectedFile:
        return AsyncExpectedFile(self._pipeline)

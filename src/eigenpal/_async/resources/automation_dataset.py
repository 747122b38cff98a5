"""``client.automations.dataset``: the whole dataset as a ZIP archive."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Literal, overload

from ..._errors import EigenpalUsageError
from ..._options import RequestOptions
from ..._params import choice, query
from ..._targets import Target, automation_ref

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import DatasetImportAppendResponse, DatasetImportReplaceResponse
    from .._base_client import AsyncAPIClient


class AsyncDatasetArchive:
    """Export and import datasets; the archive holds ``examples/<id>/input`` and ``examples/<id>/expected``."""

    _pipeline: AsyncAPIClient

    @overload
    async def export(
        self,
        id: Target,
        *,
        example_ids: str | Sequence[str] | None = None,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def export(
        self,
        id: Target,
        *,
        example_ids: str | Sequence[str] | None = None,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def export(
        self,
        id: Target,
        *,
        example_ids: str | Sequence[str] | None = None,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """The dataset as ZIP bytes, or streamed into ``to`` (``GET …/dataset/export``); ``example_ids``
        (a list or a comma string) exports only those examples."""
        from ..._generated.api.operations import automations_dataset_export
        from ..._generated.rules import QUERY_RULES

        request = automations_dataset_export.request(
            automation_ref(id),
            example_ids=query(
                example_ids, "example_ids", QUERY_RULES["automations.dataset.export"]["exampleIds"]
            ),
        )
        return await self._pipeline.download(request, to, progress, options)

    async def import_(
        self,
        id: Target,
        file: FileInput,
        *,
        mode: Literal["append", "replace"] = "append",
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> DatasetImportAppendResponse | DatasetImportReplaceResponse:
        """Import a dataset ZIP (``POST …/dataset/import``): ``append`` adds examples, ``replace`` replaces
        the dataset."""
        from ..._files import open_uploads
        from ..._generated.api.operations import automations_dataset_import
        from ..._generated.models import (
            AutomationDatasetImportMultipartRequest,
            AutomationDatasetImportMultipartRequestMode,
        )

        modes = [value.value for value in AutomationDatasetImportMultipartRequestMode]
        if mode is None:
            raise EigenpalUsageError(f"mode cannot be None; use one of {', '.join(map(repr, modes))}.")
        chosen = choice(mode, modes, "mode")
        ref = automation_ref(id)
        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            body = AutomationDatasetImportMultipartRequest(
                file=part, mode=AutomationDatasetImportMultipartRequestMode(chosen)
            )
            return await self._pipeline.send(automations_dataset_import.request(ref, body=body), options)

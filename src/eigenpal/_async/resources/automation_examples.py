"""``client.automations.examples``: the dataset examples an automation is evaluated on."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import bounded, make_body, required_id
from ..._targets import Target, automation_ref
from .._pagination import AsyncPage
from ._base import AsyncResource
from .paging import offset_page

if TYPE_CHECKING:
    from ..._generated.models import (
        DatasetExample,
        DatasetExampleExpectedFileList,
        DatasetExampleExpectedFileRenameResponse,
        DatasetExampleExpectedFileUploadResponse,
        DatasetExampleInputFileList,
        DatasetExampleInputFileRenameResponse,
        DatasetExampleInputFileUploadResponse,
        DatasetExampleMutation,
        DatasetExampleUpdate,
        ExampleRunResponse,
    )
    from .example_files import AsyncExampleFile, AsyncExampleFiles


class AsyncAutomationExamples(AsyncResource):
    """Examples: an input, the expected output and files, metadata and overrides."""

    @functools.cached_property
    def input_files(
        self,
    ) -> AsyncExampleFiles[DatasetExampleInputFileList, DatasetExampleInputFileUploadResponse]:
        from .example_files import AsyncExampleFiles

        return AsyncExampleFiles(self._pipeline, "input")

    @functools.cached_property
    def input_file(self) -> AsyncExampleFile[DatasetExampleInputFileRenameResponse]:
        from .example_files import AsyncExampleFile

        return AsyncExampleFile(self._pipeline, "input")

    @functools.cached_property
    def expected_files(
        self,
    ) -> AsyncExampleFiles[DatasetExampleExpectedFileList, DatasetExampleExpectedFileUploadResponse]:
        from .example_files import AsyncExampleFiles

        return AsyncExampleFiles(self._pipeline, "expected")

    @functools.cached_property
    def expected_file(self) -> AsyncExampleFile[DatasetExampleExpectedFileRenameResponse]:
        from .example_files import AsyncExampleFile

        return AsyncExampleFile(self._pipeline, "expected")

    async def list(
        self,
        id: Target,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[DatasetExample]:
        """One page of examples (``GET …/examples``); ``page.iter_all()`` walks every page."""
        from ..._generated.api.operations import automations_examples_list

        request = automations_examples_list.request(
            automation_ref(id), limit=bounded(limit, "limit", 1, 100), offset=bounded(offset, "offset", 0)
        )
        following = functools.partial(self.list, id, limit=limit, options=options)
        return offset_page(await self._pipeline.send(request, options), following)

    async def get(
        self, id: Target, example_id: str, *, options: RequestOptions | None = None
    ) -> DatasetExample:
        """One example (``GET …/examples/{exampleId}``)."""
        from ..._generated.api.operations import automations_examples_get

        request = automations_examples_get.request(automation_ref(id), required_id(example_id, "example_id"))
        return await self._pipeline.send(request, options)

    async def create(
        self,
        id: Target,
        data: DatasetExampleMutation | Mapping[str, Any] | None = None,
        *,
        name: str | Unset | None = UNSET,
        input: dict[str, Any] | Unset | None = UNSET,
        expected: Any | Unset = UNSET,
        metadata: dict[str, Any] | Unset | None = UNSET,
        annotation: str | Unset | None = UNSET,
        row_order: int | Unset | None = UNSET,
        overrides: dict[str, Any] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExample:
        """Create an example from JSON fields (``POST …/examples``); add its files with ``input_files``
        and ``expected_files``, or import a whole archive with ``dataset.import_``."""
        from ..._generated.api.operations import automations_examples_create
        from ..._generated.models import DatasetExampleMutation

        _check(name, annotation, row_order)
        body = make_body(
            DatasetExampleMutation, data, name=name, input_=input, expected=expected, metadata=metadata,
            annotation=annotation, row_order=row_order, overrides=overrides,
        )  # fmt: skip
        return await self._pipeline.send(
            automations_examples_create.request(automation_ref(id), body=body), options
        )

    async def update(
        self,
        id: Target,
        example_id: str,
        data: DatasetExampleUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | Unset | None = UNSET,
        input: dict[str, Any] | Unset | None = UNSET,
        expected: Any | Unset = UNSET,
        metadata: dict[str, Any] | Unset | None = UNSET,
        annotation: str | Unset | None = UNSET,
        row_order: int | Unset | None = UNSET,
        overrides: dict[str, Any] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExample:
        """Change some fields (``PATCH …/examples/{exampleId}``): fields left out are kept, ``None`` clears."""
        from ..._generated.api.operations import automations_examples_update
        from ..._generated.models import DatasetExampleUpdate

        _check(name, annotation, row_order)
        body = make_body(
            DatasetExampleUpdate, data, name=name, input_=input, expected=expected, metadata=metadata,
            annotation=annotation, row_order=row_order, overrides=overrides,
        )  # fmt: skip
        request = automations_examples_update.request(
            automation_ref(id), required_id(example_id, "example_id"), body=body
        )
        return await self._pipeline.send(request, options)

    async def delete(
        self, id: Target, example_id: str, *, options: RequestOptions | None = None
    ) -> DatasetExample | None:
        """Delete an example; future experiments no longer run it (``DELETE …/examples/{exampleId}``).
        Returns the deleted example, or ``None`` when the service answers 204 No Content."""
        from ..._generated.api.operations import automations_examples_delete

        request = automations_examples_delete.request(
            automation_ref(id), required_id(example_id, "example_id")
        )
        return await self._pipeline.send(request, options)

    async def run(
        self, id: Target, example_id: str, *, options: RequestOptions | None = None
    ) -> ExampleRunResponse:
        """Start a run of the example's input; poll it with ``client.runs.get`` (``POST …/run``)."""
        from ..._generated.api.operations import automations_examples_run

        request = automations_examples_run.request(automation_ref(id), required_id(example_id, "example_id"))
        return await self._pipeline.send(request, options)


def _check(name: object, annotation: object, row_order: object) -> None:
    from ..._errors import EigenpalUsageError

    if isinstance(name, str) and not 1 <= len(name) <= 128:
        raise EigenpalUsageError(f"name={name!r} must be 1 to 128 characters long.")
    if isinstance(annotation, str) and len(annotation) > 2000:
        raise EigenpalUsageError("annotation must be at most 2000 characters long.")
    if isinstance(row_order, int) and row_order < 0:
        raise EigenpalUsageError(f"row_order={row_order} must be 0 or more.")

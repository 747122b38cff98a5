"""``client.automations.examples.{input_files, input_file, expected_files, expected_file}``: uploads and
downloads (their JSON methods are generated).

An example's input folder and expected folder behave alike, so one mixin serves both kinds of node and
is told its folder; the generated endpoints differ only by name.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from contextlib import ExitStack
from typing import Any, ClassVar, Generic, Literal, TypeVar, cast, overload

from ..._files import Destination, FileInput, Progress, is_file, open_uploads
from ..._generated.facade_async import (
    AsyncAutomationsExamplesExpectedFileBase,
    AsyncAutomationsExamplesExpectedFilesBase,
    AsyncAutomationsExamplesInputFileBase,
    AsyncAutomationsExamplesInputFilesBase,
)
from ..._generated.models import (
    DatasetExampleExpectedFileUploadResponse,
    DatasetExampleInputFileUploadResponse,
)
from ..._options import RequestOptions
from ..._params import path_param, required_id
from ..._targets import Target, automation_ref
from .._base_client import AsyncAPIClient

Folder = Literal["input", "expected"]
UploadT = TypeVar("UploadT")


def _endpoint(folder: Folder, action: str) -> Any:
    return importlib.import_module(
        f"eigenpal._generated.api.operations.automations_examples_{folder}_{action}"
    )


class AsyncFolderUpload(Generic[UploadT]):
    """``create``: upload files into the example's folder, streamed."""

    _folder: ClassVar[Folder]
    _pipeline: AsyncAPIClient

    async def create(
        self,
        id: Target,
        example_id: str,
        files: FileInput | Sequence[FileInput],
        *,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> UploadT:
        """Upload one or more files into this folder of the example, streamed; reference them from the
        example's JSON as ``$file`` paths such as ``input/invoice.pdf`` or ``expected/result.pdf``."""
        many: list[FileInput] = list(files) if isinstance(files, (list, tuple)) else [cast(FileInput, files)]
        if not many or not all(is_file(f) or isinstance(f, str) for f in many):
            from ..._errors import EigenpalUsageError

            raise EigenpalUsageError(
                "files must be a file (path, binary file or file dict) or a non-empty list of them."
            )
        models = importlib.import_module("eigenpal._generated.models")
        body_type = getattr(models, f"DatasetExample{self._folder.capitalize()}FileUploadRequest")
        ref, example = automation_ref(id), required_id(example_id, "example_id")
        with ExitStack() as stack:
            parts = [part for _, part in open_uploads([("file", f) for f in many], stack, progress)]
            request = _endpoint(self._folder, "files_create").request(
                ref, example, body=body_type(file=parts)
            )
            return cast(UploadT, await self._pipeline.send(request, options))


class AsyncFolderDownload:
    """``get``: one file of the example's folder, as bytes or streamed to disk."""

    _folder: ClassVar[Folder]
    _pipeline: AsyncAPIClient

    @overload
    async def get(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def get(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def get(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """The file's bytes, or streamed into ``to`` (returns bytes written)."""
        request = _endpoint(self._folder, "file_get").request(
            automation_ref(id), required_id(example_id, "example_id"), path_param(path, "path")
        )
        return await self._pipeline.download(request, to, progress, options)


class AsyncInputFiles(
    AsyncFolderUpload[DatasetExampleInputFileUploadResponse], AsyncAutomationsExamplesInputFilesBase
):
    """The files of an example's input folder."""

    _folder = "input"


class AsyncExpectedFiles(
    AsyncFolderUpload[DatasetExampleExpectedFileUploadResponse], AsyncAutomationsExamplesExpectedFilesBase
):
    """The files of an example's expected folder."""

    _folder = "expected"


class AsyncInputFile(AsyncFolderDownload, AsyncAutomationsExamplesInputFileBase):
    """One file in an example's input folder, by path."""

    _folder = "input"


class AsyncExpectedFile(AsyncFolderDownload, AsyncAutomationsExamplesExpectedFileBase):
    """One file in an example's expected folder, by path."""

    _folder = "expected"

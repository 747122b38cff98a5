"""``client.automations.examples.{input_files, input_file, expected_files, expected_file}``: uploads and
downloads (their JSON methods are generated).

An example's input folder and expected folder behave alike, so one class serves both folders and is told
which; the generated endpoints differ only by name. The four mixins at the end are those classes, each
told its folder.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, cast, overload

from ..._options import RequestOptions
from ..._params import path_param, required_id
from ..._targets import Target, automation_ref

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress

    # Named as strings in the upload mixins' bases below, so no model loads with the client tree.
    from ..._generated.models import (  # noqa: F401
        DatasetExampleExpectedFileUploadResponse,
        DatasetExampleInputFileUploadResponse,
    )
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
        from ..._files import is_file, open_uploads

        many: list[FileInput] = (
            list(files) if isinstance(files, (list, tuple)) else [cast("FileInput", files)]
        )
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


class AsyncInputFilesUpload(AsyncFolderUpload["DatasetExampleInputFileUploadResponse"]):
    """The files of an example's input folder."""

    _folder = "input"


class AsyncExpectedFilesUpload(AsyncFolderUpload["DatasetExampleExpectedFileUploadResponse"]):
    """The files of an example's expected folder."""

    _folder = "expected"


class AsyncInputFileDownload(AsyncFolderDownload):
    """One file in an example's input folder, by path."""

    _folder = "input"


class AsyncExpectedFileDownload(AsyncFolderDownload):
    """One file in an example's expected folder, by path."""

    _folder = "expected"

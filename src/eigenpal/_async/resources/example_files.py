"""``client.automations.examples.{input_files, input_file, expected_files, expected_file}``.

An example's input folder and expected folder behave alike, so one class serves each kind of node and
is told its folder; the generated endpoints differ only by name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from typing import Any, Generic, Literal, TypeVar, cast, overload

from ..._files import Destination, FileInput, Progress, is_file, open_uploads
from ..._generated.types import Model
from ..._options import RequestOptions
from ..._params import make_body, opt_path, path_param, required_id
from ..._targets import Target, automation_ref
from .._base_client import AsyncAPIClient
from ._base import AsyncResource

Folder = Literal["input", "expected"]
ListT = TypeVar("ListT")
UploadT = TypeVar("UploadT")
RenameT = TypeVar("RenameT")


def _endpoints(folder: Folder, action: str) -> Any:
    import importlib

    return importlib.import_module(
        f"eigenpal._generated.api.operations.automations_examples_{folder}_{action}"
    )


class AsyncExampleFiles(AsyncResource, Generic[ListT, UploadT]):
    """The files of one folder (``input`` or ``expected``) of a dataset example."""

    def __init__(self, pipeline: AsyncAPIClient, folder: Folder) -> None:
        super().__init__(pipeline)
        self._folder = folder

    async def list(self, id: Target, example_id: str, *, options: RequestOptions | None = None) -> ListT:
        """Paths of the files in this folder of the example."""
        request = _endpoints(self._folder, "files_list").request(
            automation_ref(id), required_id(example_id, "example_id")
        )
        return cast(ListT, await self._pipeline.send(request, options))

    async def create(
        self,
        id: Target,
        example_id: str,
        files: FileInput | Sequence[FileInput],
        *,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> UploadT:
        """Upload one or more files into this folder, streamed; reference them from the example JSON as
        ``$file`` paths such as ``input/invoice.pdf``."""
        import importlib

        many: list[FileInput] = list(files) if isinstance(files, (list, tuple)) else [cast(FileInput, files)]
        if not many or not all(is_file(f) or isinstance(f, str) for f in many):
            from ..._errors import EigenpalUsageError

            raise EigenpalUsageError(
                "files must be a file (path, binary file or file dict) or a non-empty list of them."
            )
        model = importlib.import_module("eigenpal._generated.models")
        body_type = getattr(model, f"DatasetExample{self._folder.capitalize()}FileUploadRequest")
        endpoint = _endpoints(self._folder, "files_create")
        ref, example = automation_ref(id), required_id(example_id, "example_id")
        with ExitStack() as stack:
            parts = [part for _, part in open_uploads([("file", f) for f in many], stack, progress)]
            return cast(
                UploadT,
                await self._pipeline.send(
                    endpoint.request(ref, example, body=body_type(file=parts)), options
                ),
            )


class AsyncExampleFile(AsyncResource, Generic[RenameT]):
    """One file in a folder (``input`` or ``expected``) of a dataset example, by path."""

    def __init__(self, pipeline: AsyncAPIClient, folder: Folder) -> None:
        super().__init__(pipeline)
        self._folder = folder

    def _request(self, action: str, id: Target, example_id: str, path: str, **kwargs: Any) -> Any:
        endpoint = _endpoints(self._folder, f"file_{action}")
        return endpoint.request(
            automation_ref(id), required_id(example_id, "example_id"), path_param(path, "path"), **kwargs
        )

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
        return await self._pipeline.download(
            self._request("get", id, example_id, path), to, progress, options
        )

    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        data: Mapping[str, Any] | Model | None = None,
        *,
        new_filename: str | None = None,
        options: RequestOptions | None = None,
    ) -> RenameT:
        """Rename the file; its folder is kept. ``new_filename=`` or the body (``{"newFilename": ...}``)."""
        import importlib

        model = importlib.import_module("eigenpal._generated.models")
        body = make_body(
            getattr(model, f"DatasetExample{self._folder.capitalize()}FileRenameRequest"),
            data,
            new_filename=opt_path(new_filename, "new_filename"),
        )
        return cast(
            RenameT,
            await self._pipeline.send(self._request("update", id, example_id, path, body=body), options),
        )

    async def delete(
        self, id: Target, example_id: str, path: str, *, options: RequestOptions | None = None
    ) -> None:
        """Delete the file."""
        await self._pipeline.send(self._request("delete", id, example_id, path), options)

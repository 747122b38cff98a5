"""``client.files``: reusable uploads that runs and examples can reference."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, overload

from ..._options import RequestOptions
from ..._params import required_id

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import File
    from .._base_client import AsyncAPIClient


class AsyncFileTransfer:
    """Upload-first files. Once a run references one, Eigenpal snapshots it into the run's artifacts.

    ``get`` and ``delete`` are generated; the upload and the download stream, so they are written here."""

    _pipeline: AsyncAPIClient

    async def upload(
        self, file: FileInput, *, progress: Progress | None = None, options: RequestOptions | None = None
    ) -> File:
        """Upload a file, streamed from disk (``POST /v1/files``); pass the result as a run input."""
        from ..._files import open_uploads
        from ..._generated.api.operations import files_create
        from ..._generated.models import CreateFileMultipartRequest

        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            return await self._pipeline.send(
                files_create.request(body=CreateFileMultipartRequest(file=part)), options
            )

    @overload
    async def download(
        self,
        id: str,
        *,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        id: str,
        *,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def download(
        self,
        id: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """The file's bytes, or with ``to=`` (path or binary file) the number of bytes streamed there."""
        from ..._generated.api.operations import files_content_get

        return await self._pipeline.download(
            files_content_get.request(required_id(id, "id")), to, progress, options
        )

"""``client.files``: reusable uploads that runs and examples can reference.

The upload, the download and one chunk of an upload session stream, so they are written here; ``get``,
``delete`` and the session's JSON methods are generated.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING, Literal, cast, overload

from ..._errors import EigenpalUsageError
from ..._generated.types import UNSET
from ..._options import RequestOptions
from ..._params import choice, required_id

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import AcceptHttpChunkedUploadChunkResponse, File
    from .._base_client import AsyncAPIClient

READ_BYTES = 64 * 1024
"""How much of a chunk is read from its file at a time while it is sent."""


class AsyncFileTransfer:
    """Upload-first files. Once a run references one, Eigenpal snapshots it into the run's artifacts."""

    _pipeline: AsyncAPIClient

    async def upload(
        self,
        file: FileInput,
        *,
        purpose: Literal["builder-attachment", "run-input"] | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> File:
        """Upload a file, streamed from disk (``POST /v1/files``); pass the result as a run input.
        ``purpose`` says what it is for (``run-input``, ``builder-attachment``); the server's default
        when left out."""
        from ..._files import open_uploads
        from ..._generated.api.operations import files_create
        from ..._generated.models import CreateFileMultipartRequest, CreateFileMultipartRequestPurpose

        chosen = choice(purpose, [value.value for value in CreateFileMultipartRequestPurpose], "purpose")
        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            body = CreateFileMultipartRequest(
                file=part, purpose=UNSET if chosen is UNSET else CreateFileMultipartRequestPurpose(chosen)
            )
            return await self._pipeline.send(files_create.request(body=body), options)

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

    async def put_upload_chunk(
        self,
        upload_id: str,
        chunk_index: int,
        data: bytes | bytearray | memoryview | FileInput,
        *,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> AcceptHttpChunkedUploadChunkResponse:
        """Send one chunk of an upload session (``PUT /v1/files/uploads/{uploadId}/chunks/{chunkIndex}``,
        the raw bytes as ``application/octet-stream``); ``chunk_index`` counts from 0. Chunks may arrive
        in any order and may be sent again.

        ``data`` is the chunk: bytes, or a file (a path or a seekable binary file, from its current
        position to its end), streamed from disk and read again from the chunk's start if the PUT is
        retried."""
        from ..._files import check_progress, open_upload
        from ..._generated.api.operations import files_uploads_chunks_put
        from ..._generated.types import File as Payload

        session = required_id(upload_id, "upload_id")
        if isinstance(chunk_index, bool) or not isinstance(chunk_index, int) or chunk_index < 0:
            raise EigenpalUsageError(
                f"chunk_index={chunk_index!r} must be a whole number from 0 (the chunk's place in the file)."
            )
        check_progress(progress)
        with ExitStack() as stack:
            if isinstance(data, (bytes, bytearray, memoryview)):
                stream: IO[bytes] = io.BytesIO(data)
            else:
                _, stream, _ = open_upload(data, stack, "data")
                if not stream.seekable():
                    raise EigenpalUsageError(
                        "data: the file cannot seek, so its length is unknown and a retry could not send "
                        "it again; read the chunk into bytes and pass those."
                    )
            body = AsyncChunkBody(stream, progress)
            request = files_uploads_chunks_put.request(
                session, str(chunk_index), body=Payload(cast("IO[bytes]", body))
            )
            request.headers["Content-Length"] = str(body.size)  # a known length, not chunked encoding
            return await self._pipeline.send(request, options)


class AsyncChunkBody:
    """A raw request body read from a seekable stream as the transports send it: from the chunk's start
    on every attempt, ``READ_BYTES`` at a time, each block counted for ``progress``. (Every transport
    streams an iterable body: httpx's, blocking or async, and aiohttp's.)"""

    def __init__(self, stream: IO[bytes], progress: Progress | None) -> None:
        self._stream, self._progress = stream, progress
        self._start = stream.tell()
        self.size = stream.seek(0, io.SEEK_END) - self._start
        stream.seek(self._start)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self._stream.seek(self._start)
        done = 0
        while done < self.size and (block := self._stream.read(min(READ_BYTES, self.size - done))):
            done += len(block)
            if self._progress is not None:
                self._progress(done, self.size)
            yield block

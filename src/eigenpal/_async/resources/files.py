"""``client.files``: reusable uploads that runs and examples can reference.

The upload (an upload session, ``_async/_uploads.py``), the download and one chunk of an upload session
stream, so they are written here; ``get``, ``delete`` and the session's JSON methods are generated.
"""

from __future__ import annotations

import io
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


class AsyncFileTransfer:
    """Upload-first files. Once a run references one, Eigenpal snapshots it into the run's artifacts."""

    _pipeline: AsyncAPIClient

    async def upload(
        self,
        file: FileInput,
        *,
        purpose: Literal["builder-attachment", "run-input"] | None = None,
        idempotency_key: str | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> File:
        """Upload a file of any size through an upload session (``POST /v1/files/uploads``); pass the result
        as a run input. The API picks how the bytes travel (one multipart ``POST``, a presigned ``PUT`` to
        storage, presigned parts, or chunks to the API); every piece is streamed from disk from its offset,
        never the whole file, and ``progress(bytes_done, total)`` covers the whole transfer.

        ``purpose`` says what it is for (``run-input``, ``builder-attachment``; the server's default when
        left out). ``idempotency_key`` (a fresh uuid4 when left out) makes the upload safe to repeat: a
        retried create never makes a second file, and uploading again with the same key after a failure
        resumes the session, skipping the parts storage already holds. A failed upload is aborted, unless
        every part was stored: then the error says to retry ``complete_upload``. ``file`` is a path, a
        seekable binary file (from its current position) or a file dict; a stream that cannot seek is
        accepted only when it fits one multipart request (``UNSEEKABLE_MAX_BYTES``), as it is held in memory
        to be sent again."""
        import uuid

        from ..._files import ProgressMeter, check_progress, open_upload
        from ..._generated.models import CreateFileUploadSessionRequestPurpose
        from .._uploads import AsyncUpload

        chosen = choice(purpose, [value.value for value in CreateFileUploadSessionRequestPurpose], "purpose")
        key = str(uuid.uuid4()) if idempotency_key is None else _idempotency_key(idempotency_key)
        check_progress(progress)
        with ExitStack() as stack:
            filename, stream, mime = open_upload(file, stack, "file")
            if not stream.seekable():
                stream = _held_in_memory(stream)
            meter = ProgressMeter(progress, None) if progress is not None else None
            upload = AsyncUpload(self._pipeline, stream, meter, options)
            return await upload.run(
                filename,
                mime or "application/octet-stream",
                None if chosen is UNSET else str(chosen),
                key,
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
        from ..._files import ProgressMeter, check_progress, open_upload
        from ..._generated.api.operations import files_uploads_chunks_put
        from ..._generated.types import File as Payload
        from .._uploads import AsyncRangeBody

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
            start = stream.tell()
            size = stream.seek(0, io.SEEK_END) - start
            meter = ProgressMeter(progress, size) if progress is not None else None
            body = AsyncRangeBody(stream, start, size, meter)
            request = files_uploads_chunks_put.request(
                session, str(chunk_index), body=Payload(cast("IO[bytes]", body))
            )
            request.headers["Content-Length"] = str(size)  # a known length, not chunked encoding
            return await self._pipeline.send(request, options)


def _idempotency_key(value: object) -> str:
    """``idempotency_key`` as given: 1 to 255 printable characters, not only spaces."""
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= 255
        or not value.isprintable()
        or not value.strip()
    ):
        raise EigenpalUsageError(
            f"idempotency_key={str(value)[:80]!r} must be text of 1 to 255 printable characters (not only "
            "spaces); leave it out to have a fresh one made for this upload."
        )
    return value


def _held_in_memory(stream: IO[bytes]) -> IO[bytes]:
    """A stream that cannot seek, read into memory when it fits one multipart request; else refused, as
    its parts could neither be read from their offsets nor sent again."""
    from ..._upload_plan import UNSEEKABLE_MAX_BYTES
    from .._uploads import READ_BYTES

    held = bytearray()
    while len(held) <= UNSEEKABLE_MAX_BYTES and (block := stream.read(READ_BYTES)):
        held += block
    if len(held) > UNSEEKABLE_MAX_BYTES:
        raise EigenpalUsageError(
            f"file: the stream cannot seek and holds more than {UNSEEKABLE_MAX_BYTES} bytes, so its parts "
            "cannot be read from their offsets or sent again; pass a path or a file opened with "
            "open(path, 'rb') (or write the stream to a temporary file first)."
        )
    return io.BytesIO(held)

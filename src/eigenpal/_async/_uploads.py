"""Upload sessions: how ``files.upload`` sends a file of any size the way the API negotiates.

``POST /v1/files/uploads`` (one idempotency key per upload, the same on every retry, so a retried create
never makes two files) answers a transport:

- ``multipart``: the file as one multipart ``POST`` to the API's ``url``;
- ``presigned-put``: the whole file ``PUT`` to a signed storage URL with exactly the negotiated headers;
- ``presigned-multipart``: parts ``1..partCount``; those storage lists with their exact size are skipped
  (a resumed upload), the others presigned and ``PUT`` one by one, then listed again and what is still
  missing sent once more;
- ``http-chunked``: chunks ``0..chunkCount-1`` ``PUT`` to the API (an idempotent overwrite of an index).

Then ``complete`` answers the file. Every part or chunk is read from its offset of the file while it is
sent (``AsyncRangeBody``, 64 KiB at a time), so memory stays constant whatever the size; the async client
sends ``CONCURRENCY`` of them at once, the blocking one one after another. Storage requests go through
``AsyncAPIClient.send_to_storage`` (no key, no SDK headers, no read timeout); the API's through the
pipeline. The session's ``chunksUrl``, ``partsUrl`` and ``completeUrl`` are not followed: the operations of
the spec reach the same routes by ``uploadId``, on the API's own origin, so the key never goes elsewhere.

Retries: a part's ``PUT`` of the same bytes after 408, 429, a 5xx or a transport failure
(``_upload_plan.part_retry_delay``); create, presign and complete, which the key or the session make
idempotent, after a failure whichever way it went (the pipeline's policy for a ``PUT``). Anything else is
raised. A failure (a cancellation included) before every part is stored aborts the session
(``DELETE /v1/files/uploads/{id}``); once every part is stored a failed complete does not abort, and its
error says to retry the complete.
"""

from __future__ import annotations

import copy
import io
import random
from collections.abc import AsyncIterator
from functools import partial
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import urljoin, urlsplit

from .._compat import AsyncBounded, asleep, async_shield
from .._errors import (
    EigenpalAPIError,
    EigenpalConnectionError,
    EigenpalError,
    EigenpalResponseError,
    EigenpalTimeoutError,
    error_from_response,
)
from .._files import ProgressMeter, ProgressReader
from .._generated.types import UNSET
from .._generated.types import File as Payload
from .._logging import logger
from .._options import RequestOptions
from .._redact import redact_url, redact_urls
from .._retry import Failure, Outcome, Status, retry_delay
from .._upload_plan import CONCURRENCY, Piece, layout, part_retry_delay, pending

if TYPE_CHECKING:
    from .._generated.models import (
        File,
        HttpChunkedFileUploadSession,
        MultipartFileUploadFallback,
        PresignedFileUploadSession,
        PresignedMultipartFileUploadSession,
    )
    from .._generated.types import Request
    from ._base_client import AsyncAPIClient

READ_BYTES = 64 * 1024
"""How much of a part is read from its file at a time while it is sent."""


class AsyncRangeBody:
    """A request body of ``size`` bytes of a seekable stream from ``offset``, read as the transport sends
    it (``READ_BYTES`` at a time, seeking before each read, so parts sent at once may share one file).
    Every iteration starts at ``offset`` again (a retry sends the same bytes) and takes back from ``meter``
    what the previous one counted, so progress covers each byte once."""

    def __init__(self, stream: IO[bytes], offset: int, size: int, meter: ProgressMeter | None) -> None:
        self._stream, self._offset, self.size, self._meter = stream, offset, size, meter
        self._counted = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._meter is not None and self._counted:
            self._meter.add(-self._counted)
        self._counted = 0
        while self._counted < self.size:
            self._stream.seek(self._offset + self._counted)
            block = self._stream.read(min(READ_BYTES, self.size - self._counted))
            if not block:  # the file shrank while it was sent: the server sees a short body and refuses it
                return
            self._counted += len(block)
            if self._meter is not None:
                self._meter.add(len(block))
            yield block


class AsyncUpload:
    """One ``files.upload``: the bytes ``start`` to the end of ``stream`` under an upload session."""

    def __init__(
        self,
        pipeline: AsyncAPIClient,
        stream: IO[bytes],
        meter: ProgressMeter | None,
        options: RequestOptions | None,
    ) -> None:
        self._pipeline, self._stream, self._meter, self._options = pipeline, stream, meter, options
        self._start = stream.tell()
        self.size = stream.seek(0, io.SEEK_END) - self._start
        stream.seek(self._start)
        if meter is not None:
            meter.total = self.size

    async def run(self, filename: str, content_type: str, purpose: str | None, key: str) -> File:
        """Negotiate, send, complete; abort on a failure before every part is stored."""
        from .._generated.api.operations import files_uploads_create
        from .._generated.models import (
            CreateFileUploadSessionRequest,
            CreateFileUploadSessionRequestPurpose,
            MultipartFileUploadFallback,
            PresignedFileUploadSession,
            PresignedMultipartFileUploadSession,
        )

        body = CreateFileUploadSessionRequest(
            filename=filename,
            content_type=content_type,
            size=self.size,
            idempotency_key=key,
            purpose=UNSET if purpose is None else CreateFileUploadSessionRequestPurpose(purpose),
        )
        session: (
            HttpChunkedFileUploadSession
            | MultipartFileUploadFallback
            | PresignedFileUploadSession
            | PresignedMultipartFileUploadSession
        ) = await self._idempotent(files_uploads_create.request(body=body))
        if isinstance(session, MultipartFileUploadFallback):
            return await self._multipart(session, filename, content_type, purpose)
        upload_id = session.upload_id
        logger.debug("upload %s: %s, %d bytes", upload_id, session.transport, self.size)
        try:
            if isinstance(session, PresignedFileUploadSession):
                await self._put_whole(session)
            elif isinstance(session, PresignedMultipartFileUploadSession):
                await self._parts(session)
            else:
                await self._chunks(session)
        except BaseException:
            with async_shield():
                await self._abort(upload_id)
            raise
        return await self._complete(upload_id)

    # ---- the transports ------------------------------------------------------------------------------
    async def _multipart(
        self, session: MultipartFileUploadFallback, filename: str, content_type: str, purpose: str | None
    ) -> File:
        """The file as one multipart ``POST`` to ``session.url``, which must be on the API's origin (the
        key goes with it); the pipeline's policy retries it only when it provably was not processed."""
        from .._generated.api.operations import files_create
        from .._generated.models import CreateFileMultipartRequest, CreateFileMultipartRequestPurpose

        base = self._pipeline.base_url
        target = urljoin(base + "/", session.url)
        if not (target.startswith(base + "/") and urlsplit(target).netloc == urlsplit(base).netloc):
            raise EigenpalResponseError(
                f"files.uploads.create: the API asked for a multipart upload to {redact_url(target)[:200]!r}, "
                f"outside {base}; it is not sent there, as it would carry the API key"
            )
        reader = cast("IO[bytes]", ProgressReader(self._stream, self._meter))
        request = files_create.request(
            body=CreateFileMultipartRequest(
                file=Payload(reader, filename, content_type),
                purpose=UNSET if purpose is None else CreateFileMultipartRequestPurpose(purpose),
            )
        )
        request.url = target[len(base) :].split("?", 1)[0]
        return await self._pipeline.send(request, self._options)

    async def _put_whole(self, session: PresignedFileUploadSession) -> None:
        whole = Piece(1, 0, self.size)
        await self._put(whole, session.url, session.headers.additional_properties)

    async def _parts(self, session: PresignedMultipartFileUploadSession) -> None:
        """Skip what storage lists with its exact size, send the rest, and once more what a second
        listing still misses; a part missing after that fails the upload."""
        pieces = layout(self.size, session.part_size_bytes, session.part_count, first=1)
        stored = await self._stored(session.upload_id)
        todo = pending(pieces, stored)
        if self._meter is not None:
            self._meter.add(self.size - sum(piece.size for piece in todo))  # skipped parts, credited once
        for _ in range(2):
            if not todo:
                return
            logger.debug("upload %s: sending parts %s", session.upload_id, [p.number for p in todo])
            await AsyncBounded.map(
                [partial(self._presigned_part, session, piece) for piece in todo], CONCURRENCY
            )
            todo = pending(pieces, await self._stored(session.upload_id))
        if todo:
            raise EigenpalResponseError(
                f"upload {session.upload_id}: storage did not keep parts {[p.number for p in todo][:10]} "
                "after they were sent twice"
            )

    async def _presigned_part(self, session: PresignedMultipartFileUploadSession, piece: Piece) -> None:
        from .._generated.api.operations import files_uploads_parts_presign
        from .._generated.models import PresignFileUploadPartRequest

        signed = await self._idempotent(
            files_uploads_parts_presign.request(
                session.upload_id, body=PresignFileUploadPartRequest(part_number=piece.number)
            )
        )
        await self._put(piece, signed.url, signed.headers.additional_properties)

    async def _stored(self, upload_id: str) -> dict[int, int | None]:
        """Part number -> size of what storage holds for the session (``None``: listed without a size)."""
        from .._generated.api.operations import files_uploads_parts_list

        listed = await self._pipeline.send(files_uploads_parts_list.request(upload_id), self._options)
        return {part.part_number: part.size if isinstance(part.size, int) else None for part in listed.parts}

    async def _chunks(self, session: HttpChunkedFileUploadSession) -> None:
        """Every chunk ``PUT`` to the API by index; the pipeline retries each (an idempotent overwrite)."""
        from .._generated.api.operations import files_uploads_chunks_put

        pieces = layout(self.size, session.chunk_size_bytes, session.chunk_count, first=0)

        async def send(piece: Piece) -> None:
            body = AsyncRangeBody(self._stream, self._start + piece.offset, piece.size, self._meter)
            request = files_uploads_chunks_put.request(
                session.upload_id, str(piece.number), body=Payload(cast("IO[bytes]", body))
            )
            request.headers["Content-Length"] = str(piece.size)  # a known length, not chunked encoding
            await self._pipeline.send(request, self._options)

        await AsyncBounded.map([partial(send, piece) for piece in pieces], CONCURRENCY)

    # ---- one storage PUT, retried ------------------------------------------------------------------------
    async def _put(self, piece: Piece, url: str, negotiated: dict[str, str]) -> None:
        """``piece`` ``PUT`` to ``url`` with the negotiated headers (its own ``Content-Length``), sent again
        after what ``part_retry_delay`` allows."""
        headers = {name: value for name, value in negotiated.items() if name.lower() != "content-length"}
        headers["Content-Length"] = str(piece.size)
        body = AsyncRangeBody(self._stream, self._start + piece.offset, piece.size, self._meter)
        shown = f"PUT {redact_url(url)}"
        attempt = 0
        while True:
            error: EigenpalError | None = None
            outcome: Outcome
            try:
                answer = await self._pipeline.send_to_storage("PUT", url, headers, body, self._options)
            except EigenpalTimeoutError as failure:
                error, outcome = failure, Failure.TIMEOUT
            except EigenpalConnectionError as failure:
                error, outcome = failure, Failure.MAYBE_SENT
            else:
                if 200 <= answer.status_code < 300:
                    return
                error = error_from_response(answer)
                error.message = redact_urls(f"{shown} (part {piece.number}): {error.message}")
                error.args = (error.message,)
                outcome = Status(answer.status_code)
            delay = part_retry_delay(outcome, attempt)
            if delay is None:
                raise error
            logger.info("%s: part %d failed (%s); retrying in %.2f s", shown, piece.number, outcome, delay)
            await asleep(delay)
            attempt += 1

    # ---- the session's API calls -------------------------------------------------------------------------
    async def _idempotent(self, request: Request[Any]) -> Any:
        """Send a call the session makes safe to repeat (create with its key, presign, complete), retried as
        the pipeline retries a ``PUT``: after a failure however far it got, 408, 429 and a 5xx."""
        retries = self._pipeline._retries(self._options)
        once = copy.copy(self._options) if self._options is not None else RequestOptions()
        once.max_retries = 0
        for attempt in range(retries + 1):
            outcome: Outcome
            try:
                return await self._pipeline.send(request, once)
            except EigenpalTimeoutError as failure:
                error: EigenpalError = failure
                outcome = Failure.TIMEOUT
            except EigenpalConnectionError as failure:
                error, outcome = failure, Failure.MAYBE_SENT
            except EigenpalAPIError as failure:
                error, outcome = failure, Status(failure.status or 0, failure.retry_after)
            delay = retry_delay("PUT", outcome, attempt, retries, random.random())
            if delay is None:
                raise error
            logger.info("%s %s: retrying in %.2f s", request.method, request.url, delay)
            await asleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _complete(self, upload_id: str) -> File:
        """Complete the session; every part is stored, so a failure is not aborted but said to be retried."""
        from .._generated.api.operations import files_uploads_complete

        try:
            return cast("File", await self._idempotent(files_uploads_complete.request(upload_id)))
        except EigenpalError as failure:
            error = failure
        hint = (
            f"; every part of upload {upload_id} is stored: retry complete "
            f"(client.files.complete_upload({upload_id!r})) and do not abort the session"
        )
        error.message += hint
        error.args = (error.message,)
        raise error

    async def _abort(self, upload_id: str) -> None:
        """``DELETE`` the session, once; a failure to abort is logged, and the upload's own error raised."""
        from .._generated.api.operations import files_uploads_abort

        once = copy.copy(self._options) if self._options is not None else RequestOptions()
        once.max_retries = 0
        try:
            await self._pipeline.send(files_uploads_abort.request(upload_id), once)
        except EigenpalError as failure:
            logger.warning("upload %s: the failed upload could not be aborted: %s", upload_id, failure)
        else:
            logger.info("upload %s: aborted after a failure", upload_id)

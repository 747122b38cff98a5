"""``files.uploads``: upload sessions for large files, sent in chunks and completed into a stored file.

The emulator is its own storage, so every session it opens is ``http-chunked``: the client PUTs chunks
``0 … chunkCount-1`` of ``chunkSizeBytes`` (the last may be shorter) to ``chunksUrl``, then completes the
session, which checks the chunks add up to the declared ``size`` and answers the new ``File``. Parts are
for ``presigned-multipart`` sessions, which the emulator does not open: listing or presigning them
answers 400 and 409. A completed or aborted session takes no more chunks (409).
"""

from __future__ import annotations

import time

from starlette.responses import Response

from .._errors import ApiError, fail, not_found
from .._http import Ctx, Handler, json_response
from .._records import UploadSession
from .._state import StoredFile, UploadedFile, new_id, now_iso

CHUNK_BYTES = 8 * 1024 * 1024
SESSION_SECONDS = 24 * 3600


def _session(ctx: Ctx) -> UploadSession:
    session = ctx.world.catalog.uploads.get(ctx.path["uploadId"])
    if session is None:
        raise not_found("Upload session", ctx.path["uploadId"], "uploadId")
    return session


def _pending(session: UploadSession) -> UploadSession:
    if session.status != "pending":
        raise fail(409, "uploadId", f"Upload session {session.upload_id} is {session.status}", "conflict")
    return session


async def uploads_create(ctx: Ctx) -> Response:
    body, limit = ctx.body, ctx.world.config.max_upload_bytes
    if body["size"] < 0 or body["size"] > limit:
        raise fail(413, "size", f"size must be from 0 to the {limit}-byte upload limit", "payload_too_large")
    upload_id = new_id("upl")
    session = UploadSession(
        upload_id,
        new_id("file"),
        body["filename"],
        body["contentType"],
        body["size"],
        body.get("purpose"),
        min(CHUNK_BYTES, limit),
        now_iso(time.time() + SESSION_SECONDS),
    )
    ctx.world.catalog.uploads[upload_id] = session
    base = f"/v1/files/uploads/{upload_id}"
    return json_response(
        {
            "transport": "http-chunked",
            "uploadId": upload_id,
            "fileId": session.file_id,
            "chunkSizeBytes": session.chunk_size,
            "chunkCount": session.chunk_count,
            "chunksUrl": f"{base}/chunks",
            "completeUrl": f"{base}/complete",
            "expiresAt": session.expires_at,
            "maxFileSizeBytes": limit,
        }
    )


async def uploads_get(ctx: Ctx) -> Response:
    return json_response(_session(ctx).to_json())


async def uploads_abort(ctx: Ctx) -> Response:
    session = _session(ctx)
    if session.status == "pending":
        session.status, session.chunks = "aborted", {}
    return json_response({"aborted": session.status == "aborted"})


async def uploads_chunk(ctx: Ctx) -> Response:
    session = _pending(_session(ctx))
    raw = ctx.path["chunkIndex"]
    index = int(raw) if raw.isascii() and raw.isdigit() else -1
    if not 0 <= index < session.chunk_count:
        raise fail(400, "chunkIndex", f"chunkIndex must be from 0 to {session.chunk_count - 1}")
    content = ctx.content or b""
    expected = min(session.chunk_size, session.size - index * session.chunk_size)
    if len(content) != expected:
        raise fail(400, "body", f"Chunk {index} must hold {expected} bytes, not {len(content)}")
    session.chunks[index] = content
    return json_response({"accepted": True, "chunkIndex": index, "size": len(content)})


async def uploads_complete(ctx: Ctx) -> Response:
    session = _pending(_session(ctx))
    missing = [i for i in range(session.chunk_count) if i not in session.chunks and session.size]
    if missing:
        raise fail(409, "uploadId", f"Chunks not uploaded yet: {missing[:10]}", "conflict")
    content = b"".join(session.chunks[i] for i in sorted(session.chunks))
    uploaded = UploadedFile(
        session.file_id,
        StoredFile(session.filename, content, session.content_type),
        now_iso(),
        session.purpose,
    )
    ctx.world.store.files[uploaded.id] = uploaded
    session.status, session.chunks = "completed", {}
    return json_response(uploaded.to_json())


def _no_parts(session: UploadSession, status: int) -> ApiError:
    message = f"Upload session {session.upload_id} is http-chunked: it has no parts; PUT its chunks"
    return fail(status, "uploadId", message, "conflict" if status == 409 else "invalid_value")


async def uploads_parts_list(ctx: Ctx) -> Response:
    raise _no_parts(_session(ctx), 400)


async def uploads_parts_presign(ctx: Ctx) -> Response:
    raise _no_parts(_session(ctx), 409)


HANDLERS: dict[str, Handler] = {
    "files.uploads.create": uploads_create,
    "files.uploads.get": uploads_get,
    "files.uploads.abort": uploads_abort,
    "files.uploads.chunks.put": uploads_chunk,
    "files.uploads.complete": uploads_complete,
    "files.uploads.parts.list": uploads_parts_list,
    "files.uploads.parts.presign": uploads_parts_presign,
}

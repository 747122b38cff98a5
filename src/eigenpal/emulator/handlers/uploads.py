"""``files.uploads``: upload sessions, negotiated as the cloud does, completed into a stored file.

``create`` picks the transport from ``Config.upload_transport`` (``auto``: one presigned ``PUT`` up to
``presigned_put_max_bytes``, presigned multipart parts of ``part_bytes`` above; see ``_sessions``):

- ``presigned-put``: a signed ``url`` on the storage origin to PUT the whole file to, with ``headers``;
- ``presigned-multipart``: parts ``1 … partCount`` of ``partSizeBytes``, each signed on demand
  (``parts.presign``) and PUT to the storage origin; ``parts.list`` lists the stored ones with sizes;
- ``http-chunked``: chunks ``0 … chunkCount-1`` PUT to the API at ``chunksUrl`` (each within the
  request-body limit, so chunks are ``CHUNK_BYTES`` or less when the limit is lower);
- ``multipart``: no session; POST the file to ``url`` (``files.create``), at most ``maxFileSizeBytes``.

``complete`` checks every piece is stored at its expected size (409 naming the missing ones otherwise)
and answers the file; a second ``complete`` answers the same file. ``abort`` drops what was stored. The
same ``idempotencyKey`` (per API key) answers the same session, completed or not, never a second file;
reused for another file it is a 409. A completed session takes a piece of the right size again as a no-op.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.responses import Response

from .._errors import ApiError, fail, not_found
from .._http import Ctx, Handler, json_response
from .._sessions import SESSION_TRANSPORTS, UploadSession, negotiate, part_size_for
from .._state import new_id, now_iso

CHUNK_BYTES = 8 * 1024 * 1024
"""Largest ``http-chunked`` chunk (and at most the request-body limit, in whole MiB when it allows)."""
SESSION_SECONDS = 24 * 3600
MIB = 1024 * 1024


def _session(ctx: Ctx) -> UploadSession:
    session = ctx.world.catalog.uploads.get(ctx.path["uploadId"])
    if session is None:
        raise not_found("Upload session", ctx.path["uploadId"], "uploadId")
    return session


def _conflict(session: UploadSession) -> ApiError:
    return fail(409, "uploadId", f"Upload session {session.upload_id} is {session.status}", "conflict")


def _chunk_bytes(body_limit: int | None) -> int:
    """The chunk size: ``CHUNK_BYTES``, within the body limit (rounded down to whole MiB when it is one)."""
    if body_limit is None:
        return CHUNK_BYTES
    return min(CHUNK_BYTES, body_limit // MIB * MIB or body_limit)


async def uploads_create(ctx: Ctx) -> Response:
    config, body = ctx.world.config, ctx.body
    limit = config.max_upload_bytes
    if body["size"] < 0 or body["size"] > limit:
        raise fail(413, "size", f"size must be from 0 to the {limit}-byte upload limit", "payload_too_large")
    transport = negotiate(config.upload_transport, body["size"], config.presigned_put_max_bytes)
    if transport not in SESSION_TRANSPORTS:
        largest = min(limit, config.body_limit) if config.body_limit is not None else limit
        return json_response({"transport": "multipart", "url": "/v1/files", "maxFileSizeBytes": largest})
    request = (body["filename"], body["contentType"], body["size"], body.get("purpose"))
    key = body.get("idempotencyKey")
    replay = _replay(ctx, key, request) if key else None
    if replay is not None:
        return json_response(_negotiation(ctx, replay))
    piece_size = {
        "presigned-put": body["size"],
        "presigned-multipart": part_size_for(body["size"], config.part_bytes),
        "http-chunked": _chunk_bytes(config.body_limit),
    }[transport]
    session = UploadSession(
        new_id("upl"),
        new_id("file"),
        *request,
        transport=transport,
        piece_size=piece_size,
        expires_at=now_iso(time.time() + SESSION_SECONDS),
        request=request,
    )
    ctx.world.catalog.uploads[session.upload_id] = session
    if key:
        ctx.world.catalog.upload_keys[(ctx.key.key_id, key)] = session.upload_id
    return json_response(_negotiation(ctx, session))


def _replay(ctx: Ctx, key: str, request: tuple[str, str, int, str | None]) -> UploadSession | None:
    """The session this idempotency key already made (409 when it was made for another file)."""
    session = ctx.world.catalog.uploads.get(ctx.world.catalog.upload_keys.get((ctx.key.key_id, key), ""))
    if session is None or session.status == "aborted":
        return None
    if session.request != request:
        message = f"idempotencyKey {key!r} was used for another upload (session {session.upload_id})"
        raise fail(409, "idempotencyKey", message, "conflict")
    return session


def _negotiation(ctx: Ctx, session: UploadSession) -> dict[str, Any]:
    """The create answer for ``session``, in its transport's shape."""
    base = f"/v1/files/uploads/{session.upload_id}"
    common = {
        "transport": session.transport,
        "uploadId": session.upload_id,
        "fileId": session.file_id,
        "expiresAt": session.expires_at,
        "maxFileSizeBytes": ctx.world.config.max_upload_bytes,
    }
    if session.transport == "presigned-put":
        url, _ = ctx.world.storage.sign("PUT", f"/uploads/{session.upload_id}")
        return {**common, "url": url, "headers": {"content-type": session.content_type}}
    if session.transport == "presigned-multipart":
        return {
            **common,
            "partSizeBytes": session.piece_size,
            "partCount": session.count,
            "partsUrl": f"{base}/parts",
            "completeUrl": f"{base}/complete",
        }
    return {
        **common,
        "chunkSizeBytes": session.piece_size,
        "chunkCount": session.count,
        "chunksUrl": f"{base}/chunks",
        "completeUrl": f"{base}/complete",
    }


async def uploads_get(ctx: Ctx) -> Response:
    return json_response(_session(ctx).to_json())


async def uploads_abort(ctx: Ctx) -> Response:
    session = _session(ctx)
    if session.status == "pending":
        session.abort()
    return json_response({"aborted": session.status == "aborted"})


async def uploads_chunk(ctx: Ctx) -> Response:
    session = _session(ctx)
    if session.transport != "http-chunked":
        message = f"Upload session {session.upload_id} is {session.transport}: send its bytes to storage"
        raise fail(409, "uploadId", message, "conflict")
    if session.status == "aborted":
        raise _conflict(session)
    raw = ctx.path["chunkIndex"]
    index = int(raw) if raw.isascii() and raw.isdigit() else -1
    if index not in session.numbers():
        raise fail(400, "chunkIndex", f"chunkIndex must be from 0 to {session.count - 1}")
    content = ctx.content or b""
    expected = session.expected(index)
    if len(content) != expected:
        raise fail(400, "body", f"Chunk {index} must hold {expected} bytes, not {len(content)}")
    if session.status == "pending":
        session.store(index, content)
    return json_response({"accepted": True, "chunkIndex": index, "size": len(content)})


async def uploads_complete(ctx: Ctx) -> Response:
    session = _session(ctx)
    if session.status == "completed" and session.file is not None:
        return json_response(session.file.to_json())
    if session.status != "pending":
        raise _conflict(session)
    missing = session.missing()
    if missing:
        what = "Chunks" if session.transport == "http-chunked" else "Parts"
        raise fail(
            409, "uploadId", f"{what} not uploaded yet (or not at their size): {missing[:10]}", "conflict"
        )
    uploaded = session.complete()
    ctx.world.store.files[uploaded.id] = uploaded
    return json_response(uploaded.to_json())


def _multipart(ctx: Ctx, status: int) -> UploadSession:
    session = _session(ctx)
    if session.transport != "presigned-multipart":
        message = f"Upload session {session.upload_id} is {session.transport}: it has no parts"
        raise fail(status, "uploadId", message, "conflict" if status == 409 else "invalid_value")
    return session


async def uploads_parts_list(ctx: Ctx) -> Response:
    session = _multipart(ctx, 400)
    return json_response(
        {
            "transport": "presigned-multipart",
            "uploadId": session.upload_id,
            "fileId": session.file_id,
            "partSizeBytes": session.piece_size,
            "partCount": session.count,
            "expiresAt": session.expires_at,
            "parts": session.parts_json(),
        }
    )


async def uploads_parts_presign(ctx: Ctx) -> Response:
    session = _multipart(ctx, 409)
    if session.status == "aborted":
        raise _conflict(session)
    number = ctx.body["partNumber"]
    if number not in session.numbers():
        raise fail(400, "partNumber", f"partNumber must be from 1 to {session.count}")
    url, expires = ctx.world.storage.sign("PUT", f"/uploads/{session.upload_id}/parts/{number}", part=number)
    return json_response(
        {
            "transport": "presigned-multipart",
            "partNumber": number,
            "url": url,
            "headers": {},
            "expiresAt": now_iso(expires),
            "partSizeBytes": session.piece_size,
        }
    )


HANDLERS: dict[str, Handler] = {
    "files.uploads.create": uploads_create,
    "files.uploads.get": uploads_get,
    "files.uploads.abort": uploads_abort,
    "files.uploads.chunks.put": uploads_chunk,
    "files.uploads.complete": uploads_complete,
    "files.uploads.parts.list": uploads_parts_list,
    "files.uploads.parts.presign": uploads_parts_presign,
}

"""The storage origin's ASGI app: the answers ``_storage`` describes, over the world's sessions and keys."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from starlette.types import Message, Receive, Scope, Send

from ._http import attachment
from ._state import StoredFile
from ._storage import STREAM_BYTES, StorageRequest

if TYPE_CHECKING:
    from ._world import World


class StorageApp:
    """ASGI app of the storage origin (its answers are listed in ``_storage``'s docstring)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.storage = world.storage

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # served with lifespan off
            return
        method = scope["method"]
        path = scope.get("raw_path", b"").decode("latin-1").split("?")[0] or scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = scope.get("query_string", b"").decode("latin-1")
        status, answer_headers, body = await self._answer(method, path, query, headers, receive)
        self.storage.requests.append(StorageRequest(method, path, headers, status))
        if isinstance(body, bytes):
            await _send(send, status, answer_headers, body)
        else:
            await _stream(send, status, answer_headers, body, method == "HEAD")

    async def _answer(
        self, method: str, path: str, query: str, headers: dict[str, str], receive: Receive
    ) -> tuple[int, dict[str, str], bytes | StoredFile]:
        leaked = self._credentials(headers, query)
        if leaked:
            self.storage.violations.append(f"{method} {path}: {leaked}")
            await _drain(receive)
            return _error(403, "authorization", f"Storage refuses requests carrying {leaked}", "forbidden")
        verb = "GET" if method == "HEAD" else method
        problem = self.storage.verify(verb, path, query)
        if problem is not None:
            await _drain(receive)
            return _error(403, "signature", problem, "signature_invalid")
        segments = path.split("/")
        if verb == "GET" and len(segments) == 3 and segments[1] == "objects":
            found = self.storage.objects.get(segments[2])
            if found is None:
                return _error(404, "path", "No such object", "not_found")
            stored = found[0]
            return (
                200,
                {
                    "content-type": stored.content_type or "application/octet-stream",
                    "content-disposition": attachment(stored.filename),
                },
                stored,
            )
        if verb == "PUT" and len(segments) in (3, 5) and segments[1] == "uploads":
            number = 1 if len(segments) == 3 else int(segments[4]) if segments[4].isdigit() else -1
            kind = "presigned-put" if len(segments) == 3 else "presigned-multipart"
            return await self._put(segments[2], kind, number, headers, receive)
        await _drain(receive)
        return _error(404, "path", f"No route {method} {path}", "not_found")

    def _credentials(self, headers: dict[str, str], query: str) -> str | None:
        """What credential the request carries, if any: ``Authorization``, a cookie or the API key."""
        if "authorization" in headers:
            return "an Authorization header"
        if "cookie" in headers:
            return "a cookie"
        keys = list(self.world.keys)
        if any(key in value for key in keys for value in headers.values()) or any(k in query for k in keys):
            return "the API key"
        return None

    async def _put(
        self, upload_id: str, kind: str, number: int, headers: dict[str, str], receive: Receive
    ) -> tuple[int, dict[str, str], bytes]:
        session = self.world.catalog.uploads.get(upload_id)
        if session is None or session.transport != kind or session.status == "aborted":
            await _drain(receive)
            return _error(404, "uploadId", f"No upload {upload_id} takes {kind} pieces", "not_found")
        if number not in session.numbers():
            await _drain(receive)
            return _error(400, "partNumber", f"partNumber must be from 1 to {session.count}")
        if kind == "presigned-put" and headers.get("content-type") != session.content_type:
            await _drain(receive)
            message = f"Send content-type {session.content_type!r} as signed"
            return _error(403, "content-type", message, "signature_invalid")
        expected = session.expected(number)
        received, content = await _read(receive, expected)
        if received != len(content):
            return _error(400, "body", f"The piece holds more than its {expected} bytes", "entity_too_large")
        if session.status == "completed":
            if len(content) != expected:
                return _error(409, "uploadId", f"Upload {upload_id} is completed", "conflict")
            return 200, {"etag": f'"{session.received[number][0]}"'}, b""
        return 200, {"etag": f'"{session.store(number, content)}"'}, b""


async def _read(receive: Receive, limit: int) -> tuple[int, bytes]:
    """The body's length and, when it is at most ``limit``, its bytes (past it, the rest is discarded)."""
    pieces: list[bytes] = []
    received = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        body = message.get("body", b"")
        received += len(body)
        if received <= limit:
            pieces.append(body)
        elif pieces:
            pieces = []
        if not message.get("more_body"):
            break
    return received, b"".join(pieces) if received <= limit else b""


async def _drain(receive: Receive) -> None:
    """Read and drop the rest of a refused request's body, so its client reads the answer."""
    await _read(receive, 0)


def _error(
    status: int, field_name: str, message: str, code: str = "invalid_value"
) -> tuple[int, dict[str, str], bytes]:
    issue = {"field": field_name, "message": message, "code": code, "severity": "error"}
    return status, {"content-type": "application/json"}, json.dumps({"issues": [issue]}).encode()


def _raw(headers: dict[str, str], length: int) -> list[tuple[bytes, bytes]]:
    items = {**headers, "content-length": str(length)}
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in items.items()]


async def _send(send: Send, status: int, headers: dict[str, str], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _raw(headers, len(body))})
    await send({"type": "http.response.body", "body": body})


async def _stream(send: Send, status: int, headers: dict[str, str], stored: StoredFile, head: bool) -> None:
    """Send ``stored``'s bytes in ``STREAM_BYTES`` slices (views, not copies)."""
    content = memoryview(stored.content)
    await send({"type": "http.response.start", "status": status, "headers": _raw(headers, len(content))})
    if head:
        await send({"type": "http.response.body", "body": b""})
        return
    for offset in range(0, len(content), STREAM_BYTES):
        more = offset + STREAM_BYTES < len(content)
        message: Message = {
            "type": "http.response.body",
            "body": content[offset : offset + STREAM_BYTES],
            "more_body": more,
        }
        await send(message)
    if not content:
        await send({"type": "http.response.body", "body": b""})

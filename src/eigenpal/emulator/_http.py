"""What handlers receive and return: the request context and response helpers."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from ._contract import Contract, Operation
from ._errors import fail
from ._state import ApiKey, StoredFile

if TYPE_CHECKING:
    from ._world import World

MAX_JSON_DEPTH = 100
"""Deepest nesting of lists and objects accepted in JSON: far below Python's recursion limit, so what is
accepted can always be validated and answered."""


def load_json(text: str | bytes, what: str) -> Any:
    """Parse JSON text; ``ValueError`` naming ``what`` when it is not JSON or nests too deeply."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:
        raise ValueError(f"{what} is not valid JSON") from None
    _check_depth(value, what)
    return value


def _check_depth(value: Any, what: str) -> None:
    """``ValueError`` when lists and objects nest deeper than ``MAX_JSON_DEPTH`` (checked without recursion)."""
    pending = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > MAX_JSON_DEPTH:
            raise ValueError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels")
        pending.extend((child, depth + 1) for child in children)


@dataclass
class Form:
    """A parsed multipart body: text fields and file parts, each by part name (repeatable)."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, list[StoredFile]] = field(default_factory=dict)

    def field(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[-1] if values else None


@dataclass
class Ctx:
    """One validated API request, as a handler sees it."""

    world: World
    contract: Contract
    request: Request
    operation: Operation
    path: dict[str, str]
    query: dict[str, Any]
    request_id: str
    key: ApiKey
    body: Any = None
    form: Form | None = None
    content: bytes | None = None
    """The raw body of an operation that takes bytes as they are (``application/octet-stream``)."""


class ReadLog(dict[str, Any]):
    """A request's query or JSON body that records which keys its handler looks up (test mode), so a test
    can prove that handlers read only fields the spec defines."""

    __slots__ = ("_seen",)

    def __init__(self, data: dict[str, Any], seen: set[str]) -> None:
        super().__init__(data)
        self._seen = seen

    def __getitem__(self, key: str) -> Any:
        self._seen.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._seen.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self._seen.add(key)
        return super().__contains__(key)


Handler = Callable[[Ctx], Awaitable[Response]]
"""Answers one spec operation; each module of ``handlers`` lists its own in ``HANDLERS``."""


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, separators=(",", ":")), status, headers, media_type="application/json")


def bytes_response(
    content: bytes, media_type: str | None = "application/octet-stream", filename: str | None = None
) -> Response:
    headers = {"content-disposition": attachment(filename)} if filename else None
    return Response(content, 200, headers, media_type=media_type or "application/octet-stream")


def download_response(ctx: Ctx, stored: StoredFile, media_type: str | None = None) -> Response:
    """The bytes of ``stored`` as the cloud gives them: a 302 to a signed storage URL when the operation
    declares one and ``Config.redirect_downloads`` is on (and the storage origin is serving), else inline."""
    storage = ctx.world.storage
    if ctx.world.config.redirect_downloads and storage.url and "302" in ctx.operation.spec["responses"]:
        served = StoredFile(stored.filename, stored.content, media_type or stored.content_type)
        return Response(b"", 302, {"location": storage.publish(served)})
    return bytes_response(stored.content, media_type or stored.content_type, stored.filename)


def attachment(filename: str) -> str:
    """A Content-Disposition for ``filename`` that any name fits (RFC 6266): an ASCII ``filename`` fallback,
    and the exact name in ``filename*`` (UTF-8, percent-encoded) when it is not plain ASCII."""
    fallback = re.sub(r'[^\x20-\x7e]|["\\]', "_", filename)
    if fallback == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def empty_response(status: int = 204) -> Response:
    return Response(b"", status)


def offset_page(items: list[Any], ctx: Ctx, default_limit: int = 50) -> dict[str, Any]:
    """A ``{data, total, limit, offset}`` page of ``items`` for the request's ``limit``/``offset``."""
    limit, offset = int(ctx.query.get("limit", default_limit)), int(ctx.query.get("offset", 0))
    return {"data": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


def safe_path(name: str, field_name: str) -> str:
    """A stored file name or relative path, else 400 naming it: ``/``-separated non-empty segments, none
    ``.`` or ``..``, no backslash or control character, so it stays in its folder on any system."""
    segments = name.split("/")
    if name.startswith("/") or ".." in segments:
        reason = "escapes its folder"
    elif "" in segments or "." in segments:
        reason = "has an empty or '.' segment"
    elif re.search(r"[\x00-\x1f\x7f\\]", name):
        reason = "contains a backslash or a control character"
    else:
        return name
    raise fail(400, field_name, f"Path {name!r} {reason}")

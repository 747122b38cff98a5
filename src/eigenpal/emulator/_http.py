"""What handlers receive and return: the request context, API errors and response helpers."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from ._contract import Issue, Operation
from ._state import StoredFile

if TYPE_CHECKING:
    from ._world import World

REQUEST_ID_HEADER = "x-request-id"


class ApiError(Exception):
    """Raised by a handler to answer with the error envelope."""

    def __init__(
        self,
        status: int,
        issues: list[Issue],
        *,
        hint: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {issues}")
        self.status = status
        self.issues = issues
        self.hint = hint
        self.headers = headers or {}


def fail(
    status: int, field_name: str, message: str, code: str = "invalid_value", hint: str | None = None
) -> ApiError:
    """An ``ApiError`` with one issue: ``raise fail(404, "id", "Run not found", "not_found")``."""
    return ApiError(status, [Issue(field_name, message, code)], hint=hint)


def not_found(what: str, value: str, field_name: str = "id") -> ApiError:
    return fail(404, field_name, f"{what} {value!r} not found", "not_found")


@dataclass
class Form:
    """A parsed multipart body: text fields and file parts, each by part name (repeatable)."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, list[StoredFile]] = field(default_factory=dict)

    def field(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[-1] if values else None


@dataclass
class ApiKey:
    key: str
    key_id: str
    tenant_id: str = "ten_emulator"
    tenant_slug: str = "emulator"
    tenant_name: str | None = "Eigenpal Emulator"
    user_id: str | None = "usr_emulator"
    email: str | None = "dev@emulator.local"
    name: str | None = "Emulator key"
    scopes: list[str] = field(default_factory=lambda: ["*"])

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.user_id or "usr_unknown", "email": self.email or "unknown@emulator.local"}


@dataclass
class Ctx:
    """One validated API request, as a handler sees it."""

    world: World
    request: Request
    operation: Operation
    path: dict[str, str]
    query: dict[str, Any]
    request_id: str
    key: ApiKey | None
    body: Any = None
    form: Form | None = None

    @property
    def api_key(self) -> ApiKey:
        assert self.key is not None
        return self.key


Handler = Callable[[Ctx], Awaitable[Response]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler of one spec operation."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, separators=(",", ":")), status, headers, media_type="application/json")


def bytes_response(
    content: bytes, media_type: str | None = "application/octet-stream", filename: str | None = None
) -> Response:
    headers = {"content-disposition": f'attachment; filename="{filename}"'} if filename else None
    return Response(content, 200, headers, media_type=media_type or "application/octet-stream")


def empty_response(status: int = 204) -> Response:
    return Response(b"", status)


def flag(value: Any) -> bool:
    """A flag query value (``hasFeedback=true``): anything but empty/false/0 turns it on."""
    return value is not None and str(value).lower() not in ("", "false", "0", "no")


def offset_page(items: list[Any], ctx: Ctx, default_limit: int = 50) -> dict[str, Any]:
    """A ``{data, total, limit, offset}`` page of ``items`` for the request's ``limit``/``offset``."""
    limit, offset = int(ctx.query.get("limit", default_limit)), int(ctx.query.get("offset", 0))
    return {"data": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


def safe_path(name: str, field_name: str) -> str:
    """A stored file name or relative path: non-empty, not absolute, no ``..`` segments (else 400)."""
    if not name or name.startswith("/") or ".." in name.split("/"):
        raise fail(400, field_name, f"Invalid file name or path {name!r}")
    return name

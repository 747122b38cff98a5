"""``email_servers``: the Resend or SMTP servers that send a tenant's email.

Secrets (``apiKey``, ``password``, ``caPem``) are stored and never sent back: a server shows only that each
is configured. Names are unique (409). ``email_servers.test`` sends nothing: an enabled server answers
``ok`` with a message id, a disabled one ``ok: false`` with the reason.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._records import SECRETS, SETTINGS, EmailServer
from .._state import new_id, now_iso


def _server(ctx: Ctx) -> EmailServer:
    server = ctx.world.catalog.email_servers.get(ctx.path["id"])
    if server is None:
        raise not_found("Email server", ctx.path["id"])
    return server


def _unique(ctx: Ctx, name: str, server_id: str | None = None) -> None:
    for other in ctx.world.catalog.email_servers.values():
        if other.name == name and other.id != server_id:
            raise fail(409, "name", f"An email server named {name!r} already exists", "conflict")


def _apply(server: EmailServer, body: dict[str, Any]) -> None:
    """Set the fields ``body`` sends: the transport's settings, its secrets, the name and the state."""
    for name in SETTINGS[server.transport]:
        if name in body:
            server.settings[name] = body[name]
    for name in SECRETS:
        if name in body:
            server.secrets[name] = body[name] or ""
    if "name" in body:
        server.name = body["name"]
    if "enabled" in body:
        server.enabled = body["enabled"]


async def email_servers_list(ctx: Ctx) -> Response:
    servers = [s.to_json() for s in ctx.world.catalog.email_servers.values()]
    return json_response(offset_page(servers, ctx))


async def email_servers_create(ctx: Ctx) -> Response:
    body = ctx.body
    _unique(ctx, body["name"])
    server = EmailServer(new_id("esrv"), body["name"], body["transport"], True, {}, {})
    _apply(server, body)
    ctx.world.catalog.email_servers[server.id] = server
    return json_response(server.to_json(), 201)


async def email_servers_get(ctx: Ctx) -> Response:
    return json_response(_server(ctx).to_json())


async def email_servers_update(ctx: Ctx) -> Response:
    server, body = _server(ctx), ctx.body
    if "name" in body:
        _unique(ctx, body["name"], server.id)
    if body.get("transport") in SETTINGS and body["transport"] != server.transport:
        server.transport, server.settings, server.secrets = body["transport"], {}, {}
    _apply(server, body)
    server.updated_at = now_iso()
    return json_response(server.to_json())


async def email_servers_delete(ctx: Ctx) -> Response:
    server = _server(ctx)
    del ctx.world.catalog.email_servers[server.id]
    return json_response({"deleted": True, "id": server.id})


async def email_servers_test(ctx: Ctx) -> Response:
    server = _server(ctx)
    if not server.enabled:
        return json_response({"ok": False, "error": f"Email server {server.name!r} is disabled"})
    return json_response({"ok": True, "transport": server.transport, "messageId": new_id("msg")})


HANDLERS: dict[str, Handler] = {
    "emailServers.list": email_servers_list,
    "emailServers.create": email_servers_create,
    "emailServers.get": email_servers_get,
    "emailServers.update": email_servers_update,
    "emailServers.delete": email_servers_delete,
    "emailServers.test": email_servers_test,
}

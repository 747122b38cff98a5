"""``email_servers``: the Resend or SMTP servers that send a tenant's email.

Secrets (``apiKey``, ``password``, ``caPem``) are stored and never sent back: a server shows only that each
is configured. Names are unique (409, compared without surrounding spaces). Addresses (``fromEmail``, a
test's ``to``) must look like ``name@domain``, a port is 1 to 65535, a host is not blank (400 naming the
field). Switching a server to ``resend`` needs an ``apiKey`` unless it has one. ``email_servers.test`` sends
nothing: a disabled server answers 409; delivery fails (``ok: false`` with the reason) to a recipient, or
through an SMTP host, under the reserved ``.invalid`` domain; otherwise ``ok`` with a message id.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from .._errors import ApiError, fail, not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._records import SECRETS, SETTINGS, EmailServer
from .._state import new_id, now_iso

ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
UNDELIVERABLE = ".invalid"
"""The reserved top-level domain (RFC 2606) the emulated delivery fails for."""


def _server(ctx: Ctx) -> EmailServer:
    server = ctx.world.catalog.email_servers.get(ctx.path["id"])
    if server is None:
        raise not_found("Email server", ctx.path["id"])
    return server


def _unique(ctx: Ctx, name: str, server_id: str | None = None) -> None:
    for other in ctx.world.catalog.email_servers.values():
        if other.name == name and other.id != server_id:
            raise fail(409, "name", f"An email server named {name!r} already exists", "conflict")


def _check(body: dict[str, Any]) -> None:
    """400 naming the first field of ``body`` the service would refuse."""
    if "name" in body and not str(body["name"]).strip():
        raise fail(400, "name", "An email server's name is not blank")
    if "fromEmail" in body and not ADDRESS.fullmatch(str(body["fromEmail"])):
        raise fail(400, "fromEmail", f"{body['fromEmail']!r} is not an email address (name@domain)")
    if "host" in body and not str(body["host"]).strip():
        raise fail(400, "host", "An SMTP server needs a host name")
    if "port" in body and not 1 <= int(body["port"]) <= 65535:
        raise fail(400, "port", f"Port {body['port']} is not from 1 to 65535")


def _apply(server: EmailServer, body: dict[str, Any]) -> None:
    """Set the fields ``body`` sends: the transport's settings, its secrets, the name and the state."""
    for name in SETTINGS[server.transport]:
        if name in body:
            server.settings[name] = body[name]
    for name in SECRETS:
        if name in body:
            server.secrets[name] = body[name] or ""
    if "name" in body:
        server.name = body["name"].strip()
    if "enabled" in body:
        server.enabled = body["enabled"]


async def email_servers_list(ctx: Ctx) -> Response:
    servers = [s.to_json() for s in ctx.world.catalog.email_servers.values()]
    return json_response(offset_page(servers, ctx))


async def email_servers_create(ctx: Ctx) -> Response:
    body = ctx.body
    _check(body)
    _unique(ctx, body["name"].strip())
    server = EmailServer(new_id("esrv"), body["name"], body["transport"], True, {}, {})
    _apply(server, body)
    ctx.world.catalog.email_servers[server.id] = server
    return json_response(server.to_json(), 201)


async def email_servers_get(ctx: Ctx) -> Response:
    return json_response(_server(ctx).to_json())


def _update_shape(ctx: Ctx, server: EmailServer, body: dict[str, Any]) -> None:
    """400 unless ``body`` is one of the update's shapes: with ``transport``, that transport's settings in
    full; without it, some of the server's own fields, each of its type."""
    transport = body.get("transport", server.transport)
    if transport not in SETTINGS:
        raise fail(400, "transport", "transport is resend or smtp")
    schema = ctx.contract.resolve({"$ref": "#/components/schemas/UpdateEmailServerRequest"})
    shape = next(
        s for s in schema["anyOf"] if s.get("properties", {}).get("transport", {}).get("const") == transport
    )
    issues = ctx.contract.validate(shape if "transport" in body else {**shape, "required": []}, body, "")
    if issues:
        raise ApiError(400, issues)


async def email_servers_update(ctx: Ctx) -> Response:
    server, body = _server(ctx), ctx.body
    _update_shape(ctx, server, body)
    _check(body)
    if "name" in body:
        _unique(ctx, body["name"].strip(), server.id)
    if body.get("transport", server.transport) != server.transport:
        if body["transport"] == "resend" and not body.get("apiKey"):
            raise fail(
                400, "apiKey", "A Resend server needs an apiKey: send one to switch this server to Resend"
            )
        server.transport, server.settings, server.secrets = body["transport"], {}, {}
    _apply(server, body)
    server.updated_at = now_iso()
    return json_response(server.to_json())


async def email_servers_delete(ctx: Ctx) -> Response:
    server = _server(ctx)
    del ctx.world.catalog.email_servers[server.id]
    return json_response({"deleted": True, "id": server.id})


async def email_servers_test(ctx: Ctx) -> Response:
    server, to = _server(ctx), str(ctx.body["to"])
    if not ADDRESS.fullmatch(to):
        raise fail(400, "to", f"{to!r} is not an email address (name@domain)")
    if not server.enabled:
        raise fail(409, "id", f"Email server {server.name!r} is disabled; enable it to send", "conflict")
    host = str(server.settings.get("host", ""))
    if host.lower().endswith(UNDELIVERABLE):
        return json_response({"ok": False, "error": f"Could not connect to the SMTP host {host!r}"})
    if to.lower().endswith(UNDELIVERABLE):
        return json_response(
            {"ok": False, "error": f"The recipient {to!r} was rejected: its domain does not exist"}
        )
    return json_response({"ok": True, "transport": server.transport, "messageId": new_id("msg")})


HANDLERS: dict[str, Handler] = {
    "emailServers.list": email_servers_list,
    "emailServers.create": email_servers_create,
    "emailServers.get": email_servers_get,
    "emailServers.update": email_servers_update,
    "emailServers.delete": email_servers_delete,
    "emailServers.test": email_servers_test,
}

"""``automations``: list, read and sync automations, their triggers and versions."""

from __future__ import annotations

from starlette.responses import Response

from .._errors import fail
from .._http import Ctx, Handler, json_response, offset_page
from .._render import commit_sha
from .._state import now_iso


async def automations_list(ctx: Ctx) -> Response:
    search = str(ctx.query.get("search", "")).lower()
    found = [
        a
        for a in ctx.world.store.automations.values()
        if (not search or search in f"{a.slug} {a.name} {a.description}".lower())
        and ctx.query.get("type") in (None, a.type)
    ]
    return json_response(offset_page([a.summary_json() for a in found], ctx, default_limit=50))


async def automations_get(ctx: Ctx) -> Response:
    return json_response(ctx.world.automation(ctx.path["id"]).detail_json())


async def automations_sync(ctx: Ctx) -> Response:
    if "@" in ctx.path["id"]:
        raise fail(400, "id", "Sync always uses the latest Git release; remove the version from the target")
    automation = ctx.world.automation(ctx.path["id"])
    version = automation.current_version
    return json_response(
        {
            "automation": {
                "id": automation.id,
                "type": automation.type,
                "slug": automation.slug,
                "status": "active",
                "updatedAt": now_iso(),
            },
            "release": {
                "version": version,
                "tag": f"{automation.slug}@{version}",
                "commit": commit_sha(automation.id, version),
            },
            "warnings": [],
        }
    )


async def automations_triggers(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    return json_response(
        {"automationId": automation.id, "type": automation.type, "triggers": dict(automation.triggers)}
    )


async def automations_versions(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    data = [
        {
            "id": f"{automation.id}@{version}",
            "automationId": automation.id,
            "version": version,
            "sourceRef": version,
            "isCurrent": version == automation.current_version,
            "createdAt": automation.created_at,
        }
        for version in reversed(automation.versions)
    ]
    return json_response({"data": data, "total": len(data), "limit": len(data), "offset": 0})


HANDLERS: dict[str, Handler] = {
    "automations.list": automations_list,
    "automations.get": automations_get,
    "automations.sync": automations_sync,
    "automations.triggers.get": automations_triggers,
    "automations.versions.list": automations_versions,
}

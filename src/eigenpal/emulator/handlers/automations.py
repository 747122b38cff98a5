"""``automations``: list, read, move, delete and sync automations; their triggers and versions.

An automation's folder is the directory part of its slug (``finance/extract-invoice`` lives in
``finance``); moving it (``folderId`` or ``folderPath``, made when missing) changes its slug and alias.
A workflow takes new versions from YAML or from another version's history; an agent is released from Git
(``automations.sync``) only. Promoting a version makes it the one runs use; restoring copies an old one into
a new current version.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._render import commit_sha
from .._state import Automation, now_iso


def _detail(ctx: Ctx, automation: Automation) -> dict[str, Any]:
    return automation.detail_json(ctx.world.folder_id(automation))


async def automations_list(ctx: Ctx) -> Response:
    search = str(ctx.query.get("search", "")).lower()
    folder = ctx.query.get("folderId")
    found = [
        a
        for a in ctx.world.store.automations.values()
        if (not search or search in f"{a.slug} {a.name} {a.description}".lower())
        and ctx.query.get("type") in (None, a.type)
        and folder in (None, ctx.world.folder_id(a))
    ]
    summaries = [a.summary_json(ctx.world.folder_id(a)) for a in found]
    return json_response(offset_page(summaries, ctx, default_limit=50))


async def automations_get(ctx: Ctx) -> Response:
    return json_response(_detail(ctx, ctx.world.automation(ctx.path["id"])))


async def automations_update(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body or {}
    catalog = ctx.world.catalog
    if "folderPath" in body:
        path = "/".join(part for part in str(body["folderPath"]).split("/") if part)
        catalog.ensure_path("workflow", path)
    elif "folderId" in body:
        folder = catalog.folders.get(body["folderId"] or "")
        if body["folderId"] is not None and (folder is None or folder.type != "workflow"):
            raise not_found("Workflow folder", str(body["folderId"]), "folderId")
        path = catalog.folder_path(folder) if folder else ""
    else:
        return json_response(_detail(ctx, automation))
    leaf = automation.slug.rpartition("/")[2]
    slug = f"{path}/{leaf}" if path else leaf
    clash = ctx.world.store.automation(f"{automation.type}s.{slug.replace('/', '.')}")
    if clash is not None and clash is not automation:
        raise fail(400, "folderId", f"{clash.alias} already exists in that folder")
    automation.slug, automation.updated_at = slug, now_iso()
    return json_response(_detail(ctx, automation))


async def automations_delete(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    del ctx.world.store.automations[automation.id]
    return json_response({"deleted": True, "id": automation.id})


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


def _version_json(automation: Automation, version: str) -> dict[str, Any]:
    return {
        "id": f"{automation.id}@{version}",
        "automationId": automation.id,
        "version": version,
        "sourceRef": version,
        "isCurrent": version == automation.current_version,
        "createdAt": automation.version_dates.get(version, automation.created_at),
    }


async def automations_versions(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    data = [_version_json(automation, version) for version in reversed(automation.versions)]
    return json_response({"data": data, "total": len(data), "limit": len(data), "offset": 0})


def _version_of(ctx: Ctx) -> tuple[Automation, str]:
    """The automation and the version the path names, by id (``wf_x@v2``) or by label (``v2``)."""
    automation = ctx.world.automation(ctx.path["id"])
    wanted = ctx.path["versionId"].removeprefix(f"{automation.id}@")
    if wanted not in automation.versions:
        raise not_found("Version", ctx.path["versionId"], "versionId")
    return automation, wanted


def _add_version(automation: Automation, version: str, activate: bool) -> None:
    """Add ``version``: runs use it from now on when ``activate``d, else still the current one."""
    automation.current = version if activate else automation.current_version
    automation.versions.append(version)
    automation.version_dates[version] = automation.updated_at = now_iso()


async def versions_create(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body or {}
    if automation.type != "workflow":
        raise fail(400, "id", f"{automation.alias} is an agent: release it from Git with automations.sync")
    version = body["version"]
    if version in automation.versions:
        raise fail(409, "version", f"{automation.alias} already has a version {version!r}", "conflict")
    if "historyId" in body and body["historyId"].removeprefix(f"{automation.id}@") not in automation.versions:
        raise not_found("Version", body["historyId"], "historyId")
    _add_version(automation, version, bool(body.get("activate")))
    return json_response(_version_json(automation, version), 201)


async def versions_promote(ctx: Ctx) -> Response:
    automation, version = _version_of(ctx)
    automation.current, automation.updated_at = version, now_iso()
    return json_response(_version_json(automation, version))


async def versions_restore(ctx: Ctx) -> Response:
    """A new current version with the content of the one the path names."""
    automation, version = _version_of(ctx)
    if version == automation.current_version:
        raise fail(409, "versionId", f"{version!r} is already the current version", "conflict")
    number = len(automation.versions) + 1
    while f"v{number}" in automation.versions:
        number += 1
    _add_version(automation, f"v{number}", activate=True)
    return json_response(_version_json(automation, f"v{number}"), 201)


HANDLERS: dict[str, Handler] = {
    "automations.list": automations_list,
    "automations.get": automations_get,
    "automations.update": automations_update,
    "automations.delete": automations_delete,
    "automations.sync": automations_sync,
    "automations.triggers.get": automations_triggers,
    "automations.versions.list": automations_versions,
    "automations.versions.create": versions_create,
    "automations.versions.promote": versions_promote,
    "automations.versions.restore": versions_restore,
}

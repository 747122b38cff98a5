"""``automations``: list, read, move, delete and sync automations; their triggers and versions.

An automation's folder is the directory part of its slug (``finance/extract-invoice`` lives in
``finance``); moving it (``folderId`` or ``folderPath``, not both; a missing path is made) changes its slug
and alias: runs start at the new path, the old one answers 404, and a behaviour registered for the old path
moves with it. A deleted automation leaves the registry (its path and id answer 404, no run of it starts)
while its runs stay readable, their ``source`` saying ``automationFound: false``.

Versions have a label (``v2``) and an id (``ver_…``, stable per automation and label); a run, a promote or
a restore names one by either, and a run's ``source.version``/``versionId`` record which one ran. A workflow
takes new versions from YAML (a mapping) or from another version (``historyId``), live at once only with
``activate``; an agent is released from Git (``automations.sync``) only. Promoting makes a version the one
``latest`` and unversioned runs use; restoring copies a version's definition into a new current version.
A definition may set ``output:`` (a mapping): every run of that version outputs exactly it, which makes
what runs observable (it wins over a registered behaviour; without it, runs use the behaviour).
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._render import commit_sha
from .._state import Automation, now_iso
from .._world import World, load_yaml

VERSION_LABEL = re.compile(r"[^\s@]{1,100}")
RESERVED_LABELS = {"latest", "original"}
"""Labels a run's ``version`` gives another meaning (the live version; a rerun's source version)."""


def _detail(ctx: Ctx, automation: Automation) -> dict[str, Any]:
    return automation.detail_json(ctx.world.folder_id(automation))


def move_automation(world: World, automation: Automation, slug: str) -> None:
    """Give ``automation`` a new slug (so a new path), taking a behaviour registered for its old path along."""
    old = automation.alias
    automation.slug, automation.updated_at = slug, now_iso()
    if old in world.behaviours:
        world.behaviours[automation.alias] = world.behaviours.pop(old)


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


def _folder_path(ctx: Ctx, body: dict[str, Any]) -> str | None:
    """The folder path the body moves the automation to (``""``: the root); ``None`` when it moves nothing."""
    catalog = ctx.world.catalog
    if "folderPath" in body and "folderId" in body:
        raise fail(400, "folderPath", "Give folderId or folderPath, not both")
    if "folderPath" in body:
        names = [part.strip() for part in str(body["folderPath"]).split("/") if part.strip()]
        if any("." in name for name in names):
            raise fail(
                400, "folderPath", "Folder names in a path cannot contain '.' (a target joins them with '.')"
            )
        path = "/".join(names)
        catalog.ensure_path("workflow", path)
        return path
    if "folderId" in body:
        if body["folderId"] is None:
            return ""
        folder = catalog.folders.get(body["folderId"])
        if folder is None:
            raise not_found("Folder", str(body["folderId"]), "folderId")
        if folder.type != "workflow":
            raise fail(400, "folderId", f"Folder {folder.name!r} holds templates, not automations")
        return catalog.folder_path(folder)
    return None


async def automations_update(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body or {}
    path = _folder_path(ctx, body)
    if path is None:
        return json_response(_detail(ctx, automation))
    leaf = automation.slug.rpartition("/")[2]
    slug = f"{path}/{leaf}" if path else leaf
    clash = ctx.world.store.automation(f"{automation.type}s.{slug.replace('/', '.')}")
    if clash is not None and clash is not automation:
        field_name = "folderPath" if "folderPath" in body else "folderId"
        raise fail(400, field_name, f"{clash.alias} already exists in that folder")
    move_automation(ctx.world, automation, slug)
    return json_response(_detail(ctx, automation))


async def automations_delete(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    del ctx.world.store.automations[automation.id]
    automation.deleted = True
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
        "id": automation.version_id(version),
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
    """The automation and the version label the path names, by version id or by label."""
    automation = ctx.world.automation(ctx.path["id"])
    label = automation.find_version(ctx.path["versionId"])
    if label is None:
        raise not_found("Version", ctx.path["versionId"], "versionId")
    return automation, label


def _add_version(automation: Automation, version: str, definition: dict[str, Any], activate: bool) -> None:
    """Add ``version``: runs use it from now on when ``activate``d, else still the current one."""
    automation.current = version if activate else automation.current_version
    automation.versions.append(version)
    automation.definitions[version] = definition
    automation.version_dates[version] = automation.updated_at = now_iso()


def _definition(text: str) -> dict[str, Any]:
    """A version's YAML definition, parsed; 400 naming ``yaml`` (or ``yaml.output``) when it is not usable."""
    definition = load_yaml(text, "The definition")
    if not isinstance(definition, dict):
        raise fail(400, "yaml", "A workflow definition is a YAML mapping (such as `steps: [...]`)")
    if "output" in definition and not isinstance(definition["output"], dict):
        raise fail(400, "yaml.output", "`output` sets the run's output: a mapping")
    return definition


async def versions_create(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body or {}
    if automation.type != "workflow":
        raise fail(400, "id", f"{automation.alias} is an agent: release it from Git with automations.sync")
    version = body["version"]
    if not VERSION_LABEL.fullmatch(version) or version in RESERVED_LABELS:
        raise fail(
            400,
            "version",
            f"A version label is 1 to 100 characters without spaces or '@', not {version!r} "
            f"({' and '.join(sorted(RESERVED_LABELS))} are reserved)",
        )
    if automation.find_version(version) is not None:
        raise fail(409, "version", f"{automation.alias} already has a version {version!r}", "conflict")
    if "yaml" in body and "historyId" in body:
        raise fail(400, "historyId", "Give yaml or historyId, not both")
    if "historyId" in body:
        source = automation.find_version(body["historyId"])
        if source is None:
            raise not_found("Version", body["historyId"], "historyId")
        definition = dict(automation.definitions.get(source, {}))
    else:
        definition = _definition(body["yaml"])
    _add_version(automation, version, definition, bool(body.get("activate")))
    return json_response(_version_json(automation, version), 201)


async def versions_promote(ctx: Ctx) -> Response:
    automation, version = _version_of(ctx)
    automation.current, automation.updated_at = version, now_iso()
    return json_response(_version_json(automation, version))


async def versions_restore(ctx: Ctx) -> Response:
    """A new current version with the definition of the one the path names."""
    automation, version = _version_of(ctx)
    if version == automation.current_version:
        raise fail(409, "versionId", f"{version!r} is already the current version", "conflict")
    number = len(automation.versions) + 1
    while f"v{number}" in automation.versions:
        number += 1
    _add_version(automation, f"v{number}", dict(automation.definitions.get(version, {})), activate=True)
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

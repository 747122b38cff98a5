"""``folders``: the folder trees that hold workflows and templates.

``folders.list`` gives the children of ``parentId`` (the root when absent), or with ``tree`` every folder
below it. Names are unique among siblings (409); a workflow folder's name has no ``.`` (a target joins
folders with dots); a folder cannot move into itself or below itself (400). Renaming or moving a workflow
folder moves the automations below it: they run at their new paths. Deleting a folder moves what it held
(folders and automations) up to its parent, refused (400) when a name there is taken.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response
from .._records import Folder
from .._state import Automation, new_id
from .automations import move_automation


def _folder(ctx: Ctx, folder_id: str, field_name: str = "id") -> Folder:
    folder = ctx.world.catalog.folders.get(folder_id)
    if folder is None:
        raise not_found("Folder", folder_id, field_name)
    return folder


def _children(ctx: Ctx, folder: Folder | None, kind: str) -> list[Folder]:
    parent = folder.id if folder else None
    return [f for f in ctx.world.catalog.folders.values() if f.type == kind and f.parent_id == parent]


def _workflows(ctx: Ctx, folder: Folder) -> list[str]:
    """The names of the automations directly in ``folder`` (a ``workflow`` folder)."""
    if folder.type != "workflow":
        return []
    path = ctx.world.catalog.folder_path(folder)
    return [a.name for a in ctx.world.store.automations.values() if a.folder_path == path]


def _json(ctx: Ctx, folder: Folder) -> dict[str, Any]:
    children, workflows = _children(ctx, folder, folder.type), _workflows(ctx, folder)
    preview = [{"name": f.name, "kind": "folder"} for f in children]
    preview += [{"name": name, "kind": "workflow"} for name in workflows]
    return {
        "id": folder.id,
        "parentId": folder.parent_id,
        "type": folder.type,
        "name": folder.name,
        "createdAt": folder.created_at,
        "childCount": len(children),
        "workflowCount": len(workflows),
        "previewItems": preview[:5],
    }


async def folders_list(ctx: Ctx) -> Response:
    kind = ctx.query["type"]
    parent = _folder(ctx, ctx.query["parentId"], "parentId") if ctx.query.get("parentId") else None
    found, pending = [], _children(ctx, parent, kind)
    while pending:
        folder = pending.pop(0)
        found.append(folder)
        if ctx.query.get("tree") not in (None, "", "false", "0"):
            pending.extend(_children(ctx, folder, kind))
    return json_response([_json(ctx, f) for f in found])


def _check_name(ctx: Ctx, folder: Folder) -> None:
    for sibling in _children(ctx, ctx.world.catalog.folders.get(folder.parent_id or ""), folder.type):
        if sibling.id != folder.id and sibling.name == folder.name:
            raise fail(409, "name", f"A folder named {folder.name!r} is already there", "conflict")


def _parent(ctx: Ctx, parent_id: str | None, kind: str) -> str | None:
    if parent_id is not None and _folder(ctx, parent_id, "parentId").type != kind:
        raise fail(400, "parentId", f"Folder {parent_id!r} does not hold {kind}s")
    return parent_id


def _name(value: Any, kind: str) -> str:
    name = str(value).strip()
    if not name or "/" in name:
        raise fail(400, "name", "A folder name is non-empty text without '/'")
    if kind == "workflow" and "." in name:
        raise fail(400, "name", "A workflow folder's name has no '.': targets join folders with '.'")
    return name


async def folders_create(ctx: Ctx) -> Response:
    body = ctx.body
    kind = body["type"]
    folder = Folder(new_id("fld"), kind, _name(body["name"], kind), _parent(ctx, body.get("parentId"), kind))
    _check_name(ctx, folder)
    ctx.world.catalog.folders[folder.id] = folder
    return json_response(_json(ctx, folder), 201)


async def folders_get(ctx: Ctx) -> Response:
    return json_response(_json(ctx, _folder(ctx, ctx.path["id"])))


async def folders_update(ctx: Ctx) -> Response:
    folder, body = _folder(ctx, ctx.path["id"]), ctx.body or {}
    name = _name(body["name"], folder.type) if "name" in body else folder.name
    parent_id = _parent(ctx, body["parentId"], folder.type) if "parentId" in body else folder.parent_id
    ancestor = parent_id
    while ancestor is not None:
        if ancestor == folder.id:
            raise fail(400, "parentId", "A folder cannot move into itself or a folder below it")
        above = ctx.world.catalog.folders.get(ancestor)
        ancestor = above.parent_id if above else None
    moved = Folder(folder.id, folder.type, name, parent_id, folder.created_at)
    _check_name(ctx, moved)
    if folder.type == "workflow" and ctx.world.catalog.folder_path(folder):
        _move_automations(ctx, folder, moved)
    folder.name, folder.parent_id = name, parent_id
    return json_response(_json(ctx, folder))


def _move_automations(ctx: Ctx, folder: Folder, moved: Folder) -> None:
    """Automations below a renamed or moved folder follow it: their slugs take the new path."""
    catalog = ctx.world.catalog
    old = catalog.folder_path(folder)
    parent = catalog.folders.get(moved.parent_id or "")
    new = f"{catalog.folder_path(parent)}/{moved.name}" if parent else moved.name
    for automation in list(ctx.world.store.automations.values()):
        if automation.slug.startswith(f"{old}/"):
            move_automation(ctx.world, automation, new + automation.slug[len(old) :])


async def folders_delete(ctx: Ctx) -> Response:
    """Delete the folder; its folders and automations move up to its parent (400 when a name is taken there)."""
    folder = _folder(ctx, ctx.path["id"])
    catalog, parent = ctx.world.catalog, ctx.world.catalog.folders.get(folder.parent_id or "")
    children = _children(ctx, folder, folder.type)
    moves = _moves_up(ctx, folder, parent) if folder.type == "workflow" else []
    taken = {f.name for f in _children(ctx, parent, folder.type) if f.id != folder.id}
    clashes = [f.name for f in children if f.name in taken] + [
        a.alias
        for a, slug in moves
        if ctx.world.store.automation(f"{a.type}s.{slug.replace('/', '.')}") not in (None, a)
    ]
    if clashes:
        raise fail(
            400, "id", f"Folder {folder.name!r} holds {clashes[0]!r}, whose name its parent already has"
        )
    for child in children:
        child.parent_id = folder.parent_id
    for automation, slug in moves:
        move_automation(ctx.world, automation, slug)
    del catalog.folders[folder.id]
    return json_response({"deleted": True, "id": folder.id})


def _moves_up(ctx: Ctx, folder: Folder, parent: Folder | None) -> list[tuple[Automation, str]]:
    """The new slug of every automation below ``folder`` once it is gone: its path without the folder."""
    old = ctx.world.catalog.folder_path(folder)
    up = f"{ctx.world.catalog.folder_path(parent)}/" if parent else ""
    automations = ctx.world.store.automations.values()
    return [(a, up + a.slug[len(old) + 1 :]) for a in automations if a.slug.startswith(f"{old}/")]


HANDLERS: dict[str, Handler] = {
    "folders.list": folders_list,
    "folders.create": folders_create,
    "folders.get": folders_get,
    "folders.update": folders_update,
    "folders.delete": folders_delete,
}

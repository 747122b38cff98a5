"""``templates``: document templates (DOCX, XLSX) made from a stored file, with their revisions.

A template is created from a ``files.create`` upload (``fileId``; 404 when unknown, 422 when it is not a
DOCX or XLSX file) and replaced the same way, each time as a new revision. Its tokens are the
``{{name}}`` placeholders found in the file (in the XML parts of the document). A template created with
``staged`` waits for ``templates.staging`` with its ``cleanupProof``: ``finalize`` keeps it, ``cleanup``
deletes it.
"""

from __future__ import annotations

import io
import re
import secrets
import zipfile
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, bytes_response, json_response
from .._records import Template, TemplateRevision
from .._state import StoredFile, new_id, now_iso
from .dataset import ARCHIVE_ERRORS

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
TOKEN = re.compile(rb"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")
MAX_XML_BYTES = 8 * 1024 * 1024
"""The most bytes of a template's XML parts searched for tokens."""


def _stored(ctx: Ctx, file_id: str) -> tuple[StoredFile, str]:
    """The uploaded file and its template format; 404 or 422 naming ``fileId``."""
    uploaded = ctx.world.store.files.get(file_id)
    if uploaded is None:
        raise not_found("File", file_id, "fileId")
    stored = uploaded.file
    extension = stored.filename.rpartition(".")[2].lower()
    kind = next((k for k, mime in FORMATS.items() if stored.content_type == mime), extension)
    if kind not in FORMATS:
        raise fail(422, "fileId", f"{stored.filename!r} is not a DOCX or XLSX file", "unsupported_format")
    return stored, kind


def _tokens(content: bytes) -> list[dict[str, Any]]:
    """The ``{{name}}`` placeholders of a document (its XML parts when it is a ZIP), first seen first."""
    parts = [content]
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            xml = [i for i in archive.infolist() if i.filename.endswith(".xml")]
            if sum(i.file_size for i in xml) <= MAX_XML_BYTES:
                parts = [archive.read(i) for i in xml]
    except ARCHIVE_ERRORS:  # not a ZIP (or a broken one): search the bytes as they are
        pass
    names = dict.fromkeys(m.group(1).decode() for part in parts for m in TOKEN.finditer(part))
    return [
        {"name": n, "path": n.split("."), "kind": "variable", "type": "string", "required": True}
        for n in names
    ]


def _template(ctx: Ctx) -> Template:
    template = ctx.world.catalog.templates.get(ctx.path["id"])
    if template is None:
        raise not_found("Template", ctx.path["id"])
    return template


def _revision(stored: StoredFile, number: int) -> TemplateRevision:
    return TemplateRevision(
        new_id("rev"), number, StoredFile(stored.filename, stored.content, stored.content_type)
    )


async def templates_list(ctx: Ctx) -> Response:
    templates = list(ctx.world.catalog.templates.values())
    limit, offset = int(ctx.query.get("limit", 50)), int(ctx.query.get("offset", 0))
    items = [t.to_json() for t in templates[offset : offset + limit]]
    return json_response({"items": items, "total": len(templates)})


async def templates_create(ctx: Ctx) -> Response:
    body = ctx.body
    stored, kind = _stored(ctx, body["fileId"])
    template = Template(
        new_id("tpl"),
        body.get("name") or stored.filename.rpartition(".")[0] or stored.filename,
        kind,
        FORMATS[kind],
        body.get("description"),
        [_revision(stored, 1)],
        _tokens(stored.content),
        cleanup_proof=secrets.token_urlsafe(16) if body.get("staged") else None,
    )
    ctx.world.catalog.templates[template.id] = template
    created = template.to_json()
    if template.cleanup_proof:
        created["cleanupProof"] = template.cleanup_proof
    return json_response(created, 201)


async def templates_get(ctx: Ctx) -> Response:
    return json_response(_template(ctx).to_json())


async def templates_replace(ctx: Ctx) -> Response:
    template = _template(ctx)
    stored, kind = _stored(ctx, ctx.body["fileId"])
    if kind != template.format:
        raise fail(422, "fileId", f"Template {template.id} is a {template.format} file, not {kind}")
    template.revisions.append(_revision(stored, len(template.revisions) + 1))
    template.tokens, template.updated_at = _tokens(stored.content), now_iso()
    return json_response(template.to_json())


async def templates_delete(ctx: Ctx) -> Response:
    del ctx.world.catalog.templates[_template(ctx).id]
    return json_response({"deleted": True})


async def templates_content(ctx: Ctx) -> Response:
    template, wanted = _template(ctx), ctx.query.get("revisionId")
    revision = next((r for r in template.revisions if r.id == wanted), None) if wanted else template.current
    if revision is None:
        raise not_found("Template revision", str(wanted), "revisionId")
    return bytes_response(revision.file.content, "application/octet-stream", revision.file.filename)


async def templates_staging(ctx: Ctx) -> Response:
    template, body = _template(ctx), ctx.body
    if template.cleanup_proof is None:
        raise fail(409, "id", f"Template {template.id} is not staged", "conflict")
    if not secrets.compare_digest(str(body["proof"]).encode(), template.cleanup_proof.encode()):
        raise fail(409, "proof", "The proof does not match the template's cleanupProof", "conflict")
    if body["action"] == "cleanup":
        del ctx.world.catalog.templates[template.id]
        return json_response({"cleaned": True, "finalized": False})
    template.cleanup_proof = None
    return json_response({"cleaned": False, "finalized": True})


HANDLERS: dict[str, Handler] = {
    "templates.list": templates_list,
    "templates.create": templates_create,
    "templates.get": templates_get,
    "templates.replace": templates_replace,
    "templates.delete": templates_delete,
    "templates.content.get": templates_content,
    "templates.staging": templates_staging,
}

"""``templates``: document templates (DOCX, XLSX) made from a stored file, with their revisions.

A template is created from a ``files.create`` upload (``fileId``; 404 when unknown, 422 when it is not a
DOCX or XLSX package: a ZIP holding ``word/`` or ``xl/`` parts) and replaced the same way, each time as a new
revision of the same format; every revision stays downloadable (``revisionId``), as
``application/octet-stream`` with the revision's file name. Its tokens are the ``{{name}}`` placeholders of
the document's XML parts, read from their text (so a token Word split over runs is still found);
``{{#items}}…{{/items}}`` is a loop over ``items``. A template created with ``staged`` waits for
``templates.staging`` with its ``cleanupProof``: ``finalize`` keeps it, ``cleanup`` deletes it.
"""

from __future__ import annotations

import io
import re
import secrets
import zipfile
from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, json_response
from .._records import Template, TemplateRevision
from .._state import StoredFile, new_id, now_iso
from .dataset import ARCHIVE_ERRORS

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PARTS = {"docx": "word/", "xlsx": "xl/"}
"""The folder of a package's main parts, by format: what tells a DOCX from an XLSX from any other ZIP."""
TOKEN = re.compile(r"\{\{\s*([#/]?)\s*([A-Za-z_][\w.]*)\s*\}\}")
XML_TAG = re.compile(r"<[^>]*>")
MAX_XML_BYTES = 8 * 1024 * 1024
"""The most bytes of a template's XML parts searched for tokens."""


def _stored(ctx: Ctx, file_id: str) -> tuple[StoredFile, str, list[dict[str, Any]]]:
    """The uploaded file, its template format and its tokens; 404 or 422 naming ``fileId``."""
    uploaded = ctx.world.store.files.get(file_id)
    if uploaded is None:
        raise not_found("File", file_id, "fileId")
    stored = uploaded.file
    extension = stored.filename.rpartition(".")[2].lower()
    kind = next((k for k, mime in FORMATS.items() if stored.content_type == mime), extension)
    if kind not in FORMATS:
        raise fail(422, "fileId", f"{stored.filename!r} is not a DOCX or XLSX file", "unsupported_format")
    text = _xml_text(stored.content, kind)
    if text is None:
        raise fail(
            422, "fileId", f"{stored.filename!r} is not a valid {kind.upper()} document", "unsupported_format"
        )
    return stored, kind, _tokens(text)


def _xml_text(content: bytes, kind: str) -> str | None:
    """The text of a package's XML parts (tags removed); ``None`` when it is not a ``kind`` package."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            entries = archive.infolist()
            if not any(e.filename.startswith(PARTS[kind]) for e in entries):
                return None
            xml = [e for e in entries if e.filename.endswith(".xml")]
            if sum(e.file_size for e in xml) > MAX_XML_BYTES:
                return ""
            parts = [archive.read(e).decode("utf-8", "replace") for e in xml]
    except ARCHIVE_ERRORS:
        return None
    return "\n".join(XML_TAG.sub("", part) for part in parts)


def _tokens(text: str) -> list[dict[str, Any]]:
    """The placeholders of a document's text, first seen first: ``{{a.b}}`` a variable, ``{{#a}}`` a loop."""
    found: dict[str, str] = {}
    for match in TOKEN.finditer(text):
        sign, name = match.groups()
        if sign != "/":
            found.setdefault(name, "loop" if sign == "#" else "variable")
    return [
        {
            "name": name,
            "path": name.split("."),
            "kind": kind,
            "type": "array" if kind == "loop" else "string",
            "required": True,
        }
        for name, kind in found.items()
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


def _name(body: dict[str, Any], stored: StoredFile) -> str:
    """The template's name: the body's (not blank), else the file's name without its extension."""
    if "name" not in body:
        return stored.filename.rpartition(".")[0] or stored.filename
    name = str(body["name"]).strip()
    if not name:
        raise fail(400, "name", "A template's name is not blank; leave it out to use the file's name")
    return name


async def templates_create(ctx: Ctx) -> Response:
    body = ctx.body
    stored, kind, tokens = _stored(ctx, body["fileId"])
    template = Template(
        new_id("tpl"),
        _name(body, stored),
        kind,
        FORMATS[kind],
        body.get("description"),
        [_revision(stored, 1)],
        tokens,
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
    stored, kind, tokens = _stored(ctx, ctx.body["fileId"])
    if kind != template.format:
        raise fail(
            422,
            "fileId",
            f"Template {template.id} is a {template.format} file, not {kind}",
            "unsupported_format",
        )
    template.revisions.append(_revision(stored, len(template.revisions) + 1))
    template.tokens, template.updated_at = tokens, now_iso()
    return json_response(template.to_json())


async def templates_delete(ctx: Ctx) -> Response:
    del ctx.world.catalog.templates[_template(ctx).id]
    return json_response({"deleted": True})


async def templates_content(ctx: Ctx) -> Response:
    template, wanted = _template(ctx), ctx.query.get("revisionId")
    revision = next((r for r in template.revisions if r.id == wanted), None) if wanted else template.current
    if revision is None:
        raise not_found("Template revision", str(wanted), "revisionId")
    return download_response(ctx, revision.file, "application/octet-stream")


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

"""``files``: upload a file once, then reference it from runs; read, download, delete."""

from __future__ import annotations

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, json_response
from .._state import UploadedFile, new_id, now_iso


async def files_create(ctx: Ctx) -> Response:
    assert ctx.form is not None
    stored = ctx.form.files.get("file")
    if not stored:
        raise fail(400, "file", "Send the file as a multipart part named `file`")
    uploaded = UploadedFile(new_id("file"), stored[0], now_iso(), ctx.form.field("purpose"))
    ctx.world.store.files[uploaded.id] = uploaded
    return json_response(uploaded.to_json())


def _file(ctx: Ctx) -> UploadedFile:
    uploaded = ctx.world.store.files.get(ctx.path["id"])
    if uploaded is None:
        raise not_found("File", ctx.path["id"])
    return uploaded


async def files_get(ctx: Ctx) -> Response:
    return json_response(_file(ctx).to_json())


async def files_delete(ctx: Ctx) -> Response:
    del ctx.world.store.files[_file(ctx).id]
    return json_response({"deleted": True})


async def files_content(ctx: Ctx) -> Response:
    stored = _file(ctx).file
    return download_response(ctx, stored)


HANDLERS: dict[str, Handler] = {
    "files.create": files_create,
    "files.get": files_get,
    "files.delete": files_delete,
    "files.content.get": files_content,
}

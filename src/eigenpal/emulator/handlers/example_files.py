"""``automations.examples.input_files`` and ``expected_files``: the two file folders of an example, alike."""

from __future__ import annotations

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, download_response, json_response, safe_path
from .._state import StoredFile
from .examples import example_of


def _folder_handlers(folder: str) -> dict[str, Handler]:
    """The five file operations of one folder of an example, by operationId."""

    async def list_files(ctx: Ctx) -> Response:
        return json_response({"files": sorted(example_of(ctx)[1].folder(folder))})

    async def create_files(ctx: Ctx) -> Response:
        _, example = example_of(ctx)
        assert ctx.form is not None
        parts = ctx.form.files.get("file", [])
        if not parts:
            raise fail(400, "file", "Send one or more multipart parts named `file`")
        stored = example.folder(folder)
        uploaded = []
        for part in parts:
            name = safe_path(part.filename, "file")
            stored[name] = part
            uploaded.append(name)
        return json_response({"uploaded": uploaded}, 201)

    def _file(ctx: Ctx) -> tuple[dict[str, StoredFile], str]:
        stored, path = example_of(ctx)[1].folder(folder), ctx.path["path"]
        if path not in stored:
            raise not_found(f"{folder.capitalize()} file", path, "path")
        return stored, path

    async def get_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        return download_response(
            ctx, StoredFile(path.rsplit("/", 1)[-1], stored[path].content, "application/octet-stream")
        )

    async def rename_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        new_name = safe_path((ctx.body or {})["newFilename"], "newFilename")
        if "/" in new_name:
            raise fail(400, "newFilename", "newFilename must be a file name without '/'")
        parent = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        moved = stored.pop(path)
        stored[parent + new_name] = StoredFile(new_name, moved.content, moved.content_type)
        return json_response({"ok": True, "filename": new_name, "path": f"{folder}/{parent}{new_name}"})

    async def delete_file(ctx: Ctx) -> Response:
        stored, path = _file(ctx)
        del stored[path]
        return Response(b"", 200)

    prefix = f"automations.examples.{folder}"
    return {
        f"{prefix}.files.list": list_files,
        f"{prefix}.files.create": create_files,
        f"{prefix}.file.get": get_file,
        f"{prefix}.file.update": rename_file,
        f"{prefix}.file.delete": delete_file,
    }


HANDLERS: dict[str, Handler] = {**_folder_handlers("input"), **_folder_handlers("expected")}

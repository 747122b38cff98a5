"""``automations.dataset``: an automation's dataset as one ZIP, exported or imported all or nothing."""

from __future__ import annotations

import io
import json
import lzma
import zipfile
import zlib
from dataclasses import dataclass, field

from starlette.responses import Response

from .._errors import ApiError, Issue, fail, not_found, too_large
from .._http import Ctx, Handler, download_response, json_response, load_json, safe_path
from .._state import Automation, DatasetExample, StoredFile, new_id
from .examples import EXAMPLE_FIELDS, apply_fields, in_row_order


async def dataset_export(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    wanted = [i for i in str(ctx.query.get("exampleIds", "")).split(",") if i]
    missing = [i for i in wanted if i not in automation.examples]
    if missing:
        raise not_found("Dataset example", missing[0], "exampleIds")
    examples = [automation.examples[i] for i in wanted] if wanted else in_row_order(automation)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for example in examples:
            root = f"examples/{example.id}"
            fields = {wire: getattr(example, attribute) for wire, attribute in EXAMPLE_FIELDS.items()}
            archive.writestr(f"{root}/example.json", json.dumps(fields, indent=2))
            for folder in ("input", "expected"):
                for path, stored in sorted(example.folder(folder).items()):
                    archive.writestr(f"{root}/{folder}/{path}", stored.content)
    archive_name = f"{automation.slug.replace('/', '-')}-dataset.zip"
    return download_response(ctx, StoredFile(archive_name, buffer.getvalue(), "application/octet-stream"))


async def dataset_import(ctx: Ctx) -> Response:
    """Import a dataset ZIP, all or nothing: every entry is checked before anything changes (its path,
    its example.json as the example the API will then serve, the archive's size), and one bad entry
    refuses the whole archive with a 400 naming each bad entry and field. So ``replace`` never leaves a
    half-replaced dataset, and ``append`` never skips a row (``skipped`` is always 0)."""
    automation = ctx.world.automation(ctx.path["id"])
    assert ctx.form is not None
    mode = ctx.form.field("mode") or "append"
    if mode not in ("append", "replace"):
        raise fail(400, "mode", "mode must be append or replace")
    uploads = ctx.form.files.get("file")
    if not uploads:
        raise fail(400, "file", "Send the dataset ZIP as a multipart file part named `file`")
    examples = _examples(ctx, automation, _read_archive(ctx, uploads[0].content))
    deleted = len(automation.examples)
    files_deleted = sum(len(e.input_files) + len(e.expected_files) for e in automation.examples.values())
    if mode == "replace":
        automation.examples.clear()
    for example in examples:
        automation.examples[example.id] = example
    expected_set = sum(e.expected is not None or bool(e.expected_files) for e in examples)
    counts = {"mode": mode, "created": len(examples), "expectedSet": expected_set}
    if mode == "append":
        return json_response({**counts, "skipped": 0, "issues": []})
    return json_response({**counts, "deleted": deleted, "filesDeleted": files_deleted})


DATASET_EXAMPLE = {"$ref": "#/components/schemas/DatasetExample"}


ZIP_DIRECTORY_ENTRY = b"PK\x01\x02"


INFLATE_CHUNK = 64 * 1024


ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,  # a compression method zipfile lacks
    RuntimeError,  # an encrypted entry
)


@dataclass
class _Folder:
    """What an archive holds for one ``examples/<name>/`` folder."""

    json: bytes | None = None
    input: dict[str, bytes] = field(default_factory=dict)
    expected: dict[str, bytes] = field(default_factory=dict)


def _read_archive(ctx: Ctx, content: bytes) -> dict[str, _Folder]:
    """The example folders of a dataset ZIP. Every entry name must be a safe path (400). The entry
    count (``Limits.archive_entries``) is bounded before the directory is parsed, and the inflated
    total (the upload cap) while entries inflate, so a ZIP bomb is refused (413) before it grows."""
    max_entries, limit = ctx.world.store.limits.archive_entries, ctx.world.config.max_upload_bytes
    if content.count(ZIP_DIRECTORY_ENTRY) > max_entries:  # at least as many as zipfile would parse
        raise too_large("file", f"The archive has more than {max_entries} entries")
    folders: dict[str, _Folder] = {}
    used = 0
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for info in archive.infolist():
                parts = safe_path(info.filename.removesuffix("/"), "file").split("/")
                if info.is_dir() or len(parts) < 3 or parts[0] != "examples":
                    continue
                folder = folders.setdefault(parts[1], _Folder())
                is_json, is_file = parts[2:] == ["example.json"], parts[2] in ("input", "expected")
                if not is_json and not (is_file and len(parts) > 3):
                    continue
                data = _inflate(archive, info, limit - used, limit)
                used += len(data)
                if is_json:
                    folder.json = data
                else:
                    getattr(folder, parts[2])["/".join(parts[3:])] = data
    except ARCHIVE_ERRORS:
        raise fail(
            400, "file", "file must be a ZIP archive with examples/<id>/input and examples/<id>/expected"
        ) from None
    return folders


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, room: int, limit: int) -> bytes:
    """One entry, inflated a chunk at a time: 413 as soon as it outgrows the ``room`` left."""
    chunks: list[bytes] = []
    with archive.open(info) as entry:
        while chunk := entry.read(INFLATE_CHUNK):
            room -= len(chunk)
            if room < 0:
                raise too_large("file", f"The archive inflates past the {limit}-byte upload limit")
            chunks.append(chunk)
    return b"".join(chunks)


def _examples(ctx: Ctx, automation: Automation, folders: dict[str, _Folder]) -> list[DatasetExample]:
    """The archive's examples, each checked as the API will serve it; 400 naming every bad entry."""
    examples: list[DatasetExample] = []
    issues: list[Issue] = []
    for name, folder in sorted(folders.items()):
        where = f"examples/{name}/example.json"
        try:
            fields = load_json(folder.json, where) if folder.json else {}
            if not isinstance(fields, dict):
                raise ValueError(f"{where} must hold a JSON object")
        except ValueError as error:
            issues.append(Issue(where, str(error)))
            continue
        example = DatasetExample(
            new_id("ex"), fields.get("name") or name, automation, fields.get("input"), fields.get("expected")
        )
        apply_fields(example, {k: v for k, v in fields.items() if k not in ("name", "input", "expected")})
        example.input_files = _stored(folder.input)
        example.expected_files = _stored(folder.expected)
        issues.extend(ctx.contract.validate(DATASET_EXAMPLE, example.to_json(), where))
        examples.append(example)
    if issues:
        raise ApiError(400, issues)
    return examples


def _stored(files: dict[str, bytes]) -> dict[str, StoredFile]:
    return {path: StoredFile(path.rsplit("/", 1)[-1], content) for path, content in files.items()}


HANDLERS: dict[str, Handler] = {
    "automations.dataset.export": dataset_export,
    "automations.dataset.import": dataset_import,
}

"""``runs.artifacts``: a run's input snapshots and output files, listed, zipped or downloaded one by one."""

from __future__ import annotations

import io
import zipfile

from starlette.responses import Response

from .._errors import not_found
from .._http import Ctx, Handler, bytes_response, download_response, json_response
from .._render import artifact_json, run_artifacts
from .._state import StoredFile


async def runs_artifacts_list(ctx: Ctx) -> Response:
    """The artifact list; with ``zip=1`` a ZIP of the output files by name, with ``bundle=review`` (the only
    value the contract allows) a ZIP of every artifact by path (``input/…`` and ``output/…``)."""
    run = ctx.world.run(ctx.path["id"])
    found = run_artifacts(run)
    if ctx.query.get("bundle") == "review":
        return _zip(run.id, {path: stored for path, (_, stored) in found.items()})
    if ctx.query.get("zip") == "1":
        return _zip(run.id, dict(run.output_files))
    return json_response({"artifacts": [artifact_json(p, role, f) for p, (role, f) in found.items()]})


def _zip(run_id: str, files: dict[str, StoredFile]) -> Response:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, stored in sorted(files.items()):
            archive.writestr(name, stored.content)
    return bytes_response(buffer.getvalue(), "application/zip", f"{run_id}.zip")


async def runs_artifacts_get(ctx: Ctx) -> Response:
    found = run_artifacts(ctx.world.run(ctx.path["id"])).get(ctx.path["path"])
    if found is None:
        raise not_found("Artifact", ctx.path["path"], "path")
    return download_response(ctx, found[1])


HANDLERS: dict[str, Handler] = {
    "runs.artifacts.list": runs_artifacts_list,
    "runs.artifacts.get": runs_artifacts_get,
}

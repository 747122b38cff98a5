"""``client.runs.artifacts``: files a run received and produced (both methods stream, so both are here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from ..._options import RequestOptions
from ..._params import opt, path_param, required_id

if TYPE_CHECKING:
    from ..._files import Destination, Progress
    from ..._generated.models import RunArtifactsResponse
    from .._base_client import AsyncAPIClient


class AsyncArtifactDownloads:
    """Downloadable artifacts of a run: input snapshots and output files."""

    _pipeline: AsyncAPIClient

    @overload
    async def list(
        self, id: str, *, zip: Literal[False] = False, options: RequestOptions | None = None
    ) -> RunArtifactsResponse: ...
    @overload
    async def list(
        self,
        id: str,
        *,
        zip: Literal[True],
        token: str | None = None,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def list(
        self,
        id: str,
        *,
        zip: Literal[True],
        token: str | None = None,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def list(
        self,
        id: str,
        *,
        zip: bool = False,
        token: str | None = None,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> RunArtifactsResponse | bytes | int:
        """The run's artifact paths (``GET /v1/runs/{id}/artifacts``), or with ``zip=True`` a ZIP of
        its output files: ``bytes``, or streamed into ``to`` (returns bytes written)."""
        from ..._generated.api.operations import runs_artifacts_list
        from ..._generated.models import RunsArtifactsListZip

        run_id = required_id(id, "id")
        if not zip:
            return await self._pipeline.send(runs_artifacts_list.request(run_id), options)
        request = runs_artifacts_list.request(run_id, zip_=RunsArtifactsListZip("1"), token=opt(token))
        return await self._pipeline.download(request, to, progress, options)

    @overload
    async def download(
        self,
        id: str,
        path: str,
        *,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        id: str,
        path: str,
        *,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def download(
        self,
        id: str,
        path: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """One artifact by path (``GET /v1/runs/{id}/artifacts/{path}``): ``bytes``, or streamed into
        ``to`` (a path, written atomically, or a binary file; returns bytes written)."""
        from ..._generated.api.operations import runs_artifacts_get

        request = runs_artifacts_get.request(required_id(id, "id"), path_param(path, "path"))
        return await self._pipeline.download(request, to, progress, options)

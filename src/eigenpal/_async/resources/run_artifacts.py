"""``client.runs.artifacts``: files a run received and produced (both methods stream, so both are here).

Today's API names two archives on the list route: ``bundle`` (every artifact) and ``zip`` (the output
files, the June API's only one, still in the spec); ``list`` takes either."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from ..._errors import EigenpalUsageError
from ..._generated.types import UNSET
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
        self,
        id: str,
        *,
        zip: Literal[False] = False,
        bundle: Literal[False] = False,
        options: RequestOptions | None = None,
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
    @overload
    async def list(
        self,
        id: str,
        *,
        bundle: Literal[True],
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def list(
        self,
        id: str,
        *,
        bundle: Literal[True],
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def list(
        self,
        id: str,
        *,
        zip: bool = False,
        bundle: bool = False,
        token: str | None = None,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> RunArtifactsResponse | bytes | int:
        """The run's artifact paths (``GET /v1/runs/{id}/artifacts``), or an archive instead: with
        ``bundle=True`` every artifact, with ``zip=True`` the output files only (``token``: a signed
        link's token, for the ZIP only). An archive is ``bytes``, or streamed into ``to`` (returns bytes
        written)."""
        from ..._generated.api.operations import runs_artifacts_list
        from ..._generated.models import RunsArtifactsListBundle, RunsArtifactsListZip

        run_id = required_id(id, "id")
        for name, value in (("zip", zip), ("bundle", bundle)):
            if not isinstance(value, bool):
                raise EigenpalUsageError(f"{name}={value!r} must be True or False.")
        if zip and bundle:
            raise EigenpalUsageError(
                "zip=True and bundle=True ask for two archives; pass bundle=True for every artifact or "
                "zip=True for the output files."
            )
        if token is not None and not zip:
            raise EigenpalUsageError("token is for the ZIP of output files only: pass zip=True with it.")
        if (to is not None or progress is not None) and not (zip or bundle):
            raise EigenpalUsageError(
                "to= and progress= are for an archive: pass bundle=True (or zip=True) to download one."
            )
        if not (zip or bundle):
            return await self._pipeline.send(runs_artifacts_list.request(run_id), options)
        request = runs_artifacts_list.request(
            run_id,
            zip_=RunsArtifactsListZip("1") if zip else UNSET,
            bundle=RunsArtifactsListBundle("review") if bundle else UNSET,
            token=opt(token),
        )
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

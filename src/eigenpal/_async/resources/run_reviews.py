"""``client.runs.reviews``: a run's expected files, copied, uploaded and downloaded (the review itself,
its corrected output and the other file methods are generated)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, overload

from ..._options import RequestOptions
from ..._params import make_body, opt, opt_path, path_param, required_id

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import (
        RunReviewExpectedFileCopyRequest,
        RunReviewExpectedFileMutationResponse,
    )
    from .._base_client import AsyncAPIClient


class AsyncReviewFiles:
    """A run's review: ``verdict`` (correct, incorrect or none), ``status`` (open, closed, wont_fix),
    ``corrected_output`` and ``corrections``. The expected files that go with it are copied from the
    run's output, uploaded or downloaded here."""

    _pipeline: AsyncAPIClient

    async def copy_output_to_expected(
        self,
        id: str,
        output_file_name: str | RunReviewExpectedFileCopyRequest | Mapping[str, Any],
        *,
        expected_name: str | None = None,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileMutationResponse:
        """Copy one of the run's output files into its expected files (``POST …/reviews/expected``, JSON).

        ``output_file_name`` is the file's name, or the whole body (``{"outputFileName": ...}``)."""
        from ..._generated.api.operations import runs_reviews_expected_create
        from ..._generated.models import RunReviewExpectedFileCopyRequest

        if isinstance(output_file_name, str):
            data, name = None, required_id(output_file_name, "output_file_name")
        else:
            data, name = output_file_name, None
        fields = {"outputFileName": opt(name), "expectedName": opt(expected_name)}
        body = make_body(RunReviewExpectedFileCopyRequest, data, fields, "output_file_name")
        return await self._pipeline.send(
            runs_reviews_expected_create.request(required_id(id, "id"), body=body), options
        )

    async def upload_expected(
        self,
        id: str,
        file: FileInput,
        *,
        name: str | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileMutationResponse:
        """Attach a local file as an expected file, streamed (``POST …/reviews/expected``, multipart)."""
        from ..._files import open_uploads
        from ..._generated.api.operations import runs_reviews_expected_create
        from ..._generated.models import RunReviewExpectedFileUploadRequest

        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            body = RunReviewExpectedFileUploadRequest(file=part, name=opt_path(name, "name"))
            return await self._pipeline.send(
                runs_reviews_expected_create.request(required_id(id, "id"), body=body), options
            )

    @overload
    async def download_expected(
        self,
        id: str,
        filename: str,
        *,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def download_expected(
        self,
        id: str,
        filename: str,
        *,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def download_expected(
        self,
        id: str,
        filename: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """One expected file: ``bytes``, or streamed into ``to`` (returns bytes written)."""
        from ..._generated.api.operations import runs_reviews_expected_file_get

        request = runs_reviews_expected_file_get.request(
            required_id(id, "id"), path_param(filename, "filename")
        )
        return await self._pipeline.download(request, to, progress, options)

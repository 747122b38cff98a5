"""``client.runs.feedback``: a run's expected files, copied, uploaded and downloaded (the review itself,
its expected output and the other file methods are generated)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, overload

from ..._options import RequestOptions
from ..._params import make_body, opt, opt_path, path_param, required_id

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import (
        RunExpectedFileCopyRequest,
        RunExpectedFileMutationResponse,
    )
    from .._base_client import AsyncAPIClient


class AsyncFeedbackFiles:
    """Feedback on a run: ``rating`` is the verdict (pass, fail, partial), ``status`` the review
    lifecycle (open, resolved, ignored); ``expected`` is the corrected output. The expected files that
    go with it are copied from the run's output, uploaded or downloaded here."""

    _pipeline: AsyncAPIClient

    async def copy_output_to_expected(
        self,
        id: str,
        output_file_name: str | RunExpectedFileCopyRequest | Mapping[str, Any],
        *,
        expected_name: str | None = None,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileMutationResponse:
        """Copy one of the run's output files into its expected files (``POST …/feedback/expected``, JSON).

        ``output_file_name`` is the file's name, or the whole body (``{"outputFileName": ...}``)."""
        from ..._generated.api.operations import runs_feedback_expected_create
        from ..._generated.models import RunExpectedFileCopyRequest

        if isinstance(output_file_name, str):
            data, name = None, required_id(output_file_name, "output_file_name")
        else:
            data, name = output_file_name, None
        fields = {"outputFileName": opt(name), "expectedName": opt(expected_name)}
        body = make_body(RunExpectedFileCopyRequest, data, fields, "output_file_name")
        return await self._pipeline.send(
            runs_feedback_expected_create.request(required_id(id, "id"), body=body), options
        )

    async def upload_expected(
        self,
        id: str,
        file: FileInput,
        *,
        name: str | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileMutationResponse:
        """Attach a local file as an expected file, streamed (``POST …/feedback/expected``, multipart)."""
        from ..._files import open_uploads
        from ..._generated.api.operations import runs_feedback_expected_create
        from ..._generated.models import RunExpectedFileUploadRequest

        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            body = RunExpectedFileUploadRequest(file=part, name=opt_path(name, "name"))
            return await self._pipeline.send(
                runs_feedback_expected_create.request(required_id(id, "id"), body=body), options
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
        from ..._generated.api.operations import runs_feedback_expected_file_get

        request = runs_feedback_expected_file_get.request(
            required_id(id, "id"), path_param(filename, "filename")
        )
        return await self._pipeline.download(request, to, progress, options)

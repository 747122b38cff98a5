"""``client.runs.feedback``: the human review of a run, its expected output and expected files."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._files import Destination, FileInput, Progress, open_uploads
from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import choice, make_body, opt, opt_path, path_param, required_id
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import (
        RunExpectedArtifacts,
        RunExpectedFileCopyRequest,
        RunExpectedFileMutationResponse,
        RunExpectedFileUpdateRequest,
        RunExpectedFileUpdateResponse,
        RunFeedbackDetail,
        RunFeedbackRequest,
    )

Rating = Literal["pass", "fail", "partial"]
ReviewStatus = Literal["open", "resolved", "ignored"]


class AsyncRunFeedback(AsyncResource):
    """Feedback on a run: ``rating`` is the verdict (pass, fail, partial), ``status`` the review
    lifecycle (open, resolved, ignored); ``expected`` is the corrected output."""

    async def get(self, id: str, *, options: RequestOptions | None = None) -> RunFeedbackDetail:
        """All feedback state of a run (``GET /api/v1/runs/{id}/feedback``)."""
        from ..._generated.api.operations import runs_feedback_get

        return await self._pipeline.send(runs_feedback_get.request(required_id(id, "id")), options)

    async def update(
        self,
        id: str,
        data: RunFeedbackRequest | Mapping[str, Any] | None = None,
        *,
        rating: Rating | Unset | None = UNSET,
        status: ReviewStatus | Unset | None = UNSET,
        body: str | Unset | None = UNSET,
        expected: Any | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunFeedbackDetail:
        """Change some feedback fields (``PUT /api/v1/runs/{id}/feedback``): fields you leave out are kept,
        ``None`` clears one. ``body`` is the reviewer's note, ``expected`` the corrected JSON output."""
        from ..._generated.api.operations import runs_feedback_update
        from ..._generated.models import RunFeedbackRequest

        if isinstance(rating, str):
            choice(rating, ("pass", "fail", "partial"), "rating")
        if isinstance(status, str):
            choice(status, ("open", "resolved", "ignored"), "status")
        request_body = make_body(
            RunFeedbackRequest, data, rating=rating, status=status, body=body, expected=expected
        )
        return await self._pipeline.send(
            runs_feedback_update.request(required_id(id, "id"), body=request_body), options
        )

    async def clear(self, id: str, *, options: RequestOptions | None = None) -> RunFeedbackDetail | None:
        """Delete all feedback, the expected output and every expected file (``DELETE …/feedback``).
        ``None`` on a 204."""
        from ..._generated.api.operations import runs_feedback_clear

        return await self._pipeline.send(runs_feedback_clear.request(required_id(id, "id")), options)

    async def list_expected(self, id: str, *, options: RequestOptions | None = None) -> RunExpectedArtifacts:
        """The expected JSON output and expected files (``GET /api/v1/runs/{id}/feedback/expected``)."""
        from ..._generated.api.operations import runs_feedback_expected_get

        return await self._pipeline.send(runs_feedback_expected_get.request(required_id(id, "id")), options)

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
        body = make_body(
            RunExpectedFileCopyRequest, data, "output_file_name", output_file_name=opt(name),
            expected_name=opt(expected_name),
        )  # fmt: skip
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

    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunExpectedFileUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None = None,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileUpdateResponse:
        """Rename an expected file (``PATCH …/feedback/expected/{filename}``): ``name=`` or the body."""
        from ..._generated.api.operations import runs_feedback_expected_file_update
        from ..._generated.models import RunExpectedFileUpdateRequest

        body = make_body(RunExpectedFileUpdateRequest, data, name=opt_path(name, "name"))
        request = runs_feedback_expected_file_update.request(
            required_id(id, "id"), path_param(filename, "filename"), body=body
        )
        return await self._pipeline.send(request, options)

    async def delete_expected(self, id: str, filename: str, *, options: RequestOptions | None = None) -> None:
        """Delete an expected file; the note and expected JSON stay (``DELETE …/feedback/expected/{filename}``)."""
        from ..._generated.api.operations import runs_feedback_expected_file_delete

        request = runs_feedback_expected_file_delete.request(
            required_id(id, "id"), path_param(filename, "filename")
        )
        await self._pipeline.send(request, options)

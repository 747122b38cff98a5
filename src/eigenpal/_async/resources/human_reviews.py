"""``client.human_reviews``: the documents a human review task shows (their download streams; the task's
other methods are generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ..._options import RequestOptions
from ..._params import required_id

if TYPE_CHECKING:
    from ..._files import Destination, Progress
    from .._base_client import AsyncAPIClient


class AsyncHumanReviewFiles:
    """Human review tasks: a run paused for a person to check, approve or reject."""

    _pipeline: AsyncAPIClient

    @overload
    async def download_file(
        self,
        task_id: str,
        file_id: str,
        *,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def download_file(
        self,
        task_id: str,
        file_id: str,
        *,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def download_file(
        self,
        task_id: str,
        file_id: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """A document of the task (``GET /v1/human-reviews/{taskId}/files/{fileId}/content``; ``file_id``
        from the task): ``bytes``, or streamed into ``to`` (a path, written atomically, or a binary file;
        returns bytes written). A redirect to storage is followed without the API key."""
        from ..._generated.api.operations import human_reviews_files_content_get

        request = human_reviews_files_content_get.request(
            required_id(task_id, "task_id"), required_id(file_id, "file_id")
        )
        return await self._pipeline.download(request, to, progress, options)

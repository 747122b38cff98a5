"""``client.templates``: a template document's bytes (the download streams; the other template methods
are generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from ..._generated.types import UNSET
from ..._options import RequestOptions
from ..._params import required_id

if TYPE_CHECKING:
    from ..._files import Destination, Progress
    from .._base_client import AsyncAPIClient


class AsyncTemplateDownload:
    """Document templates, each with its revisions."""

    _pipeline: AsyncAPIClient

    @overload
    async def download(
        self,
        id: str,
        *,
        revision_id: str | None = None,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        id: str,
        *,
        revision_id: str | None = None,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def download(
        self,
        id: str,
        *,
        revision_id: str | None = None,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """The template's document (``GET /v1/templates/{id}/content``), its current revision or, with
        ``revision_id``, an earlier one: ``bytes``, or streamed into ``to`` (a path, written atomically, or
        a binary file; returns bytes written). A redirect to storage is followed without the API key."""
        from ..._generated.api.operations import templates_content_get

        revision = UNSET if revision_id is None else required_id(revision_id, "revision_id")
        request = templates_content_get.request(required_id(id, "id"), revision_id=revision)
        return await self._pipeline.download(request, to, progress, options)

"""``client.automations.dataset_review_requests``: a reviewer's work on one item of a labelling round.

One route takes a decision as JSON (``update_item``) or corrected bytes as multipart (``edit_item_file``),
and the item's files download as bytes (``get_item_file``), so all three are written here; the round's
other methods are generated.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._errors import EigenpalUsageError
from ..._generated.types import UNSET, Unset
from ..._options import RequestOptions
from ..._params import conform, make_body, opt, opt_path, path_param, query, required_id
from ..._targets import Target, automation_ref

if TYPE_CHECKING:
    from ..._files import Destination, FileInput, Progress
    from ..._generated.models import DatasetReviewItemResponse, UpdateDatasetReviewItem
    from .._base_client import AsyncAPIClient

Action = Literal[
    "approve", "comment", "edit", "edit-file", "field-decision", "file-decision", "remove", "reopen"
]


class AsyncReviewItems:
    """Decide on, correct and read the items of a dataset review request (a labelling round)."""

    _pipeline: AsyncAPIClient

    @overload
    async def update_item(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        data: UpdateDatasetReviewItem | Mapping[str, Any],
        *,
        action: Action | Unset = UNSET,
        expected_updated_at: str | Unset = UNSET,
        expected: Any = UNSET,
        comment: str | Unset | None = UNSET,
        field_path: str | Unset | None = UNSET,
        file_path: str | Unset | None = UNSET,
        decision: Literal["approved", "removed"] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewItemResponse: ...
    @overload
    async def update_item(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        *,
        action: Action,
        expected_updated_at: str,
        expected: Any = UNSET,
        comment: str | Unset | None = UNSET,
        field_path: str | Unset | None = UNSET,
        file_path: str | Unset | None = UNSET,
        decision: Literal["approved", "removed"] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewItemResponse: ...
    async def update_item(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        data: UpdateDatasetReviewItem | Mapping[str, Any] | None = None,
        *,
        action: Action | Unset = UNSET,
        expected_updated_at: str | Unset = UNSET,
        expected: Any = UNSET,
        comment: str | Unset | None = UNSET,
        field_path: str | Unset | None = UNSET,
        file_path: str | Unset | None = UNSET,
        decision: Literal["approved", "removed"] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewItemResponse:
        """Record a decision on one item (``PATCH …/dataset-review-requests/{reviewId}/items/{itemId}``,
        JSON): approve, comment, edit its expected output, decide on a field or a file, remove, reopen.

        ``expected_updated_at`` is the item's ``updatedAt`` as read: the server refuses the decision if
        someone changed the item since, so no newer decision is overwritten."""
        from ..._generated.api.operations import automations_dataset_review_requests_items_update
        from ..._generated.models import UpdateDatasetReviewItem

        fields = {
            "action": action,
            "expectedUpdatedAt": expected_updated_at,
            "expected": expected,
            "comment": comment,
            "fieldPath": field_path,
            "filePath": file_path,
            "decision": decision,
        }
        body = make_body(UpdateDatasetReviewItem, data, fields)
        request = automations_dataset_review_requests_items_update.request(
            automation_ref(id),
            required_id(review_id, "review_id"),
            required_id(item_id, "item_id"),
            body=body,
        )
        return await self._pipeline.send(request, options)

    async def edit_item_file(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        file: FileInput | None = None,
        *,
        expected_updated_at: str,
        file_path: str | None = None,
        new_path: str | None = None,
        comment: str | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> DatasetReviewItemResponse:
        """Replace one of the item's expected files with corrected bytes, streamed (the same route,
        multipart): ``file_path`` names the file, ``new_path`` renames it, ``comment`` says why.

        ``expected_updated_at`` guards against overwriting a newer decision, as in ``update_item``. The spec
        leaves ``file`` optional, but an edit without bytes is refused before sending: both kinds of edit
        upload a file."""
        from ..._files import open_uploads
        from ..._generated.api.operations import automations_dataset_review_requests_items_update
        from ..._generated.models import EditDatasetReviewItemFile

        if file is None:
            raise EigenpalUsageError(
                "file is required: pass the corrected bytes (a path, an open binary file or {'content': ...})."
            )
        if not isinstance(expected_updated_at, str) or not expected_updated_at.strip():
            raise EigenpalUsageError(
                "expected_updated_at is required: pass the item's updatedAt as you read it "
                f"(it guards against overwriting a newer decision), got {expected_updated_at!r}."
            )
        conform(expected_updated_at, "expected_updated_at", {"type": "string"})
        if comment is not None:
            conform(comment, "comment", {"type": "string"})
        ref = automation_ref(id)
        review, item = required_id(review_id, "review_id"), required_id(item_id, "item_id")
        paths = opt_path(file_path, "file_path"), opt_path(new_path, "new_path")
        with ExitStack() as stack:
            ((_, part),) = open_uploads([("file", file)], stack, progress)
            body = EditDatasetReviewItemFile(
                expected_updated_at=expected_updated_at,
                action="edit-file",
                file=part,
                file_path=paths[0],
                new_path=paths[1],
                comment=opt(comment),
            )
            request = automations_dataset_review_requests_items_update.request(ref, review, item, body=body)
            return await self._pipeline.send(request, options)

    @overload
    async def get_item_file(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        path: str,
        *,
        kind: Literal["input", "expected"] | None = None,
        to: None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes: ...
    @overload
    async def get_item_file(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        path: str,
        *,
        kind: Literal["input", "expected"] | None = None,
        to: Destination,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> int: ...
    async def get_item_file(
        self,
        id: Target,
        review_id: str,
        item_id: str,
        path: str,
        *,
        kind: Literal["input", "expected"] | None = None,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """One file of the item (``GET …/items/{itemId}/files/{path}``; ``path`` may hold ``/``): an input
        file, or with ``kind="expected"`` an expected one. ``bytes``, or streamed into ``to`` (a path,
        written atomically, or a binary file; returns bytes written)."""
        from ..._generated.api.operations import automations_dataset_review_requests_items_files_get
        from ..._generated.models import AutomationsDatasetReviewRequestsItemsFilesGetKind as Kind
        from ..._generated.rules import QUERY_RULES

        rule = QUERY_RULES["automations.datasetReviewRequests.items.files.get"]["kind"]
        request = automations_dataset_review_requests_items_files_get.request(
            automation_ref(id),
            required_id(review_id, "review_id"),
            required_id(item_id, "item_id"),
            path_param(path, "path"),
            kind=query(kind, "kind", rule, Kind),
        )
        return await self._pipeline.download(request, to, progress, options)

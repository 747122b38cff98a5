"""The client tree: one class per node of openapi.yaml's ``x-eigenpal-method`` tree, with its plain methods.

Rendered by ``make generate`` (codegen/generate.py, from templates/facade.py.jinja) into this hand-written
folder: never edit it by hand; ``make check-generated`` fails when it is stale. Like every module of this
folder it has a blocking twin, derived by codegen/unasync.py.

Each node class has a cached property per child node and the node's plain methods. A node's special
methods (uploads, downloads, streams, waits) are written by hand in its mixin in ``resources/``, which the
class inherits: ``codegen/facade.py`` names each node's mixin (``MIXINS``) and says which methods are
special. The root, ``AsyncEigenpalClientBase``, is the base of ``AsyncEigenpalClient`` (``_client.py``).

The seed-era calls of ``aliases.yaml`` (the June 2026 API's) are here too: each old method is ``@deprecated``
and calls today's with its arguments translated by ``_aliases.py`` (a node only that era had, such as
``runs.feedback``, is a class of its own), and a method that kept its name takes its old keywords through a
``@deprecated`` overload.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from .. import _aliases
from .._generated.types import UNSET, Unset
from .._options import RequestOptions
from .._params import make_body, make_union_body, path_param, query, required_id
from .._targets import Target, automation_ref
from ._pagination import AsyncPage, cursor_page, offset_page
from .resources.automation_dataset import AsyncDatasetArchive
from .resources.automation_experiments import AsyncExperimentStream
from .resources.dataset_review_items import AsyncReviewItems
from .resources.example_files import (
    AsyncExpectedFileDownload,
    AsyncExpectedFilesUpload,
    AsyncInputFileDownload,
    AsyncInputFilesUpload,
)
from .resources.files import AsyncFileTransfer
from .resources.human_reviews import AsyncHumanReviewFiles
from .resources.run_artifacts import AsyncArtifactDownloads
from .resources.run_reviews import AsyncReviewFiles
from .resources.runs import AsyncRunWait
from .resources.templates import AsyncTemplateDownload

if TYPE_CHECKING:
    from typing_extensions import deprecated

    from .._files import Destination, FileInput, Progress
    from .._generated.models import (
        AbortFileUploadResponse,
        AgentEvaluatorConfigResponse,
        AuthCheckResponse,
        AutomationDetail,
        AutomationSummary,
        AutomationSyncResponse,
        AutomationTriggersResponse,
        AutomationVersion,
        CreateAutomationVersionRequestType0,
        CreateAutomationVersionRequestType1,
        CreateDatasetReviewRequest,
        CreatedTemplate,
        CreateEmailServerRequestType0,
        CreateEmailServerRequestType1,
        CreateFileUploadSessionRequest,
        CreateFolderRequest,
        DatasetExample,
        DatasetExampleExpectedFileList,
        DatasetExampleExpectedFileRenameRequest,
        DatasetExampleExpectedFileRenameResponse,
        DatasetExampleInputFileList,
        DatasetExampleInputFileRenameRequest,
        DatasetExampleInputFileRenameResponse,
        DatasetExampleMutation,
        DatasetExampleUpdate,
        DatasetReviewDetail,
        DatasetReviewEventList,
        DatasetReviewInboxItem,
        DatasetReviewItemList,
        DatasetReviewRequest,
        DeleteAutomationResponse,
        DeleteEmailServerResponse,
        DeleteFileResponse,
        DeleteFolderResponse,
        DeleteTemplateResponse,
        EvaluatorConfigUpdate,
        ExampleRunResponse,
        Experiment,
        ExperimentCreate,
        ExperimentCreateResponse,
        ExperimentDetail,
        ExperimentRef,
        File,
        FileUploadSession,
        Folder,
        HttpChunkedFileUploadSession,
        HumanReviewApproveResponse,
        HumanReviewFieldResponse,
        HumanReviewListResponseTasksItem,
        HumanReviewRejectResponse,
        HumanReviewsApproveBody,
        HumanReviewsFieldsConfirmBody,
        HumanReviewsRejectBody,
        HumanReviewTaskResponse,
        ListAutomationVersionsResponse,
        ListFileUploadPartsResponse,
        ListModelsResponse,
        MultipartFileUploadFallback,
        ParsingReadiness,
        PresignedFileUploadSession,
        PresignedMultipartFileUploadSession,
        PresignFileUploadPartRequest,
        PresignFileUploadPartResponse,
        PromoteRunRequest,
        PromoteRunResponse,
        PublicResendEmailServer,
        PublicSmtpEmailServer,
        RestoreAutomationVersionRequest,
        Run,
        RunCancelResponse,
        RunEventsResponse,
        RunListItem,
        RunReviewCloseRequest,
        RunReviewDetail,
        RunReviewExpectedArtifacts,
        RunReviewExpectedFileCopyRequest,
        RunReviewExpectedFileMutationResponse,
        RunReviewExpectedFileUpdateRequest,
        RunReviewExpectedFileUpdateResponse,
        RunReviewHealthResponse,
        RunReviewRequest,
        RunScoresResponse,
        RunStepsResponse,
        RunTraceResponse,
        RunUsageResponse,
        Template,
        TemplateFileReferenceRequest,
        TemplateReplaceRequest,
        TemplateStagingRequest,
        TemplateStagingResponse,
        TestEmailServerRequest,
        TestEmailServerResponseType0,
        TestEmailServerResponseType1,
        UpdateAutomationRequest,
        UpdateDatasetReviewRequest,
        UpdateEmailServerRequestType0,
        UpdateEmailServerRequestType1,
        UpdateEmailServerRequestType2,
        UpdateFolderRequest,
        WorkflowEvaluatorConfigResponse,
    )
    from ._base_client import AsyncAPIClient
else:  # what typing_extensions.deprecated(..., category=None) does, without importing it with the client
    deprecated = _aliases.deprecated

SEED_ERA_FILE_REFERENCE = ("fileId", "$fileId")
"""A seed-era file reference's key in a run's input, and today's (aliases.yaml)."""
SEED_ERA_BASE_URLS = {"https://studio.eigenpal.com": "https://api.eigenpal.com"}
"""Seed-era default hosts and today's (aliases.yaml)."""
_SEED_ERA_VALUES_STATUS = {"open": "open", "resolved": "closed", "ignored": "wont_fix"}
_SEED_ERA_REFUSED_STATUS = {
    None: 'status=None cleared the status, which a review always has today: pass status="open", "closed" or "wont_fix" to runs.reviews.update, or leave status out.'
}
_SEED_ERA_VALUES_VERDICT = {"pass": "correct", "fail": "incorrect", None: None}
_SEED_ERA_REFUSED_VERDICT = {
    "partial": "rating='partial' has no verdict today, and guessing 'incorrect' or None would silently change accuracy and review-health figures: call runs.reviews.update(id, verdict=\"incorrect\", corrections=[...]) for a partly wrong output, or runs.reviews.update(id, verdict=None, note=\"...\") for a remark."
}
_SEED_ERA_VALUES_VERDICT_FILTER = {"pass": "correct", "fail": "incorrect", "none": "none"}
_SEED_ERA_REFUSED_VERDICT_FILTER = {
    "partial": "feedback_rating='partial' has no verdict today, so no filter selects those runs: call runs.list(review_verdict=\"incorrect\") or runs.list(has_corrections=True)."
}
_SEED_ERA_RUNS_FEEDBACK_UPDATE = {
    "rating": _aliases.Rename(
        "verdict", "rating", "verdict", False, False, _SEED_ERA_VALUES_VERDICT, _SEED_ERA_REFUSED_VERDICT
    ),
    "status": _aliases.Rename(
        "status", "status", "status", False, False, _SEED_ERA_VALUES_STATUS, _SEED_ERA_REFUSED_STATUS
    ),
    "body": _aliases.Rename("note", "body", "note", False, False),
    "expected": _aliases.Rename("corrected_output", "expected", "correctedOutput", False, False),
}
_SEED_ERA_RUNS_LIST = {
    "has_feedback": _aliases.Rename("has_review", "hasFeedback", "hasReview", True, True),
    "no_feedback": _aliases.Rename("no_review", "noFeedback", "noReview", True, True),
    "feedback_status": _aliases.Rename(
        "review_status",
        "feedbackStatus",
        "reviewStatus",
        True,
        False,
        _SEED_ERA_VALUES_STATUS,
        _SEED_ERA_REFUSED_STATUS,
    ),
    "feedback_rating": _aliases.Rename(
        "review_verdict",
        "feedbackRating",
        "reviewVerdict",
        True,
        False,
        _SEED_ERA_VALUES_VERDICT_FILTER,
        _SEED_ERA_REFUSED_VERDICT_FILTER,
    ),
    "since_last_resolved": _aliases.Rename(
        "since_last_closed", "sinceLastResolved", "sinceLastClosed", True, True
    ),
    "has_expected": _aliases.Rename(
        None,
        "hasExpected",
        None,
        True,
        True,
        refused="has_expected has no one-to-one filter today (expected output became a review's corrections): call runs.list(has_corrections=True) for runs whose review corrects the output.",
    ),
    "promoted_to_example": _aliases.Rename(
        None,
        "promotedToExample",
        None,
        True,
        True,
        refused="promoted_to_example has no filter today, and a review no longer names the example a run became: keep the example_id that runs.promote returns, and read a run's review with runs.reviews.get(run_id).",
    ),
}


class AsyncNode:
    """A node of the client tree: it sends its requests through the client's pipeline."""

    def __init__(self, pipeline: AsyncAPIClient) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncAuth(AsyncNode):
    """``client.auth``, generated from openapi.yaml."""

    async def check(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> AuthCheckResponse:
        """Check API key identity (``GET /v1/auth/check``).

        Who the current API key belongs to: its tenant, user, key id and scopes. `client.auth.check()` is
        the cheapest way to verify a key and a base URL."""
        from .._generated.api.operations import auth_check

        _request = auth_check.request()
        return await self._pipeline.send(_request, options)


class AsyncAutomationsDatasetReviewRequests(AsyncReviewItems, AsyncNode):
    """``client.automations.dataset_review_requests``, generated from openapi.yaml; its special methods are AsyncReviewItems's."""

    async def list(
        self,
        id: Target,
        *,
        status: str | Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[DatasetReviewRequest]:
        """List an automation's dataset review requests (``GET /v1/automations/{id}/dataset-review-requests``).

        The labelling rounds of one automation, newest first, a page at a time.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import automations_dataset_review_requests_list

        _request = automations_dataset_review_requests_list.request(
            automation_ref(id, argument="id"),
            status=query(status, "status", {"type": "string", "csv": True}),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            id,
            status=status,
            limit=limit,
            options=options,
        )
        return offset_page(_response, "data", _following)

    @overload
    async def create(
        self,
        id: Target,
        data: CreateDatasetReviewRequest | Mapping[str, Any],
        *,
        title: str | Unset = UNSET,
        example_names: Sequence[str] | Unset = UNSET,
        instructions: str | Unset | None = UNSET,
        focus_fields: Sequence[Mapping[str, Any]] | Unset = UNSET,
        ignored_fields: Sequence[str] | Unset = UNSET,
        item_notes: Sequence[Mapping[str, Any]] | Unset = UNSET,
        status: Literal["draft", "open", "paused"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewDetail: ...
    @overload
    async def create(
        self,
        id: Target,
        *,
        title: str,
        example_names: Sequence[str],
        instructions: str | Unset | None = UNSET,
        focus_fields: Sequence[Mapping[str, Any]] | Unset = UNSET,
        ignored_fields: Sequence[str] | Unset = UNSET,
        item_notes: Sequence[Mapping[str, Any]] | Unset = UNSET,
        status: Literal["draft", "open", "paused"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewDetail: ...
    async def create(
        self,
        id: Target,
        data: CreateDatasetReviewRequest | Mapping[str, Any] | None = None,
        *,
        title: str | Unset = UNSET,
        example_names: Sequence[str] | Unset = UNSET,
        instructions: str | Unset | None = UNSET,
        focus_fields: Sequence[Mapping[str, Any]] | Unset = UNSET,
        ignored_fields: Sequence[str] | Unset = UNSET,
        item_notes: Sequence[Mapping[str, Any]] | Unset = UNSET,
        status: Literal["draft", "open", "paused"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewDetail:
        """Open a dataset review request (``POST /v1/automations/{id}/dataset-review-requests``).

        Starts a labelling round, a set of dataset examples handed to reviewers, who approve, correct or
        reject each example's expected output."""
        from .._generated.api.operations import automations_dataset_review_requests_create
        from .._generated.models import CreateDatasetReviewRequest

        _body = make_body(
            CreateDatasetReviewRequest,
            data,
            {
                "title": title,
                "exampleNames": example_names,
                "instructions": instructions,
                "focusFields": focus_fields,
                "ignoredFields": ignored_fields,
                "itemNotes": item_notes,
                "status": status,
            },
        )
        _request = automations_dataset_review_requests_create.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: Target,
        review_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetReviewDetail:
        """Get a dataset review request (``GET /v1/automations/{id}/dataset-review-requests/{reviewId}``).

        One labelling round with its progress counts."""
        from .._generated.api.operations import automations_dataset_review_requests_get

        _request = automations_dataset_review_requests_get.request(
            automation_ref(id, argument="id"),
            required_id(review_id, "review_id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: Target,
        review_id: str,
        data: UpdateDatasetReviewRequest | Mapping[str, Any] | None = None,
        *,
        title: str | Unset = UNSET,
        instructions: str | Unset | None = UNSET,
        focus_fields: Sequence[Mapping[str, Any]] | Unset = UNSET,
        ignored_fields: Sequence[str] | Unset = UNSET,
        status: Literal["cancelled", "closed", "draft", "open", "paused"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetReviewDetail:
        """Update a dataset review request (``PATCH /v1/automations/{id}/dataset-review-requests/{reviewId}``).

        Renames, reassigns, completes or cancels a labelling round."""
        from .._generated.api.operations import automations_dataset_review_requests_update
        from .._generated.models import UpdateDatasetReviewRequest

        _body = make_body(
            UpdateDatasetReviewRequest,
            data,
            {
                "title": title,
                "instructions": instructions,
                "focusFields": focus_fields,
                "ignoredFields": ignored_fields,
                "status": status,
            },
        )
        _request = automations_dataset_review_requests_update.request(
            automation_ref(id, argument="id"),
            required_id(review_id, "review_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def events(
        self,
        id: Target,
        review_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetReviewEventList:
        """List a review request's events (``GET /v1/automations/{id}/dataset-review-requests/{reviewId}/events``).

        The audit trail of a labelling round, oldest first - who decided, edited or commented on what."""
        from .._generated.api.operations import automations_dataset_review_requests_events_list

        _request = automations_dataset_review_requests_events_list.request(
            automation_ref(id, argument="id"),
            required_id(review_id, "review_id"),
        )
        return await self._pipeline.send(_request, options)

    async def list_items(
        self,
        id: Target,
        review_id: str,
        *,
        status: str | Sequence[str] | None = None,
        options: RequestOptions | None = None,
    ) -> DatasetReviewItemList:
        """List a review request's items (``GET /v1/automations/{id}/dataset-review-requests/{reviewId}/items``).

        The examples of one labelling round with each one's decision so far."""
        from .._generated.api.operations import automations_dataset_review_requests_items_list

        _request = automations_dataset_review_requests_items_list.request(
            automation_ref(id, argument="id"),
            required_id(review_id, "review_id"),
            status=query(status, "status", {"type": "string", "csv": True}),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsDataset(AsyncDatasetArchive, AsyncNode):
    """``client.automations.dataset``, generated from openapi.yaml; its special methods are AsyncDatasetArchive's."""


class AsyncAutomationsEvaluators(AsyncNode):
    """``client.automations.evaluators``, generated from openapi.yaml."""

    async def get(
        self,
        id: Target,
        *,
        source_ref: str | None = None,
        options: RequestOptions | None = None,
    ) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse:
        """Get evaluators (``GET /v1/automations/{id}/evaluators``).

        The evaluator YAML of an automation and its parsed form. Evaluators produce the automated scores of
        experiment runs; they are separate from the human verdict a review records."""
        from .._generated.api.operations import automations_evaluators_get

        _request = automations_evaluators_get.request(
            automation_ref(id, argument="id"),
            source_ref=query(source_ref, "source_ref", {"type": "string"}),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def update(
        self,
        id: Target,
        data: EvaluatorConfigUpdate | Mapping[str, Any] | str,
        *,
        yaml: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse: ...
    @overload
    async def update(
        self,
        id: Target,
        *,
        yaml: str,
        options: RequestOptions | None = None,
    ) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse: ...
    async def update(
        self,
        id: Target,
        data: EvaluatorConfigUpdate | Mapping[str, Any] | str | None = None,
        *,
        yaml: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AgentEvaluatorConfigResponse | WorkflowEvaluatorConfigResponse:
        """Replace evaluators (``PUT /v1/automations/{id}/evaluators``).

        Replace the evaluator YAML. The service validates it first (an invalid document answers 400 naming
        the problem); the new evaluators score future experiments."""
        from .._generated.api.operations import automations_evaluators_update
        from .._generated.models import EvaluatorConfigUpdate

        _body = make_body(
            EvaluatorConfigUpdate,
            data,
            {
                "yaml": yaml,
            },
        )
        _request = automations_evaluators_update.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExamplesExpectedFiles(AsyncExpectedFilesUpload, AsyncNode):
    """``client.automations.examples.expected_files``, generated from openapi.yaml; its special methods are AsyncExpectedFilesUpload's."""

    async def list(
        self,
        id: Target,
        example_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetExampleExpectedFileList:
        """List expected files (``GET /v1/automations/{id}/examples/{exampleId}/expected``).

        Paths of the files in an example's `expected` folder."""
        from .._generated.api.operations import automations_examples_expected_files_list

        _request = automations_examples_expected_files_list.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExamplesExpectedFile(AsyncExpectedFileDownload, AsyncNode):
    """``client.automations.examples.expected_file``, generated from openapi.yaml; its special methods are AsyncExpectedFileDownload's."""

    @overload
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        data: DatasetExampleExpectedFileRenameRequest | Mapping[str, Any] | str,
        *,
        new_filename: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExampleExpectedFileRenameResponse: ...
    @overload
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        new_filename: str,
        options: RequestOptions | None = None,
    ) -> DatasetExampleExpectedFileRenameResponse: ...
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        data: DatasetExampleExpectedFileRenameRequest | Mapping[str, Any] | str | None = None,
        *,
        new_filename: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExampleExpectedFileRenameResponse:
        """Rename expected file (``PATCH /v1/automations/{id}/examples/{exampleId}/expected/{path}``).

        Rename one file in an example's `expected` folder; it stays in its folder."""
        from .._generated.api.operations import automations_examples_expected_file_update
        from .._generated.models import DatasetExampleExpectedFileRenameRequest

        _body = make_body(
            DatasetExampleExpectedFileRenameRequest,
            data,
            {
                "newFilename": new_filename,
            },
        )
        _request = automations_examples_expected_file_update.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
            path_param(path, "path"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete expected file (``DELETE /v1/automations/{id}/examples/{exampleId}/expected/{path}``).

        Delete one file from an example's `expected` folder."""
        from .._generated.api.operations import automations_examples_expected_file_delete

        _request = automations_examples_expected_file_delete.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
            path_param(path, "path"),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExamplesInputFiles(AsyncInputFilesUpload, AsyncNode):
    """``client.automations.examples.input_files``, generated from openapi.yaml; its special methods are AsyncInputFilesUpload's."""

    async def list(
        self,
        id: Target,
        example_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetExampleInputFileList:
        """List input files (``GET /v1/automations/{id}/examples/{exampleId}/input``).

        Paths of the files in an example's `input` folder."""
        from .._generated.api.operations import automations_examples_input_files_list

        _request = automations_examples_input_files_list.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExamplesInputFile(AsyncInputFileDownload, AsyncNode):
    """``client.automations.examples.input_file``, generated from openapi.yaml; its special methods are AsyncInputFileDownload's."""

    @overload
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        data: DatasetExampleInputFileRenameRequest | Mapping[str, Any] | str,
        *,
        new_filename: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExampleInputFileRenameResponse: ...
    @overload
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        new_filename: str,
        options: RequestOptions | None = None,
    ) -> DatasetExampleInputFileRenameResponse: ...
    async def update(
        self,
        id: Target,
        example_id: str,
        path: str,
        data: DatasetExampleInputFileRenameRequest | Mapping[str, Any] | str | None = None,
        *,
        new_filename: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExampleInputFileRenameResponse:
        """Rename input file (``PATCH /v1/automations/{id}/examples/{exampleId}/input/{path}``).

        Rename one file in an example's `input` folder; it stays in its folder."""
        from .._generated.api.operations import automations_examples_input_file_update
        from .._generated.models import DatasetExampleInputFileRenameRequest

        _body = make_body(
            DatasetExampleInputFileRenameRequest,
            data,
            {
                "newFilename": new_filename,
            },
        )
        _request = automations_examples_input_file_update.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
            path_param(path, "path"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: Target,
        example_id: str,
        path: str,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete input file (``DELETE /v1/automations/{id}/examples/{exampleId}/input/{path}``).

        Delete one file from an example's `input` folder."""
        from .._generated.api.operations import automations_examples_input_file_delete

        _request = automations_examples_input_file_delete.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
            path_param(path, "path"),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExamples(AsyncNode):
    """``client.automations.examples``, generated from openapi.yaml."""

    @functools.cached_property
    def expected_files(self) -> AsyncAutomationsExamplesExpectedFiles:
        return AsyncAutomationsExamplesExpectedFiles(self._pipeline)

    @functools.cached_property
    def expected_file(self) -> AsyncAutomationsExamplesExpectedFile:
        return AsyncAutomationsExamplesExpectedFile(self._pipeline)

    @functools.cached_property
    def input_files(self) -> AsyncAutomationsExamplesInputFiles:
        return AsyncAutomationsExamplesInputFiles(self._pipeline)

    @functools.cached_property
    def input_file(self) -> AsyncAutomationsExamplesInputFile:
        return AsyncAutomationsExamplesInputFile(self._pipeline)

    async def list(
        self,
        id: Target,
        *,
        limit: int | None = None,
        offset: int | None = None,
        include: Literal["metadata", "full"] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[DatasetExample]:
        """List dataset examples (``GET /v1/automations/{id}/examples``).

        The dataset examples of an automation: input, expected output and files, metadata and overrides, as
        evaluation runs use them. Pages by offset.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import automations_examples_list
        from .._generated.models import AutomationsExamplesListInclude

        _request = automations_examples_list.request(
            automation_ref(id, argument="id"),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
            include=query(
                include,
                "include",
                {"type": "string", "values": ["metadata", "full"]},
                AutomationsExamplesListInclude,
            ),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            id,
            limit=limit,
            include=include,
            options=options,
        )
        return offset_page(_response, "data", _following)

    async def create(
        self,
        id: Target,
        data: DatasetExampleMutation | Mapping[str, Any] | None = None,
        *,
        name: str | Unset | None = UNSET,
        input: Mapping[str, Any] | Unset | None = UNSET,
        expected: Any = UNSET,
        metadata: Mapping[str, Any] | Unset | None = UNSET,
        annotation: str | Unset | None = UNSET,
        row_order: int | Unset | None = UNSET,
        overrides: Mapping[str, Any] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExample:
        """Create dataset example (``POST /v1/automations/{id}/examples``).

        Create one example from JSON fields. Add its files afterwards with `input_files.create` /
        `expected_files.create`, or import a whole archive with `dataset.import_`."""
        from .._generated.api.operations import automations_examples_create
        from .._generated.models import DatasetExampleMutation

        _body = make_body(
            DatasetExampleMutation,
            data,
            {
                "name": name,
                "input": input,
                "expected": expected,
                "metadata": metadata,
                "annotation": annotation,
                "rowOrder": row_order,
                "overrides": overrides,
            },
        )
        _request = automations_examples_create.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: Target,
        example_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetExample:
        """Get dataset example (``GET /v1/automations/{id}/examples/{exampleId}``).

        One example with its input, expected output, expected files, metadata and overrides."""
        from .._generated.api.operations import automations_examples_get

        _request = automations_examples_get.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: Target,
        example_id: str,
        data: DatasetExampleUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | Unset | None = UNSET,
        input: Mapping[str, Any] | Unset | None = UNSET,
        expected: Any = UNSET,
        metadata: Mapping[str, Any] | Unset | None = UNSET,
        annotation: str | Unset | None = UNSET,
        row_order: int | Unset | None = UNSET,
        overrides: Mapping[str, Any] | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> DatasetExample:
        """Update dataset example (``PATCH /v1/automations/{id}/examples/{exampleId}``).

        Change some fields of an example: fields you leave out are kept, and `null` clears a nullable field."""
        from .._generated.api.operations import automations_examples_update
        from .._generated.models import DatasetExampleUpdate

        _body = make_body(
            DatasetExampleUpdate,
            data,
            {
                "name": name,
                "input": input,
                "expected": expected,
                "metadata": metadata,
                "annotation": annotation,
                "rowOrder": row_order,
                "overrides": overrides,
            },
        )
        _request = automations_examples_update.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: Target,
        example_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DatasetExample | None:
        """Delete dataset example (``DELETE /v1/automations/{id}/examples/{exampleId}``).

        Remove an example from the dataset; future experiments no longer run it. Answers with the deleted
        example."""
        from .._generated.api.operations import automations_examples_delete

        _request = automations_examples_delete.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
        )
        return await self._pipeline.send(_request, options)

    async def run(
        self,
        id: Target,
        example_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ExampleRunResponse:
        """Run dataset example (``POST /v1/automations/{id}/examples/{exampleId}/run``).

        Start a run of one example's input without waiting. Poll it with `client.runs.get(run_id)`, then
        read `client.runs.scores.list` or its review."""
        from .._generated.api.operations import automations_examples_run

        _request = automations_examples_run.request(
            automation_ref(id, argument="id"),
            required_id(example_id, "example_id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsExperiments(AsyncExperimentStream, AsyncNode):
    """``client.automations.experiments``, generated from openapi.yaml; its special methods are AsyncExperimentStream's."""

    async def list(
        self,
        id: Target,
        *,
        limit: int | None = None,
        offset: int | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[Experiment]:
        """List experiments (``GET /v1/automations/{id}/experiments``).

        The experiment batches of an automation, newest first; each ran chosen examples and recorded
        evaluator scores. Pages by offset; `from_date` / `to_date` take a date or a relative date.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import automations_experiments_list

        _request = automations_experiments_list.request(
            automation_ref(id, argument="id"),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 500}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
            from_date=query(from_date, "from_date", {"type": "string"}),
            to_date=query(to_date, "to_date", {"type": "string"}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            id,
            limit=limit,
            from_date=from_date,
            to_date=to_date,
            options=options,
        )
        return offset_page(_response, "data", _following)

    async def create(
        self,
        id: Target,
        data: ExperimentCreate | Mapping[str, Any] | None = None,
        *,
        examples: Sequence[str] | Unset = UNSET,
        batch_concurrency: int | Unset | None = UNSET,
        source_ref: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ExperimentCreateResponse:
        """Create experiment (``POST /v1/automations/{id}/experiments``).

        Start an experiment without waiting: the whole dataset, or only the example ids in `examples`. Poll
        `experiments.get` (or use `create_stream`) to follow it."""
        from .._generated.api.operations import automations_experiments_create
        from .._generated.models import ExperimentCreate

        _body = make_body(
            ExperimentCreate,
            data,
            {
                "examples": examples,
                "batchConcurrency": batch_concurrency,
                "sourceRef": source_ref,
            },
        )
        _request = automations_experiments_create.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def export_all(
        self,
        id: Target,
        *,
        format: Literal["csv", "json"] = "csv",
        options: RequestOptions | None = None,
    ) -> str:
        """Export all experiment eval results (``GET /v1/automations/{id}/experiments/export``).

        Every eval result row of the automation, across experiments, as CSV text or a JSON document."""
        from .._generated.api.operations import automations_experiments_export_all
        from .._generated.models import AutomationsExperimentsExportAllFormat

        _request = automations_experiments_export_all.request(
            automation_ref(id, argument="id"),
            format_=query(
                format,
                "format",
                {"type": "string", "values": ["csv", "json"], "required": True},
                AutomationsExperimentsExportAllFormat,
            ),
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: Target,
        experiment_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ExperimentDetail:
        """Get experiment (``GET /v1/automations/{id}/experiments/{experimentId}``).

        One experiment batch: its counts and average score, a summary of each run, and each run's evaluator
        results keyed by run id."""
        from .._generated.api.operations import automations_experiments_get

        _request = automations_experiments_get.request(
            automation_ref(id, argument="id"),
            required_id(experiment_id, "experiment_id"),
        )
        return await self._pipeline.send(_request, options)

    async def cancel(
        self,
        id: Target,
        experiment_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ExperimentDetail:
        """Cancel experiment (``POST /v1/automations/{id}/experiments/{experimentId}/cancel``).

        Ask an experiment to stop. Runs that already finished stay recorded; queued or running work is
        cancelled when possible."""
        from .._generated.api.operations import automations_experiments_cancel

        _request = automations_experiments_cancel.request(
            automation_ref(id, argument="id"),
            required_id(experiment_id, "experiment_id"),
        )
        return await self._pipeline.send(_request, options)

    async def export(
        self,
        id: Target,
        experiment_id: str,
        *,
        format: Literal["csv", "json"] = "csv",
        include_trace: bool | None = None,
        options: RequestOptions | None = None,
    ) -> str:
        """Export experiment eval results (``GET /v1/automations/{id}/experiments/{experimentId}/export``).

        One experiment's eval result rows, as CSV text (`format=csv`) or a JSON document (`format=json`)."""
        from .._generated.api.operations import automations_experiments_export
        from .._generated.models import AutomationsExperimentsExportFormat

        _request = automations_experiments_export.request(
            automation_ref(id, argument="id"),
            required_id(experiment_id, "experiment_id"),
            format_=query(
                format,
                "format",
                {"type": "string", "values": ["csv", "json"], "required": True},
                AutomationsExperimentsExportFormat,
            ),
            include_trace=query(include_trace, "include_trace", {"type": "flag"}),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomationsReviews(AsyncNode):
    """``client.automations.reviews``, generated from openapi.yaml."""

    async def health(
        self,
        id: Target,
        *,
        type: Literal["workflow", "agent"] | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        completed_after: str | None = None,
        completed_before: str | None = None,
        experiments: str | None = None,
        bucket: Literal["day", "week", "month"] | None = None,
        rolling_window: int | None = None,
        min_rolling_reviews: int | None = None,
        options: RequestOptions | None = None,
    ) -> RunReviewHealthResponse:
        """Review health of an automation (``GET /v1/automations/{id}/reviews/health``).

        How well reviewed an automation's runs are over time - reviewed share, verdicts and accuracy per
        day, week or month, each with a Wilson score interval - plus a rolling series. Takes the run filters
        of `runs.list`."""
        from .._generated.api.operations import automations_reviews_health
        from .._generated.models import AutomationsReviewsHealthBucket

        _request = automations_reviews_health.request(
            automation_ref(id, argument="id"),
            type_=query(type, "type", {"type": "string", "values": ["workflow", "agent"]}),
            status=query(status, "status", {"type": "string", "csv": True}),
            trigger=query(trigger, "trigger", {"type": "string"}),
            triggered_by=query(triggered_by, "triggered_by", {"type": "string"}),
            source_ref=query(source_ref, "source_ref", {"type": "string"}),
            batch_id=query(batch_id, "batch_id", {"type": "string"}),
            example_id=query(example_id, "example_id", {"type": "string"}),
            example_id_contains=query(example_id_contains, "example_id_contains", {"type": "string"}),
            from_=query(from_, "from_", {"type": "string"}),
            to=query(to, "to", {"type": "string"}),
            completed_after=query(completed_after, "completed_after", {"type": "string"}),
            completed_before=query(completed_before, "completed_before", {"type": "string"}),
            experiments=query(experiments, "experiments", {"type": "string"}),
            bucket=query(
                bucket,
                "bucket",
                {"type": "string", "values": ["day", "week", "month"]},
                AutomationsReviewsHealthBucket,
            ),
            rolling_window=query(
                rolling_window, "rolling_window", {"type": "integer", "minimum": 1, "maximum": 1000}
            ),
            min_rolling_reviews=query(
                min_rolling_reviews, "min_rolling_reviews", {"type": "integer", "minimum": 1, "maximum": 1000}
            ),
        )
        return await self._pipeline.send(_request, options)


class AsyncAutomations(AsyncNode):
    """``client.automations``, generated from openapi.yaml."""

    @functools.cached_property
    def dataset_review_requests(self) -> AsyncAutomationsDatasetReviewRequests:
        return AsyncAutomationsDatasetReviewRequests(self._pipeline)

    @functools.cached_property
    def dataset(self) -> AsyncAutomationsDataset:
        return AsyncAutomationsDataset(self._pipeline)

    @functools.cached_property
    def evaluators(self) -> AsyncAutomationsEvaluators:
        return AsyncAutomationsEvaluators(self._pipeline)

    @functools.cached_property
    def examples(self) -> AsyncAutomationsExamples:
        return AsyncAutomationsExamples(self._pipeline)

    @functools.cached_property
    def experiments(self) -> AsyncAutomationsExperiments:
        return AsyncAutomationsExperiments(self._pipeline)

    @functools.cached_property
    def reviews(self) -> AsyncAutomationsReviews:
        return AsyncAutomationsReviews(self._pipeline)

    async def list(
        self,
        *,
        search: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        folder_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[AutomationSummary]:
        """List automations (``GET /v1/automations``).

        Workflows and agents in one list, narrowed by `type` and matched against slug, name or description
        with `search`. Pages by offset (`limit`, `offset`, `total`); `page.iter_all()` walks every page.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import automations_list
        from .._generated.models import AutomationsListType

        _request = automations_list.request(
            search=query(search, "search", {"type": "string"}),
            type_=query(
                type, "type", {"type": "string", "values": ["workflow", "agent"]}, AutomationsListType
            ),
            folder_id=query(folder_id, "folder_id", {"type": "string"}),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            search=search,
            type=type,
            folder_id=folder_id,
            limit=limit,
            options=options,
        )
        return offset_page(_response, "data", _following)

    async def get(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationDetail:
        """Get automation (``GET /v1/automations/{id}``).

        One workflow or agent by id or typed alias (`workflows.<slug>`, `agents.<slug>`), with its input and
        output JSON schemas."""
        from .._generated.api.operations import automations_get

        _request = automations_get.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: Target,
        data: UpdateAutomationRequest | Mapping[str, Any] | None = None,
        *,
        folder_id: str | Unset | None = UNSET,
        folder_path: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AutomationDetail:
        """Update an automation (``PATCH /v1/automations/{id}``).

        Changes an automation's registry entry; today that means moving it into another folder, by
        `folderId` or by `folderPath`."""
        from .._generated.api.operations import automations_update
        from .._generated.models import UpdateAutomationRequest

        _body = make_body(
            UpdateAutomationRequest,
            data,
            {
                "folderId": folder_id,
                "folderPath": folder_path,
            },
        )
        _request = automations_update.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteAutomationResponse:
        """Delete an automation (``DELETE /v1/automations/{id}``).

        Removes a workflow or agent from the registry. Its past runs stay readable by run id."""
        from .._generated.api.operations import automations_delete

        _request = automations_delete.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def sync(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationSyncResponse:
        """Sync automation from latest Git release (``POST /v1/automations/{id}/sync``).

        Refresh the registry entry and trigger projections from the latest published Git release.
        Idempotent: repeating it against an unchanged release changes nothing and may repeat the same
        warnings. It publishes nothing and takes no version; a versioned target answers 400, missing
        organization, source, release or manifest state 404, an invalid manifest 400, and provider or
        storage failures 5xx. Needs a user-backed API key."""
        from .._generated.api.operations import automations_sync

        _request = automations_sync.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def triggers(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationTriggersResponse:
        """Get automation triggers (``GET /v1/automations/{id}/triggers``).

        Which triggers of a workflow or agent are on. The `api` trigger must be on for `client.run` to start
        runs; switching triggers is a dashboard action, not part of the v1 API."""
        from .._generated.api.operations import automations_triggers_get

        _request = automations_triggers_get.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def versions(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> ListAutomationVersionsResponse:
        """List automation versions (``GET /v1/automations/{id}/versions``).

        The released versions of a workflow or agent, newest first; pass one as `version` (or
        `target@version`) to run it."""
        from .._generated.api.operations import automations_versions_list

        _request = automations_versions_list.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def create_version(
        self,
        id: Target,
        data: CreateAutomationVersionRequestType0
        | CreateAutomationVersionRequestType1
        | Mapping[str, Any]
        | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationVersion:
        """Create an automation version (``POST /v1/automations/{id}/versions``).

        Records a new version of an automation, either from a definition sent in the body or from a Git ref
        of its source. The new version is not live until it is promoted."""
        from .._generated.api.operations import automations_versions_create
        from .._generated.models import (
            CreateAutomationVersionRequestType0,
            CreateAutomationVersionRequestType1,
        )

        _body = make_union_body(
            (CreateAutomationVersionRequestType0, CreateAutomationVersionRequestType1), data
        )
        _request = automations_versions_create.request(
            automation_ref(id, argument="id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def promote_version(
        self,
        id: Target,
        version_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationVersion:
        """Promote an automation version (``POST /v1/automations/{id}/versions/{versionId}/promote``).

        Makes an existing version the live one, the version `latest` resolves to."""
        from .._generated.api.operations import automations_versions_promote

        _request = automations_versions_promote.request(
            automation_ref(id, argument="id"),
            required_id(version_id, "version_id"),
        )
        return await self._pipeline.send(_request, options)

    async def restore_version(
        self,
        id: Target,
        version_id: str,
        data: RestoreAutomationVersionRequest | Mapping[str, Any] | None = None,
        *,
        message: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AutomationVersion:
        """Restore an automation version (``POST /v1/automations/{id}/versions/{versionId}/restore``).

        Copies an earlier version into a new version, so going back in time never rewrites history."""
        from .._generated.api.operations import automations_versions_restore
        from .._generated.models import RestoreAutomationVersionRequest

        _body = make_body(
            RestoreAutomationVersionRequest,
            data,
            {
                "message": message,
            },
        )
        _request = automations_versions_restore.request(
            automation_ref(id, argument="id"),
            required_id(version_id, "version_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)


class AsyncDatasetReviewRequests(AsyncNode):
    """``client.dataset_review_requests``, generated from openapi.yaml."""

    async def list(
        self,
        *,
        status: str | Sequence[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[DatasetReviewInboxItem]:
        """List dataset review requests across automations (``GET /v1/dataset-review-requests``).

        The reviewer's inbox - labelling rounds of every automation the key can see, a page at a time.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import dataset_review_requests_list

        _request = dataset_review_requests_list.request(
            status=query(status, "status", {"type": "string", "csv": True}),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            status=status,
            limit=limit,
            options=options,
        )
        return offset_page(_response, "data", _following)


class AsyncEmailServers(AsyncNode):
    """``client.email_servers``, generated from openapi.yaml."""

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[PublicResendEmailServer | PublicSmtpEmailServer]:
        """List email servers (``GET /v1/email-servers``).

        The tenant's email servers, a page at a time (`limit`, `offset`, `total`).

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import email_servers_list

        _request = email_servers_list.request(
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            limit=limit,
            options=options,
        )
        return offset_page(_response, "data", _following)

    async def create(
        self,
        data: CreateEmailServerRequestType0 | CreateEmailServerRequestType1 | Mapping[str, Any] | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> PublicResendEmailServer | PublicSmtpEmailServer:
        """Create an email server (``POST /v1/email-servers``).

        Registers an outgoing email server (Resend or SMTP) that workflows can send mail through. Secrets
        are write-only and never come back in an answer."""
        from .._generated.api.operations import email_servers_create
        from .._generated.models import CreateEmailServerRequestType0, CreateEmailServerRequestType1

        _body = make_union_body((CreateEmailServerRequestType0, CreateEmailServerRequestType1), data)
        _request = email_servers_create.request(
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> PublicResendEmailServer | PublicSmtpEmailServer:
        """Get an email server (``GET /v1/email-servers/{id}``).

        One email server's settings, without its secrets."""
        from .._generated.api.operations import email_servers_get

        _request = email_servers_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: str,
        data: UpdateEmailServerRequestType0
        | UpdateEmailServerRequestType1
        | UpdateEmailServerRequestType2
        | Mapping[str, Any]
        | None = None,
        *,
        options: RequestOptions | None = None,
    ) -> PublicResendEmailServer | PublicSmtpEmailServer:
        """Update an email server (``PATCH /v1/email-servers/{id}``).

        Changes some of an email server's settings; fields left out keep their value."""
        from .._generated.api.operations import email_servers_update
        from .._generated.models import (
            UpdateEmailServerRequestType0,
            UpdateEmailServerRequestType1,
            UpdateEmailServerRequestType2,
        )

        _body = make_union_body(
            (UpdateEmailServerRequestType0, UpdateEmailServerRequestType1, UpdateEmailServerRequestType2),
            data,
        )
        _request = email_servers_update.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteEmailServerResponse:
        """Delete an email server (``DELETE /v1/email-servers/{id}``).

        Removes an email server; workflows that name it fail to send until they are pointed elsewhere."""
        from .._generated.api.operations import email_servers_delete

        _request = email_servers_delete.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def test(
        self,
        id: str,
        data: TestEmailServerRequest | Mapping[str, Any] | str,
        *,
        to: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> TestEmailServerResponseType0 | TestEmailServerResponseType1: ...
    @overload
    async def test(
        self,
        id: str,
        *,
        to: str,
        options: RequestOptions | None = None,
    ) -> TestEmailServerResponseType0 | TestEmailServerResponseType1: ...
    async def test(
        self,
        id: str,
        data: TestEmailServerRequest | Mapping[str, Any] | str | None = None,
        *,
        to: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> TestEmailServerResponseType0 | TestEmailServerResponseType1:
        """Send a test email (``POST /v1/email-servers/{id}/test``).

        Sends one test message through the server to the address given, and says whether delivery was
        accepted."""
        from .._generated.api.operations import email_servers_test
        from .._generated.models import TestEmailServerRequest

        _body = make_body(
            TestEmailServerRequest,
            data,
            {
                "to": to,
            },
        )
        _request = email_servers_test.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)


class AsyncExperiments(AsyncNode):
    """``client.experiments``, generated from openapi.yaml."""

    async def resolve(
        self,
        experiment_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ExperimentRef:
        """Resolve experiment by id (``GET /v1/experiments/{experimentId}``).

        The automation that owns an experiment, for when all you have is the experiment id."""
        from .._generated.api.operations import experiments_resolve

        _request = experiments_resolve.request(
            required_id(experiment_id, "experiment_id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncFiles(AsyncFileTransfer, AsyncNode):
    """``client.files``, generated from openapi.yaml; its special methods are AsyncFileTransfer's."""

    @overload
    async def create_upload(
        self,
        data: CreateFileUploadSessionRequest | Mapping[str, Any],
        *,
        filename: str | Unset = UNSET,
        content_type: str | Unset = UNSET,
        size: int | Unset = UNSET,
        purpose: Literal["builder-attachment", "run-input"] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> (
        HttpChunkedFileUploadSession
        | MultipartFileUploadFallback
        | PresignedFileUploadSession
        | PresignedMultipartFileUploadSession
    ): ...
    @overload
    async def create_upload(
        self,
        *,
        filename: str,
        content_type: str,
        size: int,
        purpose: Literal["builder-attachment", "run-input"] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> (
        HttpChunkedFileUploadSession
        | MultipartFileUploadFallback
        | PresignedFileUploadSession
        | PresignedMultipartFileUploadSession
    ): ...
    async def create_upload(
        self,
        data: CreateFileUploadSessionRequest | Mapping[str, Any] | None = None,
        *,
        filename: str | Unset = UNSET,
        content_type: str | Unset = UNSET,
        size: int | Unset = UNSET,
        purpose: Literal["builder-attachment", "run-input"] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> (
        HttpChunkedFileUploadSession
        | MultipartFileUploadFallback
        | PresignedFileUploadSession
        | PresignedMultipartFileUploadSession
    ):
        """Start an upload session (``POST /v1/files/uploads``).

        Negotiates how a file's bytes will travel - one presigned PUT, presigned multipart parts, HTTP
        chunks to the API, or plain multipart when the others are unavailable - and returns the session."""
        from .._generated.api.operations import files_uploads_create
        from .._generated.models import CreateFileUploadSessionRequest

        _body = make_body(
            CreateFileUploadSessionRequest,
            data,
            {
                "filename": filename,
                "contentType": content_type,
                "size": size,
                "purpose": purpose,
                "idempotencyKey": idempotency_key,
            },
        )
        _request = files_uploads_create.request(
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get_upload(
        self,
        upload_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> FileUploadSession:
        """Get an upload session (``GET /v1/files/uploads/{uploadId}``).

        An upload session's state and how much of it has arrived."""
        from .._generated.api.operations import files_uploads_get

        _request = files_uploads_get.request(
            required_id(upload_id, "upload_id"),
        )
        return await self._pipeline.send(_request, options)

    async def abort_upload(
        self,
        upload_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> AbortFileUploadResponse:
        """Abort an upload session (``DELETE /v1/files/uploads/{uploadId}``).

        Gives up on an unfinished upload session and frees what was stored for it."""
        from .._generated.api.operations import files_uploads_abort

        _request = files_uploads_abort.request(
            required_id(upload_id, "upload_id"),
        )
        return await self._pipeline.send(_request, options)

    async def complete_upload(
        self,
        upload_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> File:
        """Complete an upload session (``POST /v1/files/uploads/{uploadId}/complete``).

        Assembles the uploaded parts into a file and returns it; the file id can then be used in runs."""
        from .._generated.api.operations import files_uploads_complete

        _request = files_uploads_complete.request(
            required_id(upload_id, "upload_id"),
        )
        return await self._pipeline.send(_request, options)

    async def list_upload_parts(
        self,
        upload_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ListFileUploadPartsResponse:
        """List an upload's parts (``GET /v1/files/uploads/{uploadId}/parts``).

        The parts of a presigned multipart upload that storage has received, so an interrupted upload can
        resume."""
        from .._generated.api.operations import files_uploads_parts_list

        _request = files_uploads_parts_list.request(
            required_id(upload_id, "upload_id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def presign_upload_part(
        self,
        upload_id: str,
        data: PresignFileUploadPartRequest | Mapping[str, Any],
        *,
        part_number: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PresignFileUploadPartResponse: ...
    @overload
    async def presign_upload_part(
        self,
        upload_id: str,
        *,
        part_number: int,
        options: RequestOptions | None = None,
    ) -> PresignFileUploadPartResponse: ...
    async def presign_upload_part(
        self,
        upload_id: str,
        data: PresignFileUploadPartRequest | Mapping[str, Any] | None = None,
        *,
        part_number: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PresignFileUploadPartResponse:
        """Presign an upload part (``POST /v1/files/uploads/{uploadId}/parts``).

        A short-lived storage URL to PUT one part of a presigned multipart upload to."""
        from .._generated.api.operations import files_uploads_parts_presign
        from .._generated.models import PresignFileUploadPartRequest

        _body = make_body(
            PresignFileUploadPartRequest,
            data,
            {
                "partNumber": part_number,
            },
        )
        _request = files_uploads_parts_presign.request(
            required_id(upload_id, "upload_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> File:
        """Get file metadata (``GET /v1/files/{id}``).

        Metadata of an uploaded file: name, content type, size and creation time."""
        from .._generated.api.operations import files_get

        _request = files_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteFileResponse | None:
        """Delete file (``DELETE /v1/files/{id}``).

        Delete an uploaded file. Runs and dataset examples that used it keep their own snapshots."""
        from .._generated.api.operations import files_delete

        _request = files_delete.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncFolders(AsyncNode):
    """``client.folders``, generated from openapi.yaml."""

    async def list(
        self,
        *,
        type: Literal["workflow", "template"],
        parent_id: str | None = None,
        tree: bool | None = None,
        options: RequestOptions | None = None,
    ) -> list[Folder]:
        """List folders (``GET /v1/folders``).

        The folders of one kind, directly under `parentId` (the top level without it), or the whole tree
        with `tree=true`."""
        from .._generated.api.operations import folders_list
        from .._generated.models import FoldersListType

        _request = folders_list.request(
            type_=query(
                type,
                "type",
                {"type": "string", "values": ["workflow", "template"], "required": True},
                FoldersListType,
            ),
            parent_id=query(parent_id, "parent_id", {"type": "string"}),
            tree=query(tree, "tree", {"type": "flag"}),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def create(
        self,
        data: CreateFolderRequest | Mapping[str, Any],
        *,
        name: str | Unset = UNSET,
        type: Literal["template", "workflow"] | Unset = UNSET,
        parent_id: str | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> Folder: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        type: Literal["template", "workflow"],
        parent_id: str | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> Folder: ...
    async def create(
        self,
        data: CreateFolderRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        type: Literal["template", "workflow"] | Unset = UNSET,
        parent_id: str | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> Folder:
        """Create a folder (``POST /v1/folders``).

        Adds a folder that groups workflows or templates, optionally inside a parent folder."""
        from .._generated.api.operations import folders_create
        from .._generated.models import CreateFolderRequest

        _body = make_body(
            CreateFolderRequest,
            data,
            {
                "name": name,
                "type": type,
                "parentId": parent_id,
            },
        )
        _request = folders_create.request(
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Folder:
        """Get a folder (``GET /v1/folders/{id}``).

        One folder with its place in the tree."""
        from .._generated.api.operations import folders_get

        _request = folders_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: str,
        data: UpdateFolderRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        parent_id: str | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> Folder:
        """Update a folder (``PATCH /v1/folders/{id}``).

        Renames a folder or moves it under another parent."""
        from .._generated.api.operations import folders_update
        from .._generated.models import UpdateFolderRequest

        _body = make_body(
            UpdateFolderRequest,
            data,
            {
                "name": name,
                "parentId": parent_id,
            },
        )
        _request = folders_update.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteFolderResponse:
        """Delete a folder (``DELETE /v1/folders/{id}``).

        Removes a folder; what it held moves up to its parent."""
        from .._generated.api.operations import folders_delete

        _request = folders_delete.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncHumanReviews(AsyncHumanReviewFiles, AsyncNode):
    """``client.human_reviews``, generated from openapi.yaml; its special methods are AsyncHumanReviewFiles's."""

    async def list(
        self,
        *,
        automation_id: str | None = None,
        waiting_before: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[HumanReviewListResponseTasksItem]:
        """List human review tasks (``GET /v1/human-reviews``).

        Tasks holding a run in `waiting` for a person, oldest first, a page at a time by cursor.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import human_reviews_list

        _request = human_reviews_list.request(
            automation_id=query(automation_id, "automation_id", {"type": "string"}),
            waiting_before=query(waiting_before, "waiting_before", {"type": "string"}),
            cursor=query(cursor, "cursor", {"type": "string"}),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            automation_id=automation_id,
            waiting_before=waiting_before,
            limit=limit,
            options=options,
        )
        return cursor_page(
            _response,
            "tasks",
            "nextCursor",
            "cursor",
            _following,
            by_offset=False,
            offset=None,
            limit=limit,
        )

    async def get(
        self,
        task_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> HumanReviewTaskResponse:
        """Get a human review task (``GET /v1/human-reviews/{taskId}``).

        One task with the fields to check, the documents behind them and its version."""
        from .._generated.api.operations import human_reviews_get

        _request = human_reviews_get.request(
            required_id(task_id, "task_id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def approve(
        self,
        task_id: str,
        data: HumanReviewsApproveBody | Mapping[str, Any],
        *,
        expected_version: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewApproveResponse: ...
    @overload
    async def approve(
        self,
        task_id: str,
        *,
        expected_version: int,
        options: RequestOptions | None = None,
    ) -> HumanReviewApproveResponse: ...
    async def approve(
        self,
        task_id: str,
        data: HumanReviewsApproveBody | Mapping[str, Any] | None = None,
        *,
        expected_version: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewApproveResponse:
        """Approve a human review task (``POST /v1/human-reviews/{taskId}/approve``).

        Accepts the values as they stand and lets the waiting run continue. `expectedVersion` must match the
        task's version, so two reviewers never approve over each other."""
        from .._generated.api.operations import human_reviews_approve
        from .._generated.models import HumanReviewsApproveBody

        _body = make_body(
            HumanReviewsApproveBody,
            data,
            {
                "expectedVersion": expected_version,
            },
        )
        _request = human_reviews_approve.request(
            required_id(task_id, "task_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def confirm_field(
        self,
        task_id: str,
        data: HumanReviewsFieldsConfirmBody | Mapping[str, Any],
        *,
        expected_version: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        path: str | Unset = UNSET,
        value: Any = UNSET,
        confirmed: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewFieldResponse: ...
    @overload
    async def confirm_field(
        self,
        task_id: str,
        *,
        expected_version: int,
        idempotency_key: str,
        path: str,
        value: Any,
        confirmed: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewFieldResponse: ...
    async def confirm_field(
        self,
        task_id: str,
        data: HumanReviewsFieldsConfirmBody | Mapping[str, Any] | None = None,
        *,
        expected_version: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        path: str | Unset = UNSET,
        value: Any = UNSET,
        confirmed: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewFieldResponse:
        """Confirm or correct a field (``PUT /v1/human-reviews/{taskId}/fields``).

        Sets one field of a human review task to a value (or confirms the extracted one). Repeating the call
        with the same `idempotencyKey` changes nothing."""
        from .._generated.api.operations import human_reviews_fields_confirm
        from .._generated.models import HumanReviewsFieldsConfirmBody

        _body = make_body(
            HumanReviewsFieldsConfirmBody,
            data,
            {
                "expectedVersion": expected_version,
                "idempotencyKey": idempotency_key,
                "path": path,
                "value": value,
                "confirmed": confirmed,
            },
        )
        _request = human_reviews_fields_confirm.request(
            required_id(task_id, "task_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def reject(
        self,
        task_id: str,
        data: HumanReviewsRejectBody | Mapping[str, Any],
        *,
        expected_version: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewRejectResponse: ...
    @overload
    async def reject(
        self,
        task_id: str,
        *,
        expected_version: int,
        idempotency_key: str,
        reason: str,
        options: RequestOptions | None = None,
    ) -> HumanReviewRejectResponse: ...
    async def reject(
        self,
        task_id: str,
        data: HumanReviewsRejectBody | Mapping[str, Any] | None = None,
        *,
        expected_version: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> HumanReviewRejectResponse:
        """Reject a human review task (``POST /v1/human-reviews/{taskId}/reject``).

        Refuses the task with a reason; the waiting run fails with that reason."""
        from .._generated.api.operations import human_reviews_reject
        from .._generated.models import HumanReviewsRejectBody

        _body = make_body(
            HumanReviewsRejectBody,
            data,
            {
                "expectedVersion": expected_version,
                "idempotencyKey": idempotency_key,
                "reason": reason,
            },
        )
        _request = human_reviews_reject.request(
            required_id(task_id, "task_id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)


class AsyncModels(AsyncNode):
    """``client.models``, generated from openapi.yaml."""

    async def list(
        self,
        *,
        capability: Literal["ocr", "text", "vision"] | None = None,
        options: RequestOptions | None = None,
    ) -> ListModelsResponse:
        """List models (``GET /v1/models``).

        The language models runs may use, optionally only those with one capability."""
        from .._generated.api.operations import models_list
        from .._generated.models import ModelsListCapability

        _request = models_list.request(
            capability=query(
                capability,
                "capability",
                {"type": "string", "values": ["ocr", "text", "vision"]},
                ModelsListCapability,
            ),
        )
        return await self._pipeline.send(_request, options)

    async def parser_readiness(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ParsingReadiness:
        """Check document parser readiness (``GET /v1/parsing/readiness``).

        Whether the document parsers runs depend on are configured and answering."""
        from .._generated.api.operations import models_parser_readiness

        _request = models_parser_readiness.request()
        return await self._pipeline.send(_request, options)


class AsyncRunsArtifacts(AsyncArtifactDownloads, AsyncNode):
    """``client.runs.artifacts``, generated from openapi.yaml; its special methods are AsyncArtifactDownloads's."""


class AsyncRunsReviews(AsyncReviewFiles, AsyncNode):
    """``client.runs.reviews``, generated from openapi.yaml; its special methods are AsyncReviewFiles's."""

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail:
        """Get a run's review (``GET /v1/runs/{id}/reviews``).

        Everything reviewed on a run: its review (verdict, status, note, corrections, corrected output) and
        its expected files. `runs.get(..., expand='execution')` embeds the same review in the run."""
        from .._generated.api.operations import runs_reviews_get

        _request = runs_reviews_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: str,
        data: RunReviewRequest | Mapping[str, Any] | None = None,
        *,
        verdict: Literal["correct", "incorrect"] | Unset | None = UNSET,
        status: Literal["closed", "open", "wont_fix"] | Unset = UNSET,
        note: str | Unset | None = UNSET,
        corrected_output: Any = UNSET,
        corrections: Sequence[Mapping[str, Any]] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail:
        """Review a run (``PUT /v1/runs/{id}/reviews``).

        Create a run's review or change it: the `verdict` (`correct`, `incorrect` or `null` for a remark
        without one), the `status` (`open`, `closed`, `wont_fix`; when a review is created, `closed` for a
        correct verdict and `open` otherwise), a `note`, the `correctedOutput` and `corrections`. Fields
        left out keep their value; `corrections`, when sent, replaces the whole set. Who reviewed and who
        closed are filled in by the service."""
        from .._generated.api.operations import runs_reviews_update
        from .._generated.models import RunReviewRequest

        _body = make_body(
            RunReviewRequest,
            data,
            {
                "verdict": verdict,
                "status": status,
                "note": note,
                "correctedOutput": corrected_output,
                "corrections": corrections,
            },
        )
        _request = runs_reviews_update.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def close(
        self,
        id: str,
        data: RunReviewCloseRequest | Mapping[str, Any] | None = None,
        *,
        status: Literal["closed", "wont_fix"] | Unset = UNSET,
        note: str | Unset | None = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail:
        """Close a run's review (``PATCH /v1/runs/{id}/reviews``).

        Closes an open review as `closed` (handled) or `wont_fix`, with an optional note; the verdict,
        corrections and expected files stay. The service records who closed it and when."""
        from .._generated.api.operations import runs_reviews_close
        from .._generated.models import RunReviewCloseRequest

        _body = make_body(
            RunReviewCloseRequest,
            data,
            {
                "status": status,
                "note": note,
            },
        )
        _request = runs_reviews_close.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def clear(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail | None:
        """Clear a run's review (``DELETE /v1/runs/{id}/reviews``).

        Deletes a run's review with its corrections, corrected output and expected files."""
        from .._generated.api.operations import runs_reviews_clear

        _request = runs_reviews_clear.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def list_expected(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedArtifacts:
        """List expected files (``GET /v1/runs/{id}/reviews/expected``).

        The corrected output and the expected files currently on the run's review."""
        from .._generated.api.operations import runs_reviews_expected_get

        _request = runs_reviews_expected_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunReviewExpectedFileUpdateRequest | Mapping[str, Any] | str,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse: ...
    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        *,
        name: str,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse: ...
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunReviewExpectedFileUpdateRequest | Mapping[str, Any] | str | None = None,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse:
        """Rename expected file (``PATCH /v1/runs/{id}/reviews/expected/{filename}``).

        Rename one expected file of the run's review."""
        from .._generated.api.operations import runs_reviews_expected_file_update
        from .._generated.models import RunReviewExpectedFileUpdateRequest

        _body = make_body(
            RunReviewExpectedFileUpdateRequest,
            data,
            {
                "name": name,
            },
        )
        _request = runs_reviews_expected_file_update.request(
            required_id(id, "id"),
            path_param(filename, "filename"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete_expected(
        self,
        id: str,
        filename: str,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete expected file (``DELETE /v1/runs/{id}/reviews/expected/{filename}``).

        Delete one expected file; the note and the corrected output stay."""
        from .._generated.api.operations import runs_reviews_expected_file_delete

        _request = runs_reviews_expected_file_delete.request(
            required_id(id, "id"),
            path_param(filename, "filename"),
        )
        return await self._pipeline.send(_request, options)


class AsyncRunsScores(AsyncNode):
    """``client.runs.scores``, generated from openapi.yaml."""

    async def list(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunScoresResponse:
        """List run evaluator scores (``GET /v1/runs/{id}/scores``).

        The automated evaluator results of one run (`score`, `passed`, details). Human verdicts are the
        `verdict` of the run's review."""
        from .._generated.api.operations import runs_scores_list

        _request = runs_scores_list.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncRunsTrace(AsyncNode):
    """``client.runs.trace``, generated from openapi.yaml."""

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunTraceResponse:
        """Get run trace (``GET /v1/runs/{id}/trace``).

        Low-level trace events for debugging one run: observability phases or step records for workflows,
        parsed `trace.jsonl` events for agents. Common fields are typed and any other is kept."""
        from .._generated.api.operations import runs_trace_get

        _request = runs_trace_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncRunsFeedback(AsyncNode):
    """``client.runs.feedback``: a deprecated name of ``client.runs.reviews`` (aliases.yaml)."""

    @deprecated("client.runs.feedback.get is deprecated: use client.runs.reviews.get.", category=None)
    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail:
        """Deprecated: ``runs.feedback.get`` is today's ``runs.reviews.get`` (aliases.yaml)."""
        _aliases.warn("client.runs.feedback.get is deprecated: use client.runs.reviews.get.")
        return await AsyncRunsReviews(self._pipeline).get(
            id,
            options=options,
        )

    @deprecated("client.runs.feedback.clear is deprecated: use client.runs.reviews.clear.", category=None)
    async def clear(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail | None:
        """Deprecated: ``runs.feedback.clear`` is today's ``runs.reviews.clear`` (aliases.yaml)."""
        _aliases.warn("client.runs.feedback.clear is deprecated: use client.runs.reviews.clear.")
        return await AsyncRunsReviews(self._pipeline).clear(
            id,
            options=options,
        )

    @deprecated(
        "client.runs.feedback.list_expected is deprecated: use client.runs.reviews.list_expected.",
        category=None,
    )
    async def list_expected(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedArtifacts:
        """Deprecated: ``runs.feedback.list_expected`` is today's ``runs.reviews.list_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.list_expected is deprecated: use client.runs.reviews.list_expected."
        )
        return await AsyncRunsReviews(self._pipeline).list_expected(
            id,
            options=options,
        )

    @deprecated(
        "client.runs.feedback.copy_output_to_expected is deprecated: use client.runs.reviews.copy_output_to_expected.",
        category=None,
    )
    async def copy_output_to_expected(
        self,
        id: str,
        output_file_name: str | RunReviewExpectedFileCopyRequest | Mapping[str, Any],
        *,
        expected_name: str | None = None,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileMutationResponse:
        """Deprecated: ``runs.feedback.copy_output_to_expected`` is today's ``runs.reviews.copy_output_to_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.copy_output_to_expected is deprecated: use client.runs.reviews.copy_output_to_expected."
        )
        return await AsyncRunsReviews(self._pipeline).copy_output_to_expected(
            id,
            output_file_name,
            expected_name=expected_name,
            options=options,
        )

    @deprecated(
        "client.runs.feedback.upload_expected is deprecated: use client.runs.reviews.upload_expected.",
        category=None,
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
        """Deprecated: ``runs.feedback.upload_expected`` is today's ``runs.reviews.upload_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.upload_expected is deprecated: use client.runs.reviews.upload_expected."
        )
        return await AsyncRunsReviews(self._pipeline).upload_expected(
            id,
            file,
            name=name,
            progress=progress,
            options=options,
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
    @deprecated(
        "client.runs.feedback.download_expected is deprecated: use client.runs.reviews.download_expected.",
        category=None,
    )
    async def download_expected(
        self,
        id: str,
        filename: str,
        *,
        to: Destination | None = None,
        progress: Progress | None = None,
        options: RequestOptions | None = None,
    ) -> bytes | int:
        """Deprecated: ``runs.feedback.download_expected`` is today's ``runs.reviews.download_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.download_expected is deprecated: use client.runs.reviews.download_expected."
        )
        return await AsyncRunsReviews(self._pipeline).download_expected(
            id,
            filename,
            to=to,
            progress=progress,
            options=options,
        )

    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunReviewExpectedFileUpdateRequest | Mapping[str, Any] | str,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse: ...
    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        *,
        name: str,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse: ...
    @deprecated(
        "client.runs.feedback.rename_expected is deprecated: use client.runs.reviews.rename_expected.",
        category=None,
    )
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunReviewExpectedFileUpdateRequest | Mapping[str, Any] | str | None = None,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewExpectedFileUpdateResponse:
        """Deprecated: ``runs.feedback.rename_expected`` is today's ``runs.reviews.rename_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.rename_expected is deprecated: use client.runs.reviews.rename_expected."
        )
        _today_method: Any = AsyncRunsReviews(
            self._pipeline
        ).rename_expected  # this alias's overloads check the arguments
        return cast(
            "RunReviewExpectedFileUpdateResponse",
            await _today_method(
                id,
                filename,
                data,
                name=name,
                options=options,
            ),
        )

    @deprecated(
        "client.runs.feedback.delete_expected is deprecated: use client.runs.reviews.delete_expected.",
        category=None,
    )
    async def delete_expected(
        self,
        id: str,
        filename: str,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Deprecated: ``runs.feedback.delete_expected`` is today's ``runs.reviews.delete_expected`` (aliases.yaml)."""
        _aliases.warn(
            "client.runs.feedback.delete_expected is deprecated: use client.runs.reviews.delete_expected."
        )
        return await AsyncRunsReviews(self._pipeline).delete_expected(
            id,
            filename,
            options=options,
        )

    @deprecated(
        "client.runs.feedback.update is deprecated: use client.runs.reviews.update (rating → verdict ('pass' → 'correct', 'fail' → 'incorrect'), status ('resolved' → 'closed', 'ignored' → 'wont_fix'), body → note, expected → corrected_output).",
        category=None,
    )
    async def update(
        self,
        id: str,
        data: RunReviewRequest | Mapping[str, Any] | None = None,
        *,
        rating: Literal["pass", "fail", "partial"] | Unset | None = UNSET,
        status: Literal["open", "resolved", "ignored"] | Unset | None = UNSET,
        body: str | Unset | None = UNSET,
        expected: Any = UNSET,
        corrections: Sequence[Mapping[str, Any]] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunReviewDetail:
        """Deprecated: ``runs.feedback.update`` is today's ``runs.reviews.update`` (aliases.yaml).

        ``rating`` is ``verdict``, ``body`` is ``note``, ``expected`` is ``corrected_output``; values are translated or refused."""
        _today = _aliases.translate(
            "runs.feedback.update",
            _SEED_ERA_RUNS_FEEDBACK_UPDATE,
            {
                "rating": rating,
                "status": status,
                "body": body,
                "expected": expected,
            },
        )
        _data = _aliases.body("runs.feedback.update", _SEED_ERA_RUNS_FEEDBACK_UPDATE, data)
        _aliases.warn(
            "client.runs.feedback.update is deprecated: use client.runs.reviews.update (rating → verdict ('pass' → 'correct', 'fail' → 'incorrect'), status ('resolved' → 'closed', 'ignored' → 'wont_fix'), body → note, expected → corrected_output)."
        )
        return await AsyncRunsReviews(self._pipeline).update(
            id,
            _data,
            verdict=_today.get("verdict", UNSET),
            status=_today.get("status", UNSET),
            note=_today.get("note", UNSET),
            corrected_output=_today.get("corrected_output", UNSET),
            corrections=corrections,
            options=options,
        )


class AsyncRuns(AsyncRunWait, AsyncNode):
    """``client.runs``, generated from openapi.yaml; its special methods are AsyncRunWait's."""

    @functools.cached_property
    def artifacts(self) -> AsyncRunsArtifacts:
        return AsyncRunsArtifacts(self._pipeline)

    @functools.cached_property
    def reviews(self) -> AsyncRunsReviews:
        return AsyncRunsReviews(self._pipeline)

    @functools.cached_property
    def scores(self) -> AsyncRunsScores:
        return AsyncRunsScores(self._pipeline)

    @functools.cached_property
    def trace(self) -> AsyncRunsTrace:
        return AsyncRunsTrace(self._pipeline)

    @functools.cached_property
    def feedback(self) -> AsyncRunsFeedback:
        """Deprecated: the old name of ``client.runs.reviews`` (aliases.yaml)."""
        return AsyncRunsFeedback(self._pipeline)

    @overload
    async def list(
        self,
        *,
        tag: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        source: str | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
        has_example: bool | None = None,
        from_: str | None = None,
        to: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        completed_after: str | None = None,
        completed_before: str | None = None,
        cursor: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        ids: str | Sequence[str] | None = None,
        experiments: str | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        review_status: Literal["open", "closed", "wont_fix"] | None = None,
        review_verdict: Literal["correct", "incorrect", "none"] | None = None,
        has_review: bool | None = None,
        no_review: bool | None = None,
        has_corrections: bool | None = None,
        review_note_contains: str | None = None,
        review_created_after: str | None = None,
        review_created_before: str | None = None,
        review_updated_after: str | None = None,
        review_updated_before: str | None = None,
        review_closed_after: str | None = None,
        review_closed_before: str | None = None,
        since_last_closed: bool | None = None,
        sample_rate: float | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[RunListItem]: ...
    @overload
    @deprecated(
        "runs.list's keywords has_feedback, no_feedback, feedback_status, feedback_rating, since_last_resolved, has_expected, promoted_to_example are deprecated: has_feedback → has_review, no_feedback → no_review, feedback_status → review_status, feedback_rating → review_verdict, since_last_resolved → since_last_closed, has_expected (refused), promoted_to_example (refused).",
        category=None,
    )
    async def list(
        self,
        *,
        tag: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        source: str | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
        has_example: bool | None = None,
        from_: str | None = None,
        to: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        completed_after: str | None = None,
        completed_before: str | None = None,
        cursor: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        ids: str | Sequence[str] | None = None,
        experiments: str | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        review_status: Literal["open", "closed", "wont_fix"] | None = None,
        review_verdict: Literal["correct", "incorrect", "none"] | None = None,
        has_review: bool | None = None,
        no_review: bool | None = None,
        has_corrections: bool | None = None,
        review_note_contains: str | None = None,
        review_created_after: str | None = None,
        review_created_before: str | None = None,
        review_updated_after: str | None = None,
        review_updated_before: str | None = None,
        review_closed_after: str | None = None,
        review_closed_before: str | None = None,
        since_last_closed: bool | None = None,
        sample_rate: float | None = None,
        has_feedback: bool | None = None,
        no_feedback: bool | None = None,
        feedback_status: Literal["open", "resolved", "ignored"] | None = None,
        feedback_rating: Literal["pass", "fail", "none", "partial"] | None = None,
        since_last_resolved: bool | None = None,
        has_expected: bool | None = None,
        promoted_to_example: bool | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[RunListItem]: ...
    async def list(
        self,
        *,
        tag: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        source: str | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
        has_example: bool | None = None,
        from_: str | None = None,
        to: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        completed_after: str | None = None,
        completed_before: str | None = None,
        cursor: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        ids: str | Sequence[str] | None = None,
        experiments: str | None = None,
        sort: str | None = None,
        order: Literal["asc", "desc"] | None = None,
        review_status: Literal["open", "closed", "wont_fix"] | None = None,
        review_verdict: Literal["correct", "incorrect", "none"] | None = None,
        has_review: bool | None = None,
        no_review: bool | None = None,
        has_corrections: bool | None = None,
        review_note_contains: str | None = None,
        review_created_after: str | None = None,
        review_created_before: str | None = None,
        review_updated_after: str | None = None,
        review_updated_before: str | None = None,
        review_closed_after: str | None = None,
        review_closed_before: str | None = None,
        since_last_closed: bool | None = None,
        sample_rate: float | None = None,
        has_feedback: bool | None = None,
        no_feedback: bool | None = None,
        feedback_status: Literal["open", "resolved", "ignored"] | None = None,
        feedback_rating: Literal["pass", "fail", "none", "partial"] | None = None,
        since_last_resolved: bool | None = None,
        has_expected: bool | None = None,
        promoted_to_example: bool | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[RunListItem]:
        """List runs (``GET /v1/runs``).

        Workflow and agent runs, newest first, filtered by automation, status, trigger, dates, tags, reviews
        and more. Pages by cursor (`nextCursor`); with a review filter (`hasReview`, `noReview`,
        `reviewStatus`, `reviewVerdict`, `hasCorrections`, `reviewNoteContains`, the
        `review*After`/`review*Before` dates, `sinceLastClosed`) it pages by `offset` instead.
        `page.iter_all()` handles both. `sampleRate` keeps a stable server-side sample (runs whose
        `sampleRank` is below the rate), so a page may hold fewer than `limit` runs.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import runs_list

        _given = {
            "has_feedback": has_feedback,
            "no_feedback": no_feedback,
            "feedback_status": feedback_status,
            "feedback_rating": feedback_rating,
            "since_last_resolved": since_last_resolved,
            "has_expected": has_expected,
            "promoted_to_example": promoted_to_example,
        }
        if any(_value is not None for _value in _given.values()):
            _today = _aliases.merge(
                "runs.list",
                _SEED_ERA_RUNS_LIST,
                _aliases.translate("runs.list", _SEED_ERA_RUNS_LIST, _given),
                {
                    "has_review": has_review,
                    "no_review": no_review,
                    "review_status": review_status,
                    "review_verdict": review_verdict,
                    "since_last_closed": since_last_closed,
                },
            )
            _aliases.warn(_aliases.keywords_message("runs.list", _SEED_ERA_RUNS_LIST, _given))
            has_review = _today["has_review"]
            no_review = _today["no_review"]
            review_status = _today["review_status"]
            review_verdict = _today["review_verdict"]
            since_last_closed = _today["since_last_closed"]

        _request = runs_list.request(
            tag=query(tag, "tag", {"type": "string"}),
            type_=query(type, "type", {"type": "string", "values": ["workflow", "agent"]}),
            source=query(source, "source", {"type": "string"}),
            status=query(status, "status", {"type": "string", "csv": True}),
            trigger=query(trigger, "trigger", {"type": "string"}),
            triggered_by=query(triggered_by, "triggered_by", {"type": "string"}),
            source_ref=query(source_ref, "source_ref", {"type": "string"}),
            batch_id=query(batch_id, "batch_id", {"type": "string"}),
            example_id=query(example_id, "example_id", {"type": "string"}),
            example_id_contains=query(example_id_contains, "example_id_contains", {"type": "string"}),
            has_example=query(has_example, "has_example", {"type": "flag"}),
            from_=query(from_, "from_", {"type": "string"}),
            to=query(to, "to", {"type": "string"}),
            created_after=query(created_after, "created_after", {"type": "string"}),
            created_before=query(created_before, "created_before", {"type": "string"}),
            completed_after=query(completed_after, "completed_after", {"type": "string"}),
            completed_before=query(completed_before, "completed_before", {"type": "string"}),
            cursor=query(cursor, "cursor", {"type": "string"}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            ids=query(ids, "ids", {"type": "string", "csv": True}),
            experiments=query(experiments, "experiments", {"type": "string"}),
            sort=query(sort, "sort", {"type": "string"}),
            order=query(order, "order", {"type": "string", "values": ["asc", "desc"]}),
            review_status=query(
                review_status, "review_status", {"type": "string", "values": ["open", "closed", "wont_fix"]}
            ),
            review_verdict=query(
                review_verdict,
                "review_verdict",
                {"type": "string", "values": ["correct", "incorrect", "none"]},
            ),
            has_review=query(has_review, "has_review", {"type": "flag"}),
            no_review=query(no_review, "no_review", {"type": "flag"}),
            has_corrections=query(has_corrections, "has_corrections", {"type": "flag"}),
            review_note_contains=query(review_note_contains, "review_note_contains", {"type": "string"}),
            review_created_after=query(review_created_after, "review_created_after", {"type": "string"}),
            review_created_before=query(review_created_before, "review_created_before", {"type": "string"}),
            review_updated_after=query(review_updated_after, "review_updated_after", {"type": "string"}),
            review_updated_before=query(review_updated_before, "review_updated_before", {"type": "string"}),
            review_closed_after=query(review_closed_after, "review_closed_after", {"type": "string"}),
            review_closed_before=query(review_closed_before, "review_closed_before", {"type": "string"}),
            since_last_closed=query(since_last_closed, "since_last_closed", {"type": "flag"}),
            sample_rate=query(sample_rate, "sample_rate", {"type": "number", "minimum": 0, "maximum": 1}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            tag=tag,
            type=type,
            source=source,
            status=status,
            trigger=trigger,
            triggered_by=triggered_by,
            source_ref=source_ref,
            batch_id=batch_id,
            example_id=example_id,
            example_id_contains=example_id_contains,
            has_example=has_example,
            from_=from_,
            to=to,
            created_after=created_after,
            created_before=created_before,
            completed_after=completed_after,
            completed_before=completed_before,
            limit=limit,
            ids=ids,
            experiments=experiments,
            sort=sort,
            order=order,
            review_status=review_status,
            review_verdict=review_verdict,
            has_review=has_review,
            no_review=no_review,
            has_corrections=has_corrections,
            review_note_contains=review_note_contains,
            review_created_after=review_created_after,
            review_created_before=review_created_before,
            review_updated_after=review_updated_after,
            review_updated_before=review_updated_before,
            review_closed_after=review_closed_after,
            review_closed_before=review_closed_before,
            since_last_closed=since_last_closed,
            sample_rate=sample_rate,
            options=options,
        )
        _by_offset = offset is not None or any(
            (
                has_review,
                no_review,
                review_status,
                review_verdict,
                has_corrections,
                review_note_contains,
                review_created_after,
                review_created_before,
                review_updated_after,
                review_updated_before,
                review_closed_after,
                review_closed_before,
                since_last_closed,
            )
        )
        return cursor_page(
            _response,
            "runs",
            "nextCursor",
            "cursor",
            _following,
            by_offset=_by_offset,
            offset=offset,
            limit=limit,
        )

    async def get(
        self,
        id: str,
        *,
        expand: Literal["input", "usage", "execution", "debug"]
        | Sequence[Literal["input", "usage", "execution", "debug"]]
        | None = None,
        options: RequestOptions | None = None,
    ) -> Run:
        """Get a run (``GET /v1/runs/{id}``).

        One run. Core metadata always; terminal runs also carry `output`, `files` and `error`. `expand` adds
        `input`, `usage`, `execution` (steps, the embedded review and expected artifacts) and `debug`."""
        from .._generated.api.operations import runs_get

        _request = runs_get.request(
            required_id(id, "id"),
            expand=query(
                expand,
                "expand",
                {"type": "string", "values": ["input", "usage", "execution", "debug"], "csv": True},
            ),
        )
        return await self._pipeline.send(_request, options)

    async def cancel(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunCancelResponse:
        """Cancel run (``POST /v1/runs/{id}/cancel``).

        Cancel a queued run at once, or ask a running one to stop; the answer says which, and the status the
        run had."""
        from .._generated.api.operations import runs_cancel

        _request = runs_cancel.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def events(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunEventsResponse:
        """List run events (``GET /v1/runs/{id}/events``).

        The run's lifecycle timeline (created, pending, running, …), oldest first."""
        from .._generated.api.operations import runs_events_list

        _request = runs_events_list.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def promote(
        self,
        id: str,
        data: PromoteRunRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> PromoteRunResponse:
        """Promote run to example (``POST /v1/runs/{id}/promote``).

        Turn a reviewed run into a dataset example: the run's input, plus the corrected output and expected
        files on its review at that moment, so correct the run before promoting it. Use it to turn a
        reviewed miss into a regression test."""
        from .._generated.api.operations import runs_promote
        from .._generated.models import PromoteRunRequest

        _body = make_body(
            PromoteRunRequest,
            data,
            {
                "name": name,
            },
        )
        _request = runs_promote.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def steps(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunStepsResponse:
        """List run steps (``GET /v1/runs/{id}/steps``).

        The steps of a workflow run, or an agent run's execution steps in the same shape."""
        from .._generated.api.operations import runs_steps_list

        _request = runs_steps_list.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def get_step(
        self,
        id: str,
        step_execution_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a run step (``GET /v1/runs/{id}/steps/{stepExecutionId}``).

        One step execution of a workflow run in full, with its input and output."""
        from .._generated.api.operations import runs_steps_get

        _request = runs_steps_get.request(
            required_id(id, "id"),
            required_id(step_execution_id, "step_execution_id"),
        )
        return await self._pipeline.send(_request, options)

    async def usage(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunUsageResponse:
        """Get run usage (``GET /v1/runs/{id}/usage``).

        The tokens, credits, duration and call counts a run used (`null` until recorded)."""
        from .._generated.api.operations import runs_usage_get

        _request = runs_usage_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncTemplates(AsyncTemplateDownload, AsyncNode):
    """``client.templates``, generated from openapi.yaml; its special methods are AsyncTemplateDownload's."""

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[Template]:
        """List templates (``GET /v1/templates``).

        The tenant's document templates, a page at a time.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import templates_list

        _request = templates_list.request(
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            limit=limit,
            options=options,
        )
        return offset_page(_response, "items", _following)

    @overload
    async def create(
        self,
        data: TemplateFileReferenceRequest | Mapping[str, Any] | str,
        *,
        file_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        staged: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreatedTemplate: ...
    @overload
    async def create(
        self,
        *,
        file_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        staged: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreatedTemplate: ...
    async def create(
        self,
        data: TemplateFileReferenceRequest | Mapping[str, Any] | str | None = None,
        *,
        file_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        staged: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreatedTemplate:
        """Create a template (``POST /v1/templates``).

        Makes a document template from a file already uploaded with `files.upload`."""
        from .._generated.api.operations import templates_create
        from .._generated.models import TemplateFileReferenceRequest

        _body = make_body(
            TemplateFileReferenceRequest,
            data,
            {
                "fileId": file_id,
                "name": name,
                "description": description,
                "staged": staged,
            },
        )
        _request = templates_create.request(
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Template:
        """Get a template (``GET /v1/templates/{id}``).

        One template with its revisions."""
        from .._generated.api.operations import templates_get

        _request = templates_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def replace(
        self,
        id: str,
        data: TemplateReplaceRequest | Mapping[str, Any] | str,
        *,
        file_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Template: ...
    @overload
    async def replace(
        self,
        id: str,
        *,
        file_id: str,
        options: RequestOptions | None = None,
    ) -> Template: ...
    async def replace(
        self,
        id: str,
        data: TemplateReplaceRequest | Mapping[str, Any] | str | None = None,
        *,
        file_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Template:
        """Replace a template (``PUT /v1/templates/{id}``).

        Adds a revision with a new document, from a file already uploaded; earlier revisions stay
        downloadable."""
        from .._generated.api.operations import templates_replace
        from .._generated.models import TemplateReplaceRequest

        _body = make_body(
            TemplateReplaceRequest,
            data,
            {
                "fileId": file_id,
            },
        )
        _request = templates_replace.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def delete(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTemplateResponse:
        """Delete a template (``DELETE /v1/templates/{id}``).

        Removes a template and its revisions."""
        from .._generated.api.operations import templates_delete

        _request = templates_delete.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def stage(
        self,
        id: str,
        data: TemplateStagingRequest | Mapping[str, Any],
        *,
        proof: str | Unset = UNSET,
        action: Literal["cleanup", "finalize"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> TemplateStagingResponse: ...
    @overload
    async def stage(
        self,
        id: str,
        *,
        proof: str,
        action: Literal["cleanup", "finalize"],
        options: RequestOptions | None = None,
    ) -> TemplateStagingResponse: ...
    async def stage(
        self,
        id: str,
        data: TemplateStagingRequest | Mapping[str, Any] | None = None,
        *,
        proof: str | Unset = UNSET,
        action: Literal["cleanup", "finalize"] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> TemplateStagingResponse:
        """Accept or discard a staged template (``POST /v1/templates/{id}/staging``).

        Settles a template revision that is waiting in staging, with the proof the staging answer gave."""
        from .._generated.api.operations import templates_staging
        from .._generated.models import TemplateStagingRequest

        _body = make_body(
            TemplateStagingRequest,
            data,
            {
                "proof": proof,
                "action": action,
            },
        )
        _request = templates_staging.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)


class AsyncEigenpalClientBase(AsyncNode):
    """``client``, generated from openapi.yaml."""

    @functools.cached_property
    def auth(self) -> AsyncAuth:
        return AsyncAuth(self._pipeline)

    @functools.cached_property
    def automations(self) -> AsyncAutomations:
        return AsyncAutomations(self._pipeline)

    @functools.cached_property
    def dataset_review_requests(self) -> AsyncDatasetReviewRequests:
        return AsyncDatasetReviewRequests(self._pipeline)

    @functools.cached_property
    def email_servers(self) -> AsyncEmailServers:
        return AsyncEmailServers(self._pipeline)

    @functools.cached_property
    def experiments(self) -> AsyncExperiments:
        return AsyncExperiments(self._pipeline)

    @functools.cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self._pipeline)

    @functools.cached_property
    def folders(self) -> AsyncFolders:
        return AsyncFolders(self._pipeline)

    @functools.cached_property
    def human_reviews(self) -> AsyncHumanReviews:
        return AsyncHumanReviews(self._pipeline)

    @functools.cached_property
    def models(self) -> AsyncModels:
        return AsyncModels(self._pipeline)

    @functools.cached_property
    def runs(self) -> AsyncRuns:
        return AsyncRuns(self._pipeline)

    @functools.cached_property
    def templates(self) -> AsyncTemplates:
        return AsyncTemplates(self._pipeline)

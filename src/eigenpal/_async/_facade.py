"""The client tree: one class per node of openapi.yaml's ``x-eigenpal-method`` tree, with its plain methods.

Rendered by ``make generate`` (codegen/generate.py, from templates/facade.py.jinja) into this hand-written
folder: never edit it by hand; ``make check-generated`` fails when it is stale. Like every module of this
folder it has a blocking twin, derived by codegen/unasync.py.

Each node class has a cached property per child node and the node's plain methods. A node's special
methods (uploads, downloads, streams, waits) are written by hand in its mixin in ``resources/``, which the
class inherits: ``codegen/facade.py`` names each node's mixin (``MIXINS``) and says which methods are
special. The root, ``AsyncEigenpalClientBase``, is the base of ``AsyncEigenpalClient`` (``_client.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._generated.types import UNSET, Unset
from .._options import RequestOptions
from .._params import make_body, path_param, query, required_id
from .._targets import Target, automation_ref
from ._pagination import AsyncPage, cursor_page, offset_page
from .resources.automation_dataset import AsyncDatasetArchive
from .resources.automation_experiments import AsyncExperimentStream
from .resources.example_files import (
    AsyncExpectedFileDownload,
    AsyncExpectedFilesUpload,
    AsyncInputFileDownload,
    AsyncInputFilesUpload,
)
from .resources.files import AsyncFileTransfer
from .resources.run_artifacts import AsyncArtifactDownloads
from .resources.run_feedback import AsyncFeedbackFiles
from .resources.runs import AsyncRunWait

if TYPE_CHECKING:
    from .._generated.models import (
        AuthCheckResponse,
        AutomationDetail,
        AutomationSummary,
        AutomationSyncResponse,
        AutomationTriggersResponse,
        DatasetExample,
        DatasetExampleExpectedFileList,
        DatasetExampleExpectedFileRenameRequest,
        DatasetExampleExpectedFileRenameResponse,
        DatasetExampleInputFileList,
        DatasetExampleInputFileRenameRequest,
        DatasetExampleInputFileRenameResponse,
        DatasetExampleMutation,
        DatasetExampleUpdate,
        DeleteFileResponse,
        EvaluatorConfigResponse,
        EvaluatorConfigUpdate,
        ExampleRunResponse,
        Experiment,
        ExperimentCreate,
        ExperimentCreateResponse,
        ExperimentDetail,
        ExperimentRef,
        File,
        ListAutomationVersionsResponse,
        PromoteRunRequest,
        PromoteRunResponse,
        Run,
        RunCancelResponse,
        RunEventsResponse,
        RunExpectedArtifacts,
        RunExpectedFileUpdateRequest,
        RunExpectedFileUpdateResponse,
        RunFeedbackDetail,
        RunFeedbackRequest,
        RunListItem,
        RunScoresResponse,
        RunStepsResponse,
        RunTraceResponse,
        RunUsageResponse,
    )
    from ._base_client import AsyncAPIClient


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
        """Check API key identity (``GET /api/v1/auth/check``).

        Who the current API key belongs to: its tenant, user, key id and scopes. `client.auth.check()` is
        the cheapest way to verify a key and a base URL."""
        from .._generated.api.operations import auth_check

        _request = auth_check.request()
        return await self._pipeline.send(_request, options)


class AsyncAutomationsDataset(AsyncDatasetArchive, AsyncNode):
    """``client.automations.dataset``, generated from openapi.yaml; its special methods are AsyncDatasetArchive's."""


class AsyncAutomationsEvaluators(AsyncNode):
    """``client.automations.evaluators``, generated from openapi.yaml."""

    async def get(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> EvaluatorConfigResponse:
        """Get evaluators (``GET /api/v1/automations/{id}/evaluators``).

        The evaluator YAML of an automation and its parsed form. Evaluators produce the automated scores of
        experiment runs; they are separate from the human `rating` on run feedback."""
        from .._generated.api.operations import automations_evaluators_get

        _request = automations_evaluators_get.request(
            automation_ref(id, argument="id"),
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
    ) -> EvaluatorConfigResponse: ...
    @overload
    async def update(
        self,
        id: Target,
        *,
        yaml: str,
        options: RequestOptions | None = None,
    ) -> EvaluatorConfigResponse: ...
    async def update(
        self,
        id: Target,
        data: EvaluatorConfigUpdate | Mapping[str, Any] | str | None = None,
        *,
        yaml: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> EvaluatorConfigResponse:
        """Replace evaluators (``PUT /api/v1/automations/{id}/evaluators``).

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
        """List expected files (``GET /api/v1/automations/{id}/examples/{exampleId}/expected``).

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
        """Rename expected file (``PATCH /api/v1/automations/{id}/examples/{exampleId}/expected/{path}``).

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
        """Delete expected file (``DELETE /api/v1/automations/{id}/examples/{exampleId}/expected/{path}``).

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
        """List input files (``GET /api/v1/automations/{id}/examples/{exampleId}/input``).

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
        """Rename input file (``PATCH /api/v1/automations/{id}/examples/{exampleId}/input/{path}``).

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
        """Delete input file (``DELETE /api/v1/automations/{id}/examples/{exampleId}/input/{path}``).

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
        options: RequestOptions | None = None,
    ) -> AsyncPage[DatasetExample]:
        """List dataset examples (``GET /api/v1/automations/{id}/examples``).

        The dataset examples of an automation: input, expected output and files, metadata and overrides, as
        evaluation runs use them. Pages by offset.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import automations_examples_list

        _request = automations_examples_list.request(
            automation_ref(id, argument="id"),
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            id,
            limit=limit,
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
        """Create dataset example (``POST /api/v1/automations/{id}/examples``).

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
        """Get dataset example (``GET /api/v1/automations/{id}/examples/{exampleId}``).

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
        """Update dataset example (``PATCH /api/v1/automations/{id}/examples/{exampleId}``).

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
        """Delete dataset example (``DELETE /api/v1/automations/{id}/examples/{exampleId}``).

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
        """Run dataset example (``POST /api/v1/automations/{id}/examples/{exampleId}/run``).

        Start a run of one example's input without waiting. Poll it with `client.runs.get(run_id)`, then
        read `client.runs.scores.list` or its feedback."""
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
        """List experiments (``GET /api/v1/automations/{id}/experiments``).

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
        """Create experiment (``POST /api/v1/automations/{id}/experiments``).

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

    async def get(
        self,
        id: Target,
        experiment_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ExperimentDetail:
        """Get experiment (``GET /api/v1/automations/{id}/experiments/{experimentId}``).

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
        """Cancel experiment (``POST /api/v1/automations/{id}/experiments/{experimentId}/cancel``).

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
        format: Literal["csv", "json"],
        options: RequestOptions | None = None,
    ) -> str:
        """Export experiment eval results (``GET /api/v1/automations/{id}/experiments/{experimentId}/export``).

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
        )
        return await self._pipeline.send(_request, options)

    async def export_all(
        self,
        id: Target,
        *,
        format: Literal["csv", "json"],
        options: RequestOptions | None = None,
    ) -> str:
        """Export all experiment eval results (``GET /api/v1/automations/{id}/experiments/export``).

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


class AsyncAutomations(AsyncNode):
    """``client.automations``, generated from openapi.yaml."""

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

    async def list(
        self,
        *,
        search: str | None = None,
        type: Literal["workflow", "agent"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[AutomationSummary]:
        """List automations (``GET /api/v1/automations``).

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
            limit=query(limit, "limit", {"type": "integer", "minimum": 1, "maximum": 100}),
            offset=query(offset, "offset", {"type": "integer", "minimum": 0, "maximum": 9007199254740991}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            search=search,
            type=type,
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
        """Get automation (``GET /api/v1/automations/{id}``).

        One workflow or agent by id or typed alias (`workflows.<slug>`, `agents.<slug>`), with its input and
        output JSON schemas."""
        from .._generated.api.operations import automations_get

        _request = automations_get.request(
            automation_ref(id, argument="id"),
        )
        return await self._pipeline.send(_request, options)

    async def sync(
        self,
        id: Target,
        *,
        options: RequestOptions | None = None,
    ) -> AutomationSyncResponse:
        """Sync automation from latest Git release (``POST /api/v1/automations/{id}/sync``).

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
        """Get automation triggers (``GET /api/v1/automations/{id}/triggers``).

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
        """List automation versions (``GET /api/v1/automations/{id}/versions``).

        The released versions of a workflow or agent, newest first; pass one as `version` (or
        `target@version`) to run it."""
        from .._generated.api.operations import automations_versions_list

        _request = automations_versions_list.request(
            automation_ref(id, argument="id"),
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
        """Resolve experiment by id (``GET /api/v1/experiments/{experimentId}``).

        The automation that owns an experiment, for when all you have is the experiment id."""
        from .._generated.api.operations import experiments_resolve

        _request = experiments_resolve.request(
            required_id(experiment_id, "experiment_id"),
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
        """List run evaluator scores (``GET /api/v1/runs/{id}/scores``).

        The automated evaluator results of one run (`score`, `passed`, details). Human verdicts are the
        `rating` of the run's feedback."""
        from .._generated.api.operations import runs_scores_list

        _request = runs_scores_list.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncRunsArtifacts(AsyncArtifactDownloads, AsyncNode):
    """``client.runs.artifacts``, generated from openapi.yaml; its special methods are AsyncArtifactDownloads's."""


class AsyncRunsFeedback(AsyncFeedbackFiles, AsyncNode):
    """``client.runs.feedback``, generated from openapi.yaml; its special methods are AsyncFeedbackFiles's."""

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunFeedbackDetail:
        """Get run feedback (``GET /api/v1/runs/{id}/feedback``).

        All feedback state of a run: the human feedback (`rating`, `status`, note), the expected JSON output
        and the expected files. `runs.get(..., expand='execution')` embeds the same feedback in the run."""
        from .._generated.api.operations import runs_feedback_get

        _request = runs_feedback_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def update(
        self,
        id: str,
        data: RunFeedbackRequest | Mapping[str, Any] | None = None,
        *,
        body: str | Unset | None = UNSET,
        rating: Literal["pass", "fail", "partial"] | Unset | None = UNSET,
        status: Literal["open", "resolved", "ignored"] | Unset | None = UNSET,
        expected: Any = UNSET,
        options: RequestOptions | None = None,
    ) -> RunFeedbackDetail:
        """Update run feedback (``PUT /api/v1/runs/{id}/feedback``).

        Change some feedback fields: the verdict `rating` (pass, fail, partial), the review `status` (open,
        resolved, ignored), the note `body` and the corrected `expected` output. Fields you leave out are
        kept; `null` clears one."""
        from .._generated.api.operations import runs_feedback_update
        from .._generated.models import RunFeedbackRequest

        _body = make_body(
            RunFeedbackRequest,
            data,
            {
                "body": body,
                "rating": rating,
                "status": status,
                "expected": expected,
            },
        )
        _request = runs_feedback_update.request(
            required_id(id, "id"),
            body=_body,
        )
        return await self._pipeline.send(_request, options)

    async def clear(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunFeedbackDetail | None:
        """Clear run feedback (``DELETE /api/v1/runs/{id}/feedback``).

        Delete all feedback state of a run: the human feedback, the expected JSON output and every expected
        file."""
        from .._generated.api.operations import runs_feedback_clear

        _request = runs_feedback_clear.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def list_expected(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunExpectedArtifacts:
        """Get expected output (``GET /api/v1/runs/{id}/feedback/expected``).

        The expected JSON output and the expected files currently on the run's feedback."""
        from .._generated.api.operations import runs_feedback_expected_get

        _request = runs_feedback_expected_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunExpectedFileUpdateRequest | Mapping[str, Any] | str,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileUpdateResponse: ...
    @overload
    async def rename_expected(
        self,
        id: str,
        filename: str,
        *,
        name: str,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileUpdateResponse: ...
    async def rename_expected(
        self,
        id: str,
        filename: str,
        data: RunExpectedFileUpdateRequest | Mapping[str, Any] | str | None = None,
        *,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> RunExpectedFileUpdateResponse:
        """Rename expected artifact file (``PATCH /api/v1/runs/{id}/feedback/expected/{filename}``).

        Rename one expected file of the run's feedback."""
        from .._generated.api.operations import runs_feedback_expected_file_update
        from .._generated.models import RunExpectedFileUpdateRequest

        _body = make_body(
            RunExpectedFileUpdateRequest,
            data,
            {
                "name": name,
            },
        )
        _request = runs_feedback_expected_file_update.request(
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
        """Delete expected artifact file (``DELETE /api/v1/runs/{id}/feedback/expected/{filename}``).

        Delete one expected file; the note and the expected JSON output stay."""
        from .._generated.api.operations import runs_feedback_expected_file_delete

        _request = runs_feedback_expected_file_delete.request(
            required_id(id, "id"),
            path_param(filename, "filename"),
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
        """Get run trace (``GET /api/v1/runs/{id}/trace``).

        Low-level trace events for debugging one run: observability phases or step records for workflows,
        parsed `trace.jsonl` events for agents. Common fields are typed and any other is kept."""
        from .._generated.api.operations import runs_trace_get

        _request = runs_trace_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncRuns(AsyncRunWait, AsyncNode):
    """``client.runs``, generated from openapi.yaml; its special methods are AsyncRunWait's."""

    @functools.cached_property
    def scores(self) -> AsyncRunsScores:
        return AsyncRunsScores(self._pipeline)

    @functools.cached_property
    def artifacts(self) -> AsyncRunsArtifacts:
        return AsyncRunsArtifacts(self._pipeline)

    @functools.cached_property
    def feedback(self) -> AsyncRunsFeedback:
        return AsyncRunsFeedback(self._pipeline)

    @functools.cached_property
    def trace(self) -> AsyncRunsTrace:
        return AsyncRunsTrace(self._pipeline)

    async def list(
        self,
        *,
        type: Literal["workflow", "agent"] | None = None,
        source: str | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
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
        has_feedback: bool | None = None,
        no_feedback: bool | None = None,
        feedback_status: Literal["open", "resolved", "ignored"] | None = None,
        feedback_rating: Literal["pass", "fail", "partial", "none"] | None = None,
        has_expected: bool | None = None,
        promoted_to_example: bool | None = None,
        since_last_resolved: bool | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[RunListItem]:
        """List runs (``GET /api/v1/runs``).

        Workflow and agent runs, newest first, filtered by automation, status, trigger, dates and more.
        Pages by cursor (`nextCursor`); with a feedback filter (`hasFeedback`, `noFeedback`,
        `feedbackStatus`, `feedbackRating`, `hasExpected`, `promotedToExample`, `sinceLastResolved`) it
        pages by `offset` instead. `page.iter_all()` handles both.

        Returns one page; ``page.iter_all()`` walks every page."""
        from .._generated.api.operations import runs_list

        _request = runs_list.request(
            type_=query(type, "type", {"type": "string", "values": ["workflow", "agent"]}),
            source=query(source, "source", {"type": "string"}),
            status=query(status, "status", {"type": "string", "csv": True}),
            trigger=query(trigger, "trigger", {"type": "string"}),
            triggered_by=query(triggered_by, "triggered_by", {"type": "string"}),
            source_ref=query(source_ref, "source_ref", {"type": "string"}),
            batch_id=query(batch_id, "batch_id", {"type": "string"}),
            example_id=query(example_id, "example_id", {"type": "string"}),
            example_id_contains=query(example_id_contains, "example_id_contains", {"type": "string"}),
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
            has_feedback=query(has_feedback, "has_feedback", {"type": "flag"}),
            no_feedback=query(no_feedback, "no_feedback", {"type": "flag"}),
            feedback_status=query(
                feedback_status,
                "feedback_status",
                {"type": "string", "values": ["open", "resolved", "ignored"]},
            ),
            feedback_rating=query(
                feedback_rating,
                "feedback_rating",
                {"type": "string", "values": ["pass", "fail", "partial", "none"]},
            ),
            has_expected=query(has_expected, "has_expected", {"type": "flag"}),
            promoted_to_example=query(promoted_to_example, "promoted_to_example", {"type": "flag"}),
            since_last_resolved=query(since_last_resolved, "since_last_resolved", {"type": "flag"}),
        )
        _response = await self._pipeline.send(_request, options)
        _following = functools.partial(
            self.list,
            type=type,
            source=source,
            status=status,
            trigger=trigger,
            triggered_by=triggered_by,
            source_ref=source_ref,
            batch_id=batch_id,
            example_id=example_id,
            example_id_contains=example_id_contains,
            from_=from_,
            to=to,
            created_after=created_after,
            created_before=created_before,
            completed_after=completed_after,
            completed_before=completed_before,
            limit=limit,
            ids=ids,
            has_feedback=has_feedback,
            no_feedback=no_feedback,
            feedback_status=feedback_status,
            feedback_rating=feedback_rating,
            has_expected=has_expected,
            promoted_to_example=promoted_to_example,
            since_last_resolved=since_last_resolved,
            options=options,
        )
        _by_offset = offset is not None or any(
            (
                has_feedback,
                no_feedback,
                feedback_status,
                feedback_rating,
                has_expected,
                promoted_to_example,
                since_last_resolved,
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
        """Get a run (``GET /api/v1/runs/{id}``).

        One run. Core metadata always; terminal runs also carry `output`, `files` and `error`. `expand` adds
        `input`, `usage`, `execution` (steps, embedded feedback and expected artifacts) and `debug`."""
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
        """Cancel run (``POST /api/v1/runs/{id}/cancel``).

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
        """List run events (``GET /api/v1/runs/{id}/events``).

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
        """Promote run to example (``POST /api/v1/runs/{id}/promote``).

        Turn a reviewed run into a dataset example: the run's input, plus the expected output and files on
        its feedback at that moment, so correct the run before promoting it. Use it to turn a reviewed miss
        into a regression test."""
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
        """List run steps (``GET /api/v1/runs/{id}/steps``).

        The steps of a workflow run, or an agent run's execution steps in the same shape."""
        from .._generated.api.operations import runs_steps_list

        _request = runs_steps_list.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)

    async def usage(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> RunUsageResponse:
        """Get run usage (``GET /api/v1/runs/{id}/usage``).

        The tokens, credits, duration and call counts a run used (`null` until recorded)."""
        from .._generated.api.operations import runs_usage_get

        _request = runs_usage_get.request(
            required_id(id, "id"),
        )
        return await self._pipeline.send(_request, options)


class AsyncFiles(AsyncFileTransfer, AsyncNode):
    """``client.files``, generated from openapi.yaml; its special methods are AsyncFileTransfer's."""

    async def get(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> File:
        """Get file metadata (``GET /api/v1/files/{id}``).

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
        """Delete file (``DELETE /api/v1/files/{id}``).

        Delete an uploaded file. Runs and dataset examples that used it keep their own snapshots."""
        from .._generated.api.operations import files_delete

        _request = files_delete.request(
            required_id(id, "id"),
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
    def experiments(self) -> AsyncExperiments:
        return AsyncExperiments(self._pipeline)

    @functools.cached_property
    def runs(self) -> AsyncRuns:
        return AsyncRuns(self._pipeline)

    @functools.cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self._pipeline)

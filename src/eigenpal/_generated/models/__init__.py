"""Data models of the Eigenpal API, generated from openapi.yaml.

Models load lazily on first access: ``import eigenpal`` does not import every model module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_run_execution import AgentRunExecution
    from .agent_run_execution_expected import AgentRunExecutionExpected
    from .agent_run_execution_files import AgentRunExecutionFiles
    from .api_error_envelope import ApiErrorEnvelope
    from .api_error_issue import ApiErrorIssue
    from .api_error_issue_severity import ApiErrorIssueSeverity
    from .auth_check_response import AuthCheckResponse
    from .automation_dataset_import_multipart_request import AutomationDatasetImportMultipartRequest
    from .automation_dataset_import_multipart_request_mode import AutomationDatasetImportMultipartRequestMode
    from .automation_detail import AutomationDetail
    from .automation_detail_input_schema_type_0 import AutomationDetailInputSchemaType0
    from .automation_detail_output_schema_type_0 import AutomationDetailOutputSchemaType0
    from .automation_summary import AutomationSummary
    from .automation_sync_response import AutomationSyncResponse
    from .automation_sync_response_automation import AutomationSyncResponseAutomation
    from .automation_sync_response_automation_status import AutomationSyncResponseAutomationStatus
    from .automation_sync_response_automation_type import AutomationSyncResponseAutomationType
    from .automation_sync_response_release import AutomationSyncResponseRelease
    from .automation_trigger_state import AutomationTriggerState
    from .automation_triggers_response import AutomationTriggersResponse
    from .automation_type import AutomationType
    from .automation_version import AutomationVersion
    from .automations_experiments_export_all_format import AutomationsExperimentsExportAllFormat
    from .automations_experiments_export_format import AutomationsExperimentsExportFormat
    from .automations_list_type import AutomationsListType
    from .create_file_multipart_request import CreateFileMultipartRequest
    from .dataset_example import DatasetExample
    from .dataset_example_expected_file_list import DatasetExampleExpectedFileList
    from .dataset_example_expected_file_rename_request import DatasetExampleExpectedFileRenameRequest
    from .dataset_example_expected_file_rename_response import DatasetExampleExpectedFileRenameResponse
    from .dataset_example_expected_file_upload_request import DatasetExampleExpectedFileUploadRequest
    from .dataset_example_expected_file_upload_response import DatasetExampleExpectedFileUploadResponse
    from .dataset_example_expected_files_item import DatasetExampleExpectedFilesItem
    from .dataset_example_input_file_list import DatasetExampleInputFileList
    from .dataset_example_input_file_rename_request import DatasetExampleInputFileRenameRequest
    from .dataset_example_input_file_rename_response import DatasetExampleInputFileRenameResponse
    from .dataset_example_input_file_upload_request import DatasetExampleInputFileUploadRequest
    from .dataset_example_input_file_upload_response import DatasetExampleInputFileUploadResponse
    from .dataset_example_input_type_0 import DatasetExampleInputType0
    from .dataset_example_list import DatasetExampleList
    from .dataset_example_metadata_type_0 import DatasetExampleMetadataType0
    from .dataset_example_mutation import DatasetExampleMutation
    from .dataset_example_mutation_input_type_0 import DatasetExampleMutationInputType0
    from .dataset_example_mutation_metadata_type_0 import DatasetExampleMutationMetadataType0
    from .dataset_example_mutation_overrides_type_0 import DatasetExampleMutationOverridesType0
    from .dataset_example_overrides_type_0 import DatasetExampleOverridesType0
    from .dataset_example_update import DatasetExampleUpdate
    from .dataset_example_update_input_type_0 import DatasetExampleUpdateInputType0
    from .dataset_example_update_metadata_type_0 import DatasetExampleUpdateMetadataType0
    from .dataset_example_update_overrides_type_0 import DatasetExampleUpdateOverridesType0
    from .dataset_import_append_response import DatasetImportAppendResponse
    from .dataset_import_replace_response import DatasetImportReplaceResponse
    from .delete_file_response import DeleteFileResponse
    from .eval_result import EvalResult
    from .evaluator_config_response import EvaluatorConfigResponse
    from .evaluator_config_response_config import EvaluatorConfigResponseConfig
    from .evaluator_config_update import EvaluatorConfigUpdate
    from .example_run_response import ExampleRunResponse
    from .example_run_response_type import ExampleRunResponseType
    from .execution_status import ExecutionStatus
    from .experiment import Experiment
    from .experiment_create import ExperimentCreate
    from .experiment_create_response import ExperimentCreateResponse
    from .experiment_create_response_runs_item import ExperimentCreateResponseRunsItem
    from .experiment_detail import ExperimentDetail
    from .experiment_detail_results_by_run import ExperimentDetailResultsByRun
    from .experiment_detail_runs_item import ExperimentDetailRunsItem
    from .experiment_detail_status import ExperimentDetailStatus
    from .experiment_list import ExperimentList
    from .experiment_ref import ExperimentRef
    from .experiment_status import ExperimentStatus
    from .file import File
    from .list_automation_versions_response import ListAutomationVersionsResponse
    from .list_automations_response import ListAutomationsResponse
    from .promote_run_request import PromoteRunRequest
    from .promote_run_response import PromoteRunResponse
    from .promote_run_response_automation_type import PromoteRunResponseAutomationType
    from .run import Run
    from .run_accepted import RunAccepted
    from .run_accepted_type import RunAcceptedType
    from .run_artifact import RunArtifact
    from .run_artifacts_response import RunArtifactsResponse
    from .run_cancel_response import RunCancelResponse
    from .run_cancel_response_cancellation import RunCancelResponseCancellation
    from .run_cancel_response_cancellation_state import RunCancelResponseCancellationState
    from .run_cancel_response_execution import RunCancelResponseExecution
    from .run_cancel_response_type import RunCancelResponseType
    from .run_debug import RunDebug
    from .run_eval import RunEval
    from .run_event import RunEvent
    from .run_event_metadata import RunEventMetadata
    from .run_events_response import RunEventsResponse
    from .run_execution_meta import RunExecutionMeta
    from .run_execution_retry import RunExecutionRetry
    from .run_execution_retry_next_run_type_0 import RunExecutionRetryNextRunType0
    from .run_expected_artifacts import RunExpectedArtifacts
    from .run_expected_file_copy_request import RunExpectedFileCopyRequest
    from .run_expected_file_mutation_response import RunExpectedFileMutationResponse
    from .run_expected_file_update_request import RunExpectedFileUpdateRequest
    from .run_expected_file_update_response import RunExpectedFileUpdateResponse
    from .run_expected_file_upload_request import RunExpectedFileUploadRequest
    from .run_feedback import RunFeedback
    from .run_feedback_detail import RunFeedbackDetail
    from .run_feedback_request import RunFeedbackRequest
    from .run_feedback_request_rating_type_0 import RunFeedbackRequestRatingType0
    from .run_feedback_request_status_type_0 import RunFeedbackRequestStatusType0
    from .run_file import RunFile
    from .run_input import RunInput
    from .run_list_item import RunListItem
    from .run_list_item_type import RunListItemType
    from .run_output_type_0 import RunOutputType0
    from .run_scores_response import RunScoresResponse
    from .run_source import RunSource
    from .run_source_git import RunSourceGit
    from .run_start_body import RunStartBody
    from .run_start_body_files import RunStartBodyFiles
    from .run_start_body_files_additional_property_type_0 import RunStartBodyFilesAdditionalPropertyType0
    from .run_start_body_files_additional_property_type_1_item import (
        RunStartBodyFilesAdditionalPropertyType1Item,
    )
    from .run_start_body_input import RunStartBodyInput
    from .run_start_body_metadata import RunStartBodyMetadata
    from .run_start_body_overrides import RunStartBodyOverrides
    from .run_start_body_overrides_steps import RunStartBodyOverridesSteps
    from .run_start_body_overrides_steps_additional_property import (
        RunStartBodyOverridesStepsAdditionalProperty,
    )
    from .run_start_multipart_request import RunStartMultipartRequest
    from .run_steps_response import RunStepsResponse
    from .run_timing import RunTiming
    from .run_trace_event import RunTraceEvent
    from .run_trace_response import RunTraceResponse
    from .run_trigger import RunTrigger
    from .run_trigger_by_type_0 import RunTriggerByType0
    from .run_type import RunType
    from .run_usage import RunUsage
    from .run_usage_response import RunUsageResponse
    from .run_usage_tokens import RunUsageTokens
    from .runs_artifacts_list_zip import RunsArtifactsListZip
    from .runs_list_response import RunsListResponse
    from .runs_start_x_eigenpal_trigger import RunsStartXEigenpalTrigger
    from .workflow_run_execution import WorkflowRunExecution
    from .workflow_run_execution_expected import WorkflowRunExecutionExpected

_MODULES: dict[str, str] = {
    "AgentRunExecution": ".agent_run_execution",
    "AgentRunExecutionExpected": ".agent_run_execution_expected",
    "AgentRunExecutionFiles": ".agent_run_execution_files",
    "ApiErrorEnvelope": ".api_error_envelope",
    "ApiErrorIssue": ".api_error_issue",
    "ApiErrorIssueSeverity": ".api_error_issue_severity",
    "AuthCheckResponse": ".auth_check_response",
    "AutomationDatasetImportMultipartRequest": ".automation_dataset_import_multipart_request",
    "AutomationDatasetImportMultipartRequestMode": ".automation_dataset_import_multipart_request_mode",
    "AutomationDetail": ".automation_detail",
    "AutomationDetailInputSchemaType0": ".automation_detail_input_schema_type_0",
    "AutomationDetailOutputSchemaType0": ".automation_detail_output_schema_type_0",
    "AutomationSummary": ".automation_summary",
    "AutomationSyncResponse": ".automation_sync_response",
    "AutomationSyncResponseAutomation": ".automation_sync_response_automation",
    "AutomationSyncResponseAutomationStatus": ".automation_sync_response_automation_status",
    "AutomationSyncResponseAutomationType": ".automation_sync_response_automation_type",
    "AutomationSyncResponseRelease": ".automation_sync_response_release",
    "AutomationTriggerState": ".automation_trigger_state",
    "AutomationTriggersResponse": ".automation_triggers_response",
    "AutomationType": ".automation_type",
    "AutomationVersion": ".automation_version",
    "AutomationsExperimentsExportAllFormat": ".automations_experiments_export_all_format",
    "AutomationsExperimentsExportFormat": ".automations_experiments_export_format",
    "AutomationsListType": ".automations_list_type",
    "CreateFileMultipartRequest": ".create_file_multipart_request",
    "DatasetExample": ".dataset_example",
    "DatasetExampleExpectedFileList": ".dataset_example_expected_file_list",
    "DatasetExampleExpectedFileRenameRequest": ".dataset_example_expected_file_rename_request",
    "DatasetExampleExpectedFileRenameResponse": ".dataset_example_expected_file_rename_response",
    "DatasetExampleExpectedFileUploadRequest": ".dataset_example_expected_file_upload_request",
    "DatasetExampleExpectedFileUploadResponse": ".dataset_example_expected_file_upload_response",
    "DatasetExampleExpectedFilesItem": ".dataset_example_expected_files_item",
    "DatasetExampleInputFileList": ".dataset_example_input_file_list",
    "DatasetExampleInputFileRenameRequest": ".dataset_example_input_file_rename_request",
    "DatasetExampleInputFileRenameResponse": ".dataset_example_input_file_rename_response",
    "DatasetExampleInputFileUploadRequest": ".dataset_example_input_file_upload_request",
    "DatasetExampleInputFileUploadResponse": ".dataset_example_input_file_upload_response",
    "DatasetExampleInputType0": ".dataset_example_input_type_0",
    "DatasetExampleList": ".dataset_example_list",
    "DatasetExampleMetadataType0": ".dataset_example_metadata_type_0",
    "DatasetExampleMutation": ".dataset_example_mutation",
    "DatasetExampleMutationInputType0": ".dataset_example_mutation_input_type_0",
    "DatasetExampleMutationMetadataType0": ".dataset_example_mutation_metadata_type_0",
    "DatasetExampleMutationOverridesType0": ".dataset_example_mutation_overrides_type_0",
    "DatasetExampleOverridesType0": ".dataset_example_overrides_type_0",
    "DatasetExampleUpdate": ".dataset_example_update",
    "DatasetExampleUpdateInputType0": ".dataset_example_update_input_type_0",
    "DatasetExampleUpdateMetadataType0": ".dataset_example_update_metadata_type_0",
    "DatasetExampleUpdateOverridesType0": ".dataset_example_update_overrides_type_0",
    "DatasetImportAppendResponse": ".dataset_import_append_response",
    "DatasetImportReplaceResponse": ".dataset_import_replace_response",
    "DeleteFileResponse": ".delete_file_response",
    "EvalResult": ".eval_result",
    "EvaluatorConfigResponse": ".evaluator_config_response",
    "EvaluatorConfigResponseConfig": ".evaluator_config_response_config",
    "EvaluatorConfigUpdate": ".evaluator_config_update",
    "ExampleRunResponse": ".example_run_response",
    "ExampleRunResponseType": ".example_run_response_type",
    "ExecutionStatus": ".execution_status",
    "Experiment": ".experiment",
    "ExperimentCreate": ".experiment_create",
    "ExperimentCreateResponse": ".experiment_create_response",
    "ExperimentCreateResponseRunsItem": ".experiment_create_response_runs_item",
    "ExperimentDetail": ".experiment_detail",
    "ExperimentDetailResultsByRun": ".experiment_detail_results_by_run",
    "ExperimentDetailRunsItem": ".experiment_detail_runs_item",
    "ExperimentDetailStatus": ".experiment_detail_status",
    "ExperimentList": ".experiment_list",
    "ExperimentRef": ".experiment_ref",
    "ExperimentStatus": ".experiment_status",
    "File": ".file",
    "ListAutomationVersionsResponse": ".list_automation_versions_response",
    "ListAutomationsResponse": ".list_automations_response",
    "PromoteRunRequest": ".promote_run_request",
    "PromoteRunResponse": ".promote_run_response",
    "PromoteRunResponseAutomationType": ".promote_run_response_automation_type",
    "Run": ".run",
    "RunAccepted": ".run_accepted",
    "RunAcceptedType": ".run_accepted_type",
    "RunArtifact": ".run_artifact",
    "RunArtifactsResponse": ".run_artifacts_response",
    "RunCancelResponse": ".run_cancel_response",
    "RunCancelResponseCancellation": ".run_cancel_response_cancellation",
    "RunCancelResponseCancellationState": ".run_cancel_response_cancellation_state",
    "RunCancelResponseExecution": ".run_cancel_response_execution",
    "RunCancelResponseType": ".run_cancel_response_type",
    "RunDebug": ".run_debug",
    "RunEval": ".run_eval",
    "RunEvent": ".run_event",
    "RunEventMetadata": ".run_event_metadata",
    "RunEventsResponse": ".run_events_response",
    "RunExecutionMeta": ".run_execution_meta",
    "RunExecutionRetry": ".run_execution_retry",
    "RunExecutionRetryNextRunType0": ".run_execution_retry_next_run_type_0",
    "RunExpectedArtifacts": ".run_expected_artifacts",
    "RunExpectedFileCopyRequest": ".run_expected_file_copy_request",
    "RunExpectedFileMutationResponse": ".run_expected_file_mutation_response",
    "RunExpectedFileUpdateRequest": ".run_expected_file_update_request",
    "RunExpectedFileUpdateResponse": ".run_expected_file_update_response",
    "RunExpectedFileUploadRequest": ".run_expected_file_upload_request",
    "RunFeedback": ".run_feedback",
    "RunFeedbackDetail": ".run_feedback_detail",
    "RunFeedbackRequest": ".run_feedback_request",
    "RunFeedbackRequestRatingType0": ".run_feedback_request_rating_type_0",
    "RunFeedbackRequestStatusType0": ".run_feedback_request_status_type_0",
    "RunFile": ".run_file",
    "RunInput": ".run_input",
    "RunListItem": ".run_list_item",
    "RunListItemType": ".run_list_item_type",
    "RunOutputType0": ".run_output_type_0",
    "RunScoresResponse": ".run_scores_response",
    "RunSource": ".run_source",
    "RunSourceGit": ".run_source_git",
    "RunStartBody": ".run_start_body",
    "RunStartBodyFiles": ".run_start_body_files",
    "RunStartBodyFilesAdditionalPropertyType0": ".run_start_body_files_additional_property_type_0",
    "RunStartBodyFilesAdditionalPropertyType1Item": ".run_start_body_files_additional_property_type_1_item",
    "RunStartBodyInput": ".run_start_body_input",
    "RunStartBodyMetadata": ".run_start_body_metadata",
    "RunStartBodyOverrides": ".run_start_body_overrides",
    "RunStartBodyOverridesSteps": ".run_start_body_overrides_steps",
    "RunStartBodyOverridesStepsAdditionalProperty": ".run_start_body_overrides_steps_additional_property",
    "RunStartMultipartRequest": ".run_start_multipart_request",
    "RunStepsResponse": ".run_steps_response",
    "RunTiming": ".run_timing",
    "RunTraceEvent": ".run_trace_event",
    "RunTraceResponse": ".run_trace_response",
    "RunTrigger": ".run_trigger",
    "RunTriggerByType0": ".run_trigger_by_type_0",
    "RunType": ".run_type",
    "RunUsage": ".run_usage",
    "RunUsageResponse": ".run_usage_response",
    "RunUsageTokens": ".run_usage_tokens",
    "RunsArtifactsListZip": ".runs_artifacts_list_zip",
    "RunsListResponse": ".runs_list_response",
    "RunsStartXEigenpalTrigger": ".runs_start_x_eigenpal_trigger",
    "WorkflowRunExecution": ".workflow_run_execution",
    "WorkflowRunExecutionExpected": ".workflow_run_execution_expected",
}


if not TYPE_CHECKING:  # checkers see the imports above, so a misspelt model name fails to type check

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AgentRunExecution",
    "AgentRunExecutionExpected",
    "AgentRunExecutionFiles",
    "ApiErrorEnvelope",
    "ApiErrorIssue",
    "ApiErrorIssueSeverity",
    "AuthCheckResponse",
    "AutomationDatasetImportMultipartRequest",
    "AutomationDatasetImportMultipartRequestMode",
    "AutomationDetail",
    "AutomationDetailInputSchemaType0",
    "AutomationDetailOutputSchemaType0",
    "AutomationsExperimentsExportAllFormat",
    "AutomationsExperimentsExportFormat",
    "AutomationsListType",
    "AutomationSummary",
    "AutomationSyncResponse",
    "AutomationSyncResponseAutomation",
    "AutomationSyncResponseAutomationStatus",
    "AutomationSyncResponseAutomationType",
    "AutomationSyncResponseRelease",
    "AutomationTriggersResponse",
    "AutomationTriggerState",
    "AutomationType",
    "AutomationVersion",
    "CreateFileMultipartRequest",
    "DatasetExample",
    "DatasetExampleExpectedFileList",
    "DatasetExampleExpectedFileRenameRequest",
    "DatasetExampleExpectedFileRenameResponse",
    "DatasetExampleExpectedFilesItem",
    "DatasetExampleExpectedFileUploadRequest",
    "DatasetExampleExpectedFileUploadResponse",
    "DatasetExampleInputFileList",
    "DatasetExampleInputFileRenameRequest",
    "DatasetExampleInputFileRenameResponse",
    "DatasetExampleInputFileUploadRequest",
    "DatasetExampleInputFileUploadResponse",
    "DatasetExampleInputType0",
    "DatasetExampleList",
    "DatasetExampleMetadataType0",
    "DatasetExampleMutation",
    "DatasetExampleMutationInputType0",
    "DatasetExampleMutationMetadataType0",
    "DatasetExampleMutationOverridesType0",
    "DatasetExampleOverridesType0",
    "DatasetExampleUpdate",
    "DatasetExampleUpdateInputType0",
    "DatasetExampleUpdateMetadataType0",
    "DatasetExampleUpdateOverridesType0",
    "DatasetImportAppendResponse",
    "DatasetImportReplaceResponse",
    "DeleteFileResponse",
    "EvalResult",
    "EvaluatorConfigResponse",
    "EvaluatorConfigResponseConfig",
    "EvaluatorConfigUpdate",
    "ExampleRunResponse",
    "ExampleRunResponseType",
    "ExecutionStatus",
    "Experiment",
    "ExperimentCreate",
    "ExperimentCreateResponse",
    "ExperimentCreateResponseRunsItem",
    "ExperimentDetail",
    "ExperimentDetailResultsByRun",
    "ExperimentDetailRunsItem",
    "ExperimentDetailStatus",
    "ExperimentList",
    "ExperimentRef",
    "ExperimentStatus",
    "File",
    "ListAutomationsResponse",
    "ListAutomationVersionsResponse",
    "PromoteRunRequest",
    "PromoteRunResponse",
    "PromoteRunResponseAutomationType",
    "Run",
    "RunAccepted",
    "RunAcceptedType",
    "RunArtifact",
    "RunArtifactsResponse",
    "RunCancelResponse",
    "RunCancelResponseCancellation",
    "RunCancelResponseCancellationState",
    "RunCancelResponseExecution",
    "RunCancelResponseType",
    "RunDebug",
    "RunEval",
    "RunEvent",
    "RunEventMetadata",
    "RunEventsResponse",
    "RunExecutionMeta",
    "RunExecutionRetry",
    "RunExecutionRetryNextRunType0",
    "RunExpectedArtifacts",
    "RunExpectedFileCopyRequest",
    "RunExpectedFileMutationResponse",
    "RunExpectedFileUpdateRequest",
    "RunExpectedFileUpdateResponse",
    "RunExpectedFileUploadRequest",
    "RunFeedback",
    "RunFeedbackDetail",
    "RunFeedbackRequest",
    "RunFeedbackRequestRatingType0",
    "RunFeedbackRequestStatusType0",
    "RunFile",
    "RunInput",
    "RunListItem",
    "RunListItemType",
    "RunOutputType0",
    "RunsArtifactsListZip",
    "RunScoresResponse",
    "RunsListResponse",
    "RunSource",
    "RunSourceGit",
    "RunsStartXEigenpalTrigger",
    "RunStartBody",
    "RunStartBodyFiles",
    "RunStartBodyFilesAdditionalPropertyType0",
    "RunStartBodyFilesAdditionalPropertyType1Item",
    "RunStartBodyInput",
    "RunStartBodyMetadata",
    "RunStartBodyOverrides",
    "RunStartBodyOverridesSteps",
    "RunStartBodyOverridesStepsAdditionalProperty",
    "RunStartMultipartRequest",
    "RunStepsResponse",
    "RunTiming",
    "RunTraceEvent",
    "RunTraceResponse",
    "RunTrigger",
    "RunTriggerByType0",
    "RunType",
    "RunUsage",
    "RunUsageResponse",
    "RunUsageTokens",
    "WorkflowRunExecution",
    "WorkflowRunExecutionExpected",
)

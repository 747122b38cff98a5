"""Data models of the Eigenpal API, generated from openapi.yaml.

Models load lazily on first access: ``import eigenpal`` does not import every model module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_file_upload_response import AbortFileUploadResponse
    from .accept_http_chunked_upload_chunk_response import AcceptHttpChunkedUploadChunkResponse
    from .agent_evaluation import AgentEvaluation
    from .agent_evaluation_evaluators import AgentEvaluationEvaluators
    from .agent_evaluation_evaluators_additional_property_type_0 import (
        AgentEvaluationEvaluatorsAdditionalPropertyType0,
    )
    from .agent_evaluation_evaluators_additional_property_type_1 import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1,
    )
    from .agent_evaluation_evaluators_additional_property_type_1_options import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1Options,
    )
    from .agent_evaluation_evaluators_additional_property_type_1_options_rules import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules,
    )
    from .agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalProperty,
    )
    from .agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_items import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems,
    )
    from .agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_order import (
        AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder,
    )
    from .agent_evaluation_evaluators_additional_property_type_2 import (
        AgentEvaluationEvaluatorsAdditionalPropertyType2,
    )
    from .agent_evaluation_pass_type_0 import AgentEvaluationPassType0
    from .agent_evaluation_pass_type_1 import AgentEvaluationPassType1
    from .agent_evaluation_pass_type_1_weights import AgentEvaluationPassType1Weights
    from .agent_evaluator_config_response import AgentEvaluatorConfigResponse
    from .agent_evaluator_config_response_source import AgentEvaluatorConfigResponseSource
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
    from .automations_dataset_review_requests_items_files_get_kind import (
        AutomationsDatasetReviewRequestsItemsFilesGetKind,
    )
    from .automations_examples_list_include import AutomationsExamplesListInclude
    from .automations_experiments_export_all_format import AutomationsExperimentsExportAllFormat
    from .automations_experiments_export_format import AutomationsExperimentsExportFormat
    from .automations_list_type import AutomationsListType
    from .automations_reviews_health_bucket import AutomationsReviewsHealthBucket
    from .create_automation_version_request_type_0 import CreateAutomationVersionRequestType0
    from .create_automation_version_request_type_1 import CreateAutomationVersionRequestType1
    from .create_dataset_review_request import CreateDatasetReviewRequest
    from .create_dataset_review_request_status import CreateDatasetReviewRequestStatus
    from .create_email_server_request_type_0 import CreateEmailServerRequestType0
    from .create_email_server_request_type_1 import CreateEmailServerRequestType1
    from .create_email_server_request_type_1_security import CreateEmailServerRequestType1Security
    from .create_file_multipart_request import CreateFileMultipartRequest
    from .create_file_multipart_request_purpose import CreateFileMultipartRequestPurpose
    from .create_file_upload_session_request import CreateFileUploadSessionRequest
    from .create_file_upload_session_request_purpose import CreateFileUploadSessionRequestPurpose
    from .create_folder_request import CreateFolderRequest
    from .created_template import CreatedTemplate
    from .created_template_format import CreatedTemplateFormat
    from .created_template_grammar import CreatedTemplateGrammar
    from .created_template_tokens_item import CreatedTemplateTokensItem
    from .created_template_tokens_item_kind import CreatedTemplateTokensItemKind
    from .created_template_tokens_item_type import CreatedTemplateTokensItemType
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
    from .dataset_review_create_item_note import DatasetReviewCreateItemNote
    from .dataset_review_detail import DatasetReviewDetail
    from .dataset_review_detail_status import DatasetReviewDetailStatus
    from .dataset_review_event import DatasetReviewEvent
    from .dataset_review_event_action import DatasetReviewEventAction
    from .dataset_review_event_list import DatasetReviewEventList
    from .dataset_review_expected_file import DatasetReviewExpectedFile
    from .dataset_review_expected_file_origin import DatasetReviewExpectedFileOrigin
    from .dataset_review_field_decision import DatasetReviewFieldDecision
    from .dataset_review_field_decision_decision import DatasetReviewFieldDecisionDecision
    from .dataset_review_file_decision import DatasetReviewFileDecision
    from .dataset_review_file_decision_decision import DatasetReviewFileDecisionDecision
    from .dataset_review_focus_field import DatasetReviewFocusField
    from .dataset_review_focus_field_output import DatasetReviewFocusFieldOutput
    from .dataset_review_inbox_item import DatasetReviewInboxItem
    from .dataset_review_inbox_item_status import DatasetReviewInboxItemStatus
    from .dataset_review_inbox_list import DatasetReviewInboxList
    from .dataset_review_item import DatasetReviewItem
    from .dataset_review_item_field_decisions import DatasetReviewItemFieldDecisions
    from .dataset_review_item_field_note import DatasetReviewItemFieldNote
    from .dataset_review_item_file_decisions import DatasetReviewItemFileDecisions
    from .dataset_review_item_list import DatasetReviewItemList
    from .dataset_review_item_response import DatasetReviewItemResponse
    from .dataset_review_item_snapshot_input_json_type_0 import DatasetReviewItemSnapshotInputJsonType0
    from .dataset_review_item_snapshot_manifest import DatasetReviewItemSnapshotManifest
    from .dataset_review_item_snapshot_manifest_expected_files_item import (
        DatasetReviewItemSnapshotManifestExpectedFilesItem,
    )
    from .dataset_review_item_snapshot_manifest_input_file_hashes_item import (
        DatasetReviewItemSnapshotManifestInputFileHashesItem,
    )
    from .dataset_review_item_snapshot_manifest_metadata_type_0 import (
        DatasetReviewItemSnapshotManifestMetadataType0,
    )
    from .dataset_review_item_status import DatasetReviewItemStatus
    from .dataset_review_progress import DatasetReviewProgress
    from .dataset_review_request import DatasetReviewRequest
    from .dataset_review_request_list import DatasetReviewRequestList
    from .dataset_review_request_status import DatasetReviewRequestStatus
    from .delete_automation_response import DeleteAutomationResponse
    from .delete_email_server_response import DeleteEmailServerResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_folder_response import DeleteFolderResponse
    from .delete_template_response import DeleteTemplateResponse
    from .edit_dataset_review_item_file import EditDatasetReviewItemFile
    from .eval_result import EvalResult
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
    from .file_upload_session import FileUploadSession
    from .file_upload_session_parts_item import FileUploadSessionPartsItem
    from .file_upload_session_transport import FileUploadSessionTransport
    from .folder import Folder
    from .folder_preview_items_item import FolderPreviewItemsItem
    from .folder_preview_items_item_kind import FolderPreviewItemsItemKind
    from .folder_type import FolderType
    from .folders_list_type import FoldersListType
    from .http_chunked_file_upload_session import HttpChunkedFileUploadSession
    from .human_review_approve_response import HumanReviewApproveResponse
    from .human_review_field_response import HumanReviewFieldResponse
    from .human_review_list_response import HumanReviewListResponse
    from .human_review_list_response_tasks_item import HumanReviewListResponseTasksItem
    from .human_review_list_response_tasks_item_source_kind import HumanReviewListResponseTasksItemSourceKind
    from .human_review_list_response_tasks_item_status import HumanReviewListResponseTasksItemStatus
    from .human_review_reject_response import HumanReviewRejectResponse
    from .human_review_task_detail import HumanReviewTaskDetail
    from .human_review_task_detail_decisions_item import HumanReviewTaskDetailDecisionsItem
    from .human_review_task_detail_decisions_item_reason import HumanReviewTaskDetailDecisionsItemReason
    from .human_review_task_detail_draft_data_type_0 import HumanReviewTaskDetailDraftDataType0
    from .human_review_task_detail_field_metadata import HumanReviewTaskDetailFieldMetadata
    from .human_review_task_detail_field_metadata_additional_property import (
        HumanReviewTaskDetailFieldMetadataAdditionalProperty,
    )
    from .human_review_task_detail_field_metadata_additional_property_confidence_type_1 import (
        HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1,
    )
    from .human_review_task_detail_field_metadata_additional_property_display import (
        HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay,
    )
    from .human_review_task_detail_field_metadata_additional_property_review import (
        HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview,
    )
    from .human_review_task_detail_files_item import HumanReviewTaskDetailFilesItem
    from .human_review_task_detail_files_item_role import HumanReviewTaskDetailFilesItemRole
    from .human_review_task_detail_input_type_0 import HumanReviewTaskDetailInputType0
    from .human_review_task_detail_input_type_0_data_type_0 import HumanReviewTaskDetailInputType0DataType0
    from .human_review_task_detail_input_type_1 import HumanReviewTaskDetailInputType1
    from .human_review_task_detail_lineage import HumanReviewTaskDetailLineage
    from .human_review_task_detail_machine_data_type_0 import HumanReviewTaskDetailMachineDataType0
    from .human_review_task_detail_parsed_document import HumanReviewTaskDetailParsedDocument
    from .human_review_task_detail_schema_type_0 import HumanReviewTaskDetailSchemaType0
    from .human_review_task_detail_selection_reasons import HumanReviewTaskDetailSelectionReasons
    from .human_review_task_detail_selection_reasons_additional_property import (
        HumanReviewTaskDetailSelectionReasonsAdditionalProperty,
    )
    from .human_review_task_detail_source_kind import HumanReviewTaskDetailSourceKind
    from .human_review_task_detail_status import HumanReviewTaskDetailStatus
    from .human_review_task_response import HumanReviewTaskResponse
    from .human_reviews_approve_body import HumanReviewsApproveBody
    from .human_reviews_fields_confirm_body import HumanReviewsFieldsConfirmBody
    from .human_reviews_reject_body import HumanReviewsRejectBody
    from .list_automation_versions_response import ListAutomationVersionsResponse
    from .list_automations_response import ListAutomationsResponse
    from .list_email_servers_response import ListEmailServersResponse
    from .list_file_upload_parts_response import ListFileUploadPartsResponse
    from .list_file_upload_parts_response_parts_item import ListFileUploadPartsResponsePartsItem
    from .list_models_response import ListModelsResponse
    from .list_templates_response import ListTemplatesResponse
    from .models_list_capability import ModelsListCapability
    from .multipart_file_upload_fallback import MultipartFileUploadFallback
    from .parsing_readiness import ParsingReadiness
    from .parsing_readiness_image_reading import ParsingReadinessImageReading
    from .parsing_readiness_providers import ParsingReadinessProviders
    from .presign_file_upload_part_request import PresignFileUploadPartRequest
    from .presign_file_upload_part_response import PresignFileUploadPartResponse
    from .presign_file_upload_part_response_headers import PresignFileUploadPartResponseHeaders
    from .presigned_file_upload_session import PresignedFileUploadSession
    from .presigned_file_upload_session_headers import PresignedFileUploadSessionHeaders
    from .presigned_multipart_file_upload_session import PresignedMultipartFileUploadSession
    from .promote_run_request import PromoteRunRequest
    from .promote_run_response import PromoteRunResponse
    from .promote_run_response_automation_type import PromoteRunResponseAutomationType
    from .public_model import PublicModel
    from .public_model_capabilities_item import PublicModelCapabilitiesItem
    from .public_model_cost import PublicModelCost
    from .public_model_default_for_item import PublicModelDefaultForItem
    from .public_model_health import PublicModelHealth
    from .public_model_kind import PublicModelKind
    from .public_model_limits import PublicModelLimits
    from .public_model_location import PublicModelLocation
    from .public_resend_email_server import PublicResendEmailServer
    from .public_smtp_email_server import PublicSmtpEmailServer
    from .public_smtp_email_server_security import PublicSmtpEmailServerSecurity
    from .restore_automation_version_request import RestoreAutomationVersionRequest
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
    from .run_created_event import RunCreatedEvent
    from .run_created_event_data import RunCreatedEventData
    from .run_debug import RunDebug
    from .run_eval import RunEval
    from .run_event import RunEvent
    from .run_event_metadata import RunEventMetadata
    from .run_events_response import RunEventsResponse
    from .run_execution_meta import RunExecutionMeta
    from .run_execution_retry import RunExecutionRetry
    from .run_execution_retry_next_run_type_0 import RunExecutionRetryNextRunType0
    from .run_file import RunFile
    from .run_human_review_summary import RunHumanReviewSummary
    from .run_human_review_summary_source_kind import RunHumanReviewSummarySourceKind
    from .run_input import RunInput
    from .run_list_item import RunListItem
    from .run_list_item_type import RunListItemType
    from .run_output_type_0 import RunOutputType0
    from .run_review import RunReview
    from .run_review_close_request import RunReviewCloseRequest
    from .run_review_close_request_status import RunReviewCloseRequestStatus
    from .run_review_correction import RunReviewCorrection
    from .run_review_correction_kind import RunReviewCorrectionKind
    from .run_review_detail import RunReviewDetail
    from .run_review_expected_artifacts import RunReviewExpectedArtifacts
    from .run_review_expected_file_copy_request import RunReviewExpectedFileCopyRequest
    from .run_review_expected_file_mutation_response import RunReviewExpectedFileMutationResponse
    from .run_review_expected_file_update_request import RunReviewExpectedFileUpdateRequest
    from .run_review_expected_file_update_response import RunReviewExpectedFileUpdateResponse
    from .run_review_expected_file_upload_request import RunReviewExpectedFileUploadRequest
    from .run_review_health_bucket import RunReviewHealthBucket
    from .run_review_health_confidence import RunReviewHealthConfidence
    from .run_review_health_response import RunReviewHealthResponse
    from .run_review_health_response_granularity import RunReviewHealthResponseGranularity
    from .run_review_health_response_granularity_bucket import RunReviewHealthResponseGranularityBucket
    from .run_review_health_response_time_range import RunReviewHealthResponseTimeRange
    from .run_review_health_rolling_point import RunReviewHealthRollingPoint
    from .run_review_health_summary import RunReviewHealthSummary
    from .run_review_request import RunReviewRequest
    from .run_review_request_corrections_item import RunReviewRequestCorrectionsItem
    from .run_review_request_corrections_item_kind import RunReviewRequestCorrectionsItemKind
    from .run_review_request_status import RunReviewRequestStatus
    from .run_review_request_verdict_type_0 import RunReviewRequestVerdictType0
    from .run_review_status import RunReviewStatus
    from .run_review_summary import RunReviewSummary
    from .run_review_summary_status import RunReviewSummaryStatus
    from .run_review_summary_verdict_type_0 import RunReviewSummaryVerdictType0
    from .run_review_verdict_type_0 import RunReviewVerdictType0
    from .run_scores_response import RunScoresResponse
    from .run_source import RunSource
    from .run_source_git import RunSourceGit
    from .run_start_body import RunStartBody
    from .run_start_body_files import RunStartBodyFiles
    from .run_start_body_files_additional_property_type_0_item_type_0 import (
        RunStartBodyFilesAdditionalPropertyType0ItemType0,
    )
    from .run_start_body_files_additional_property_type_0_item_type_1 import (
        RunStartBodyFilesAdditionalPropertyType0ItemType1,
    )
    from .run_start_body_files_additional_property_type_0_item_type_1_inline import (
        RunStartBodyFilesAdditionalPropertyType0ItemType1Inline,
    )
    from .run_start_body_files_additional_property_type_1 import RunStartBodyFilesAdditionalPropertyType1
    from .run_start_body_files_additional_property_type_2 import RunStartBodyFilesAdditionalPropertyType2
    from .run_start_body_files_additional_property_type_2_inline import (
        RunStartBodyFilesAdditionalPropertyType2Inline,
    )
    from .run_start_body_input import RunStartBodyInput
    from .run_start_body_metadata import RunStartBodyMetadata
    from .run_start_body_overrides import RunStartBodyOverrides
    from .run_start_body_overrides_steps import RunStartBodyOverridesSteps
    from .run_start_body_overrides_steps_additional_property import (
        RunStartBodyOverridesStepsAdditionalProperty,
    )
    from .run_start_multipart_request import RunStartMultipartRequest
    from .run_status_changed_event import RunStatusChangedEvent
    from .run_status_changed_event_data import RunStatusChangedEventData
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
    from .runs_artifacts_list_bundle import RunsArtifactsListBundle
    from .runs_artifacts_list_zip import RunsArtifactsListZip
    from .runs_list_response import RunsListResponse
    from .runs_start_x_eigenpal_trigger import RunsStartXEigenpalTrigger
    from .template import Template
    from .template_file_reference_request import TemplateFileReferenceRequest
    from .template_format import TemplateFormat
    from .template_grammar import TemplateGrammar
    from .template_replace_request import TemplateReplaceRequest
    from .template_revision import TemplateRevision
    from .template_staging_request import TemplateStagingRequest
    from .template_staging_request_action import TemplateStagingRequestAction
    from .template_staging_response import TemplateStagingResponse
    from .template_tokens_item import TemplateTokensItem
    from .template_tokens_item_kind import TemplateTokensItemKind
    from .template_tokens_item_type import TemplateTokensItemType
    from .test_email_server_request import TestEmailServerRequest
    from .test_email_server_response_type_0 import TestEmailServerResponseType0
    from .test_email_server_response_type_0_transport import TestEmailServerResponseType0Transport
    from .test_email_server_response_type_1 import TestEmailServerResponseType1
    from .update_automation_request import UpdateAutomationRequest
    from .update_dataset_review_item import UpdateDatasetReviewItem
    from .update_dataset_review_item_action import UpdateDatasetReviewItemAction
    from .update_dataset_review_item_decision_type_0 import UpdateDatasetReviewItemDecisionType0
    from .update_dataset_review_request import UpdateDatasetReviewRequest
    from .update_dataset_review_request_status import UpdateDatasetReviewRequestStatus
    from .update_email_server_request_type_0 import UpdateEmailServerRequestType0
    from .update_email_server_request_type_1 import UpdateEmailServerRequestType1
    from .update_email_server_request_type_1_security import UpdateEmailServerRequestType1Security
    from .update_email_server_request_type_2 import UpdateEmailServerRequestType2
    from .update_folder_request import UpdateFolderRequest
    from .webhook_run import WebhookRun
    from .webhook_run_output_type_0 import WebhookRunOutputType0
    from .webhook_run_type import WebhookRunType
    from .workflow_evaluator_config import WorkflowEvaluatorConfig
    from .workflow_evaluator_config_response import WorkflowEvaluatorConfigResponse
    from .workflow_run_execution import WorkflowRunExecution
    from .workflow_run_execution_expected import WorkflowRunExecutionExpected

_MODULES: dict[str, str] = {
    "AbortFileUploadResponse": ".abort_file_upload_response",
    "AcceptHttpChunkedUploadChunkResponse": ".accept_http_chunked_upload_chunk_response",
    "AgentEvaluation": ".agent_evaluation",
    "AgentEvaluationEvaluators": ".agent_evaluation_evaluators",
    "AgentEvaluationEvaluatorsAdditionalPropertyType0": ".agent_evaluation_evaluators_additional_property_type_0",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1": ".agent_evaluation_evaluators_additional_property_type_1",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1Options": ".agent_evaluation_evaluators_additional_property_type_1_options",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules": ".agent_evaluation_evaluators_additional_property_type_1_options_rules",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalProperty": ".agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems": ".agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_items",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder": ".agent_evaluation_evaluators_additional_property_type_1_options_rules_additional_property_order",
    "AgentEvaluationEvaluatorsAdditionalPropertyType2": ".agent_evaluation_evaluators_additional_property_type_2",
    "AgentEvaluationPassType0": ".agent_evaluation_pass_type_0",
    "AgentEvaluationPassType1": ".agent_evaluation_pass_type_1",
    "AgentEvaluationPassType1Weights": ".agent_evaluation_pass_type_1_weights",
    "AgentEvaluatorConfigResponse": ".agent_evaluator_config_response",
    "AgentEvaluatorConfigResponseSource": ".agent_evaluator_config_response_source",
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
    "AutomationsDatasetReviewRequestsItemsFilesGetKind": ".automations_dataset_review_requests_items_files_get_kind",
    "AutomationsExamplesListInclude": ".automations_examples_list_include",
    "AutomationsExperimentsExportAllFormat": ".automations_experiments_export_all_format",
    "AutomationsExperimentsExportFormat": ".automations_experiments_export_format",
    "AutomationsListType": ".automations_list_type",
    "AutomationsReviewsHealthBucket": ".automations_reviews_health_bucket",
    "CreateAutomationVersionRequestType0": ".create_automation_version_request_type_0",
    "CreateAutomationVersionRequestType1": ".create_automation_version_request_type_1",
    "CreateDatasetReviewRequest": ".create_dataset_review_request",
    "CreateDatasetReviewRequestStatus": ".create_dataset_review_request_status",
    "CreateEmailServerRequestType0": ".create_email_server_request_type_0",
    "CreateEmailServerRequestType1": ".create_email_server_request_type_1",
    "CreateEmailServerRequestType1Security": ".create_email_server_request_type_1_security",
    "CreateFileMultipartRequest": ".create_file_multipart_request",
    "CreateFileMultipartRequestPurpose": ".create_file_multipart_request_purpose",
    "CreateFileUploadSessionRequest": ".create_file_upload_session_request",
    "CreateFileUploadSessionRequestPurpose": ".create_file_upload_session_request_purpose",
    "CreateFolderRequest": ".create_folder_request",
    "CreatedTemplate": ".created_template",
    "CreatedTemplateFormat": ".created_template_format",
    "CreatedTemplateGrammar": ".created_template_grammar",
    "CreatedTemplateTokensItem": ".created_template_tokens_item",
    "CreatedTemplateTokensItemKind": ".created_template_tokens_item_kind",
    "CreatedTemplateTokensItemType": ".created_template_tokens_item_type",
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
    "DatasetReviewCreateItemNote": ".dataset_review_create_item_note",
    "DatasetReviewDetail": ".dataset_review_detail",
    "DatasetReviewDetailStatus": ".dataset_review_detail_status",
    "DatasetReviewEvent": ".dataset_review_event",
    "DatasetReviewEventAction": ".dataset_review_event_action",
    "DatasetReviewEventList": ".dataset_review_event_list",
    "DatasetReviewExpectedFile": ".dataset_review_expected_file",
    "DatasetReviewExpectedFileOrigin": ".dataset_review_expected_file_origin",
    "DatasetReviewFieldDecision": ".dataset_review_field_decision",
    "DatasetReviewFieldDecisionDecision": ".dataset_review_field_decision_decision",
    "DatasetReviewFileDecision": ".dataset_review_file_decision",
    "DatasetReviewFileDecisionDecision": ".dataset_review_file_decision_decision",
    "DatasetReviewFocusField": ".dataset_review_focus_field",
    "DatasetReviewFocusFieldOutput": ".dataset_review_focus_field_output",
    "DatasetReviewInboxItem": ".dataset_review_inbox_item",
    "DatasetReviewInboxItemStatus": ".dataset_review_inbox_item_status",
    "DatasetReviewInboxList": ".dataset_review_inbox_list",
    "DatasetReviewItem": ".dataset_review_item",
    "DatasetReviewItemFieldDecisions": ".dataset_review_item_field_decisions",
    "DatasetReviewItemFieldNote": ".dataset_review_item_field_note",
    "DatasetReviewItemFileDecisions": ".dataset_review_item_file_decisions",
    "DatasetReviewItemList": ".dataset_review_item_list",
    "DatasetReviewItemResponse": ".dataset_review_item_response",
    "DatasetReviewItemSnapshotInputJsonType0": ".dataset_review_item_snapshot_input_json_type_0",
    "DatasetReviewItemSnapshotManifest": ".dataset_review_item_snapshot_manifest",
    "DatasetReviewItemSnapshotManifestExpectedFilesItem": ".dataset_review_item_snapshot_manifest_expected_files_item",
    "DatasetReviewItemSnapshotManifestInputFileHashesItem": ".dataset_review_item_snapshot_manifest_input_file_hashes_item",
    "DatasetReviewItemSnapshotManifestMetadataType0": ".dataset_review_item_snapshot_manifest_metadata_type_0",
    "DatasetReviewItemStatus": ".dataset_review_item_status",
    "DatasetReviewProgress": ".dataset_review_progress",
    "DatasetReviewRequest": ".dataset_review_request",
    "DatasetReviewRequestList": ".dataset_review_request_list",
    "DatasetReviewRequestStatus": ".dataset_review_request_status",
    "DeleteAutomationResponse": ".delete_automation_response",
    "DeleteEmailServerResponse": ".delete_email_server_response",
    "DeleteFileResponse": ".delete_file_response",
    "DeleteFolderResponse": ".delete_folder_response",
    "DeleteTemplateResponse": ".delete_template_response",
    "EditDatasetReviewItemFile": ".edit_dataset_review_item_file",
    "EvalResult": ".eval_result",
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
    "FileUploadSession": ".file_upload_session",
    "FileUploadSessionPartsItem": ".file_upload_session_parts_item",
    "FileUploadSessionTransport": ".file_upload_session_transport",
    "Folder": ".folder",
    "FolderPreviewItemsItem": ".folder_preview_items_item",
    "FolderPreviewItemsItemKind": ".folder_preview_items_item_kind",
    "FolderType": ".folder_type",
    "FoldersListType": ".folders_list_type",
    "HttpChunkedFileUploadSession": ".http_chunked_file_upload_session",
    "HumanReviewApproveResponse": ".human_review_approve_response",
    "HumanReviewFieldResponse": ".human_review_field_response",
    "HumanReviewListResponse": ".human_review_list_response",
    "HumanReviewListResponseTasksItem": ".human_review_list_response_tasks_item",
    "HumanReviewListResponseTasksItemSourceKind": ".human_review_list_response_tasks_item_source_kind",
    "HumanReviewListResponseTasksItemStatus": ".human_review_list_response_tasks_item_status",
    "HumanReviewRejectResponse": ".human_review_reject_response",
    "HumanReviewTaskDetail": ".human_review_task_detail",
    "HumanReviewTaskDetailDecisionsItem": ".human_review_task_detail_decisions_item",
    "HumanReviewTaskDetailDecisionsItemReason": ".human_review_task_detail_decisions_item_reason",
    "HumanReviewTaskDetailDraftDataType0": ".human_review_task_detail_draft_data_type_0",
    "HumanReviewTaskDetailFieldMetadata": ".human_review_task_detail_field_metadata",
    "HumanReviewTaskDetailFieldMetadataAdditionalProperty": ".human_review_task_detail_field_metadata_additional_property",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1": ".human_review_task_detail_field_metadata_additional_property_confidence_type_1",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay": ".human_review_task_detail_field_metadata_additional_property_display",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview": ".human_review_task_detail_field_metadata_additional_property_review",
    "HumanReviewTaskDetailFilesItem": ".human_review_task_detail_files_item",
    "HumanReviewTaskDetailFilesItemRole": ".human_review_task_detail_files_item_role",
    "HumanReviewTaskDetailInputType0": ".human_review_task_detail_input_type_0",
    "HumanReviewTaskDetailInputType0DataType0": ".human_review_task_detail_input_type_0_data_type_0",
    "HumanReviewTaskDetailInputType1": ".human_review_task_detail_input_type_1",
    "HumanReviewTaskDetailLineage": ".human_review_task_detail_lineage",
    "HumanReviewTaskDetailMachineDataType0": ".human_review_task_detail_machine_data_type_0",
    "HumanReviewTaskDetailParsedDocument": ".human_review_task_detail_parsed_document",
    "HumanReviewTaskDetailSchemaType0": ".human_review_task_detail_schema_type_0",
    "HumanReviewTaskDetailSelectionReasons": ".human_review_task_detail_selection_reasons",
    "HumanReviewTaskDetailSelectionReasonsAdditionalProperty": ".human_review_task_detail_selection_reasons_additional_property",
    "HumanReviewTaskDetailSourceKind": ".human_review_task_detail_source_kind",
    "HumanReviewTaskDetailStatus": ".human_review_task_detail_status",
    "HumanReviewTaskResponse": ".human_review_task_response",
    "HumanReviewsApproveBody": ".human_reviews_approve_body",
    "HumanReviewsFieldsConfirmBody": ".human_reviews_fields_confirm_body",
    "HumanReviewsRejectBody": ".human_reviews_reject_body",
    "ListAutomationVersionsResponse": ".list_automation_versions_response",
    "ListAutomationsResponse": ".list_automations_response",
    "ListEmailServersResponse": ".list_email_servers_response",
    "ListFileUploadPartsResponse": ".list_file_upload_parts_response",
    "ListFileUploadPartsResponsePartsItem": ".list_file_upload_parts_response_parts_item",
    "ListModelsResponse": ".list_models_response",
    "ListTemplatesResponse": ".list_templates_response",
    "ModelsListCapability": ".models_list_capability",
    "MultipartFileUploadFallback": ".multipart_file_upload_fallback",
    "ParsingReadiness": ".parsing_readiness",
    "ParsingReadinessImageReading": ".parsing_readiness_image_reading",
    "ParsingReadinessProviders": ".parsing_readiness_providers",
    "PresignFileUploadPartRequest": ".presign_file_upload_part_request",
    "PresignFileUploadPartResponse": ".presign_file_upload_part_response",
    "PresignFileUploadPartResponseHeaders": ".presign_file_upload_part_response_headers",
    "PresignedFileUploadSession": ".presigned_file_upload_session",
    "PresignedFileUploadSessionHeaders": ".presigned_file_upload_session_headers",
    "PresignedMultipartFileUploadSession": ".presigned_multipart_file_upload_session",
    "PromoteRunRequest": ".promote_run_request",
    "PromoteRunResponse": ".promote_run_response",
    "PromoteRunResponseAutomationType": ".promote_run_response_automation_type",
    "PublicModel": ".public_model",
    "PublicModelCapabilitiesItem": ".public_model_capabilities_item",
    "PublicModelCost": ".public_model_cost",
    "PublicModelDefaultForItem": ".public_model_default_for_item",
    "PublicModelHealth": ".public_model_health",
    "PublicModelKind": ".public_model_kind",
    "PublicModelLimits": ".public_model_limits",
    "PublicModelLocation": ".public_model_location",
    "PublicResendEmailServer": ".public_resend_email_server",
    "PublicSmtpEmailServer": ".public_smtp_email_server",
    "PublicSmtpEmailServerSecurity": ".public_smtp_email_server_security",
    "RestoreAutomationVersionRequest": ".restore_automation_version_request",
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
    "RunCreatedEvent": ".run_created_event",
    "RunCreatedEventData": ".run_created_event_data",
    "RunDebug": ".run_debug",
    "RunEval": ".run_eval",
    "RunEvent": ".run_event",
    "RunEventMetadata": ".run_event_metadata",
    "RunEventsResponse": ".run_events_response",
    "RunExecutionMeta": ".run_execution_meta",
    "RunExecutionRetry": ".run_execution_retry",
    "RunExecutionRetryNextRunType0": ".run_execution_retry_next_run_type_0",
    "RunFile": ".run_file",
    "RunHumanReviewSummary": ".run_human_review_summary",
    "RunHumanReviewSummarySourceKind": ".run_human_review_summary_source_kind",
    "RunInput": ".run_input",
    "RunListItem": ".run_list_item",
    "RunListItemType": ".run_list_item_type",
    "RunOutputType0": ".run_output_type_0",
    "RunReview": ".run_review",
    "RunReviewCloseRequest": ".run_review_close_request",
    "RunReviewCloseRequestStatus": ".run_review_close_request_status",
    "RunReviewCorrection": ".run_review_correction",
    "RunReviewCorrectionKind": ".run_review_correction_kind",
    "RunReviewDetail": ".run_review_detail",
    "RunReviewExpectedArtifacts": ".run_review_expected_artifacts",
    "RunReviewExpectedFileCopyRequest": ".run_review_expected_file_copy_request",
    "RunReviewExpectedFileMutationResponse": ".run_review_expected_file_mutation_response",
    "RunReviewExpectedFileUpdateRequest": ".run_review_expected_file_update_request",
    "RunReviewExpectedFileUpdateResponse": ".run_review_expected_file_update_response",
    "RunReviewExpectedFileUploadRequest": ".run_review_expected_file_upload_request",
    "RunReviewHealthBucket": ".run_review_health_bucket",
    "RunReviewHealthConfidence": ".run_review_health_confidence",
    "RunReviewHealthResponse": ".run_review_health_response",
    "RunReviewHealthResponseGranularity": ".run_review_health_response_granularity",
    "RunReviewHealthResponseGranularityBucket": ".run_review_health_response_granularity_bucket",
    "RunReviewHealthResponseTimeRange": ".run_review_health_response_time_range",
    "RunReviewHealthRollingPoint": ".run_review_health_rolling_point",
    "RunReviewHealthSummary": ".run_review_health_summary",
    "RunReviewRequest": ".run_review_request",
    "RunReviewRequestCorrectionsItem": ".run_review_request_corrections_item",
    "RunReviewRequestCorrectionsItemKind": ".run_review_request_corrections_item_kind",
    "RunReviewRequestStatus": ".run_review_request_status",
    "RunReviewRequestVerdictType0": ".run_review_request_verdict_type_0",
    "RunReviewStatus": ".run_review_status",
    "RunReviewSummary": ".run_review_summary",
    "RunReviewSummaryStatus": ".run_review_summary_status",
    "RunReviewSummaryVerdictType0": ".run_review_summary_verdict_type_0",
    "RunReviewVerdictType0": ".run_review_verdict_type_0",
    "RunScoresResponse": ".run_scores_response",
    "RunSource": ".run_source",
    "RunSourceGit": ".run_source_git",
    "RunStartBody": ".run_start_body",
    "RunStartBodyFiles": ".run_start_body_files",
    "RunStartBodyFilesAdditionalPropertyType0ItemType0": ".run_start_body_files_additional_property_type_0_item_type_0",
    "RunStartBodyFilesAdditionalPropertyType0ItemType1": ".run_start_body_files_additional_property_type_0_item_type_1",
    "RunStartBodyFilesAdditionalPropertyType0ItemType1Inline": ".run_start_body_files_additional_property_type_0_item_type_1_inline",
    "RunStartBodyFilesAdditionalPropertyType1": ".run_start_body_files_additional_property_type_1",
    "RunStartBodyFilesAdditionalPropertyType2": ".run_start_body_files_additional_property_type_2",
    "RunStartBodyFilesAdditionalPropertyType2Inline": ".run_start_body_files_additional_property_type_2_inline",
    "RunStartBodyInput": ".run_start_body_input",
    "RunStartBodyMetadata": ".run_start_body_metadata",
    "RunStartBodyOverrides": ".run_start_body_overrides",
    "RunStartBodyOverridesSteps": ".run_start_body_overrides_steps",
    "RunStartBodyOverridesStepsAdditionalProperty": ".run_start_body_overrides_steps_additional_property",
    "RunStartMultipartRequest": ".run_start_multipart_request",
    "RunStatusChangedEvent": ".run_status_changed_event",
    "RunStatusChangedEventData": ".run_status_changed_event_data",
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
    "RunsArtifactsListBundle": ".runs_artifacts_list_bundle",
    "RunsArtifactsListZip": ".runs_artifacts_list_zip",
    "RunsListResponse": ".runs_list_response",
    "RunsStartXEigenpalTrigger": ".runs_start_x_eigenpal_trigger",
    "Template": ".template",
    "TemplateFileReferenceRequest": ".template_file_reference_request",
    "TemplateFormat": ".template_format",
    "TemplateGrammar": ".template_grammar",
    "TemplateReplaceRequest": ".template_replace_request",
    "TemplateRevision": ".template_revision",
    "TemplateStagingRequest": ".template_staging_request",
    "TemplateStagingRequestAction": ".template_staging_request_action",
    "TemplateStagingResponse": ".template_staging_response",
    "TemplateTokensItem": ".template_tokens_item",
    "TemplateTokensItemKind": ".template_tokens_item_kind",
    "TemplateTokensItemType": ".template_tokens_item_type",
    "TestEmailServerRequest": ".test_email_server_request",
    "TestEmailServerResponseType0": ".test_email_server_response_type_0",
    "TestEmailServerResponseType0Transport": ".test_email_server_response_type_0_transport",
    "TestEmailServerResponseType1": ".test_email_server_response_type_1",
    "UpdateAutomationRequest": ".update_automation_request",
    "UpdateDatasetReviewItem": ".update_dataset_review_item",
    "UpdateDatasetReviewItemAction": ".update_dataset_review_item_action",
    "UpdateDatasetReviewItemDecisionType0": ".update_dataset_review_item_decision_type_0",
    "UpdateDatasetReviewRequest": ".update_dataset_review_request",
    "UpdateDatasetReviewRequestStatus": ".update_dataset_review_request_status",
    "UpdateEmailServerRequestType0": ".update_email_server_request_type_0",
    "UpdateEmailServerRequestType1": ".update_email_server_request_type_1",
    "UpdateEmailServerRequestType1Security": ".update_email_server_request_type_1_security",
    "UpdateEmailServerRequestType2": ".update_email_server_request_type_2",
    "UpdateFolderRequest": ".update_folder_request",
    "WebhookRun": ".webhook_run",
    "WebhookRunOutputType0": ".webhook_run_output_type_0",
    "WebhookRunType": ".webhook_run_type",
    "WorkflowEvaluatorConfig": ".workflow_evaluator_config",
    "WorkflowEvaluatorConfigResponse": ".workflow_evaluator_config_response",
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
    "AbortFileUploadResponse",
    "AcceptHttpChunkedUploadChunkResponse",
    "AgentEvaluation",
    "AgentEvaluationEvaluators",
    "AgentEvaluationEvaluatorsAdditionalPropertyType0",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1Options",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRules",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalProperty",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyItems",
    "AgentEvaluationEvaluatorsAdditionalPropertyType1OptionsRulesAdditionalPropertyOrder",
    "AgentEvaluationEvaluatorsAdditionalPropertyType2",
    "AgentEvaluationPassType0",
    "AgentEvaluationPassType1",
    "AgentEvaluationPassType1Weights",
    "AgentEvaluatorConfigResponse",
    "AgentEvaluatorConfigResponseSource",
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
    "AutomationsDatasetReviewRequestsItemsFilesGetKind",
    "AutomationsExamplesListInclude",
    "AutomationsExperimentsExportAllFormat",
    "AutomationsExperimentsExportFormat",
    "AutomationsListType",
    "AutomationsReviewsHealthBucket",
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
    "CreateAutomationVersionRequestType0",
    "CreateAutomationVersionRequestType1",
    "CreateDatasetReviewRequest",
    "CreateDatasetReviewRequestStatus",
    "CreatedTemplate",
    "CreatedTemplateFormat",
    "CreatedTemplateGrammar",
    "CreatedTemplateTokensItem",
    "CreatedTemplateTokensItemKind",
    "CreatedTemplateTokensItemType",
    "CreateEmailServerRequestType0",
    "CreateEmailServerRequestType1",
    "CreateEmailServerRequestType1Security",
    "CreateFileMultipartRequest",
    "CreateFileMultipartRequestPurpose",
    "CreateFileUploadSessionRequest",
    "CreateFileUploadSessionRequestPurpose",
    "CreateFolderRequest",
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
    "DatasetReviewCreateItemNote",
    "DatasetReviewDetail",
    "DatasetReviewDetailStatus",
    "DatasetReviewEvent",
    "DatasetReviewEventAction",
    "DatasetReviewEventList",
    "DatasetReviewExpectedFile",
    "DatasetReviewExpectedFileOrigin",
    "DatasetReviewFieldDecision",
    "DatasetReviewFieldDecisionDecision",
    "DatasetReviewFileDecision",
    "DatasetReviewFileDecisionDecision",
    "DatasetReviewFocusField",
    "DatasetReviewFocusFieldOutput",
    "DatasetReviewInboxItem",
    "DatasetReviewInboxItemStatus",
    "DatasetReviewInboxList",
    "DatasetReviewItem",
    "DatasetReviewItemFieldDecisions",
    "DatasetReviewItemFieldNote",
    "DatasetReviewItemFileDecisions",
    "DatasetReviewItemList",
    "DatasetReviewItemResponse",
    "DatasetReviewItemSnapshotInputJsonType0",
    "DatasetReviewItemSnapshotManifest",
    "DatasetReviewItemSnapshotManifestExpectedFilesItem",
    "DatasetReviewItemSnapshotManifestInputFileHashesItem",
    "DatasetReviewItemSnapshotManifestMetadataType0",
    "DatasetReviewItemStatus",
    "DatasetReviewProgress",
    "DatasetReviewRequest",
    "DatasetReviewRequestList",
    "DatasetReviewRequestStatus",
    "DeleteAutomationResponse",
    "DeleteEmailServerResponse",
    "DeleteFileResponse",
    "DeleteFolderResponse",
    "DeleteTemplateResponse",
    "EditDatasetReviewItemFile",
    "EvalResult",
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
    "FileUploadSession",
    "FileUploadSessionPartsItem",
    "FileUploadSessionTransport",
    "Folder",
    "FolderPreviewItemsItem",
    "FolderPreviewItemsItemKind",
    "FoldersListType",
    "FolderType",
    "HttpChunkedFileUploadSession",
    "HumanReviewApproveResponse",
    "HumanReviewFieldResponse",
    "HumanReviewListResponse",
    "HumanReviewListResponseTasksItem",
    "HumanReviewListResponseTasksItemSourceKind",
    "HumanReviewListResponseTasksItemStatus",
    "HumanReviewRejectResponse",
    "HumanReviewsApproveBody",
    "HumanReviewsFieldsConfirmBody",
    "HumanReviewsRejectBody",
    "HumanReviewTaskDetail",
    "HumanReviewTaskDetailDecisionsItem",
    "HumanReviewTaskDetailDecisionsItemReason",
    "HumanReviewTaskDetailDraftDataType0",
    "HumanReviewTaskDetailFieldMetadata",
    "HumanReviewTaskDetailFieldMetadataAdditionalProperty",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyConfidenceType1",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyDisplay",
    "HumanReviewTaskDetailFieldMetadataAdditionalPropertyReview",
    "HumanReviewTaskDetailFilesItem",
    "HumanReviewTaskDetailFilesItemRole",
    "HumanReviewTaskDetailInputType0",
    "HumanReviewTaskDetailInputType0DataType0",
    "HumanReviewTaskDetailInputType1",
    "HumanReviewTaskDetailLineage",
    "HumanReviewTaskDetailMachineDataType0",
    "HumanReviewTaskDetailParsedDocument",
    "HumanReviewTaskDetailSchemaType0",
    "HumanReviewTaskDetailSelectionReasons",
    "HumanReviewTaskDetailSelectionReasonsAdditionalProperty",
    "HumanReviewTaskDetailSourceKind",
    "HumanReviewTaskDetailStatus",
    "HumanReviewTaskResponse",
    "ListAutomationsResponse",
    "ListAutomationVersionsResponse",
    "ListEmailServersResponse",
    "ListFileUploadPartsResponse",
    "ListFileUploadPartsResponsePartsItem",
    "ListModelsResponse",
    "ListTemplatesResponse",
    "ModelsListCapability",
    "MultipartFileUploadFallback",
    "ParsingReadiness",
    "ParsingReadinessImageReading",
    "ParsingReadinessProviders",
    "PresignedFileUploadSession",
    "PresignedFileUploadSessionHeaders",
    "PresignedMultipartFileUploadSession",
    "PresignFileUploadPartRequest",
    "PresignFileUploadPartResponse",
    "PresignFileUploadPartResponseHeaders",
    "PromoteRunRequest",
    "PromoteRunResponse",
    "PromoteRunResponseAutomationType",
    "PublicModel",
    "PublicModelCapabilitiesItem",
    "PublicModelCost",
    "PublicModelDefaultForItem",
    "PublicModelHealth",
    "PublicModelKind",
    "PublicModelLimits",
    "PublicModelLocation",
    "PublicResendEmailServer",
    "PublicSmtpEmailServer",
    "PublicSmtpEmailServerSecurity",
    "RestoreAutomationVersionRequest",
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
    "RunCreatedEvent",
    "RunCreatedEventData",
    "RunDebug",
    "RunEval",
    "RunEvent",
    "RunEventMetadata",
    "RunEventsResponse",
    "RunExecutionMeta",
    "RunExecutionRetry",
    "RunExecutionRetryNextRunType0",
    "RunFile",
    "RunHumanReviewSummary",
    "RunHumanReviewSummarySourceKind",
    "RunInput",
    "RunListItem",
    "RunListItemType",
    "RunOutputType0",
    "RunReview",
    "RunReviewCloseRequest",
    "RunReviewCloseRequestStatus",
    "RunReviewCorrection",
    "RunReviewCorrectionKind",
    "RunReviewDetail",
    "RunReviewExpectedArtifacts",
    "RunReviewExpectedFileCopyRequest",
    "RunReviewExpectedFileMutationResponse",
    "RunReviewExpectedFileUpdateRequest",
    "RunReviewExpectedFileUpdateResponse",
    "RunReviewExpectedFileUploadRequest",
    "RunReviewHealthBucket",
    "RunReviewHealthConfidence",
    "RunReviewHealthResponse",
    "RunReviewHealthResponseGranularity",
    "RunReviewHealthResponseGranularityBucket",
    "RunReviewHealthResponseTimeRange",
    "RunReviewHealthRollingPoint",
    "RunReviewHealthSummary",
    "RunReviewRequest",
    "RunReviewRequestCorrectionsItem",
    "RunReviewRequestCorrectionsItemKind",
    "RunReviewRequestStatus",
    "RunReviewRequestVerdictType0",
    "RunReviewStatus",
    "RunReviewSummary",
    "RunReviewSummaryStatus",
    "RunReviewSummaryVerdictType0",
    "RunReviewVerdictType0",
    "RunsArtifactsListBundle",
    "RunsArtifactsListZip",
    "RunScoresResponse",
    "RunsListResponse",
    "RunSource",
    "RunSourceGit",
    "RunsStartXEigenpalTrigger",
    "RunStartBody",
    "RunStartBodyFiles",
    "RunStartBodyFilesAdditionalPropertyType0ItemType0",
    "RunStartBodyFilesAdditionalPropertyType0ItemType1",
    "RunStartBodyFilesAdditionalPropertyType0ItemType1Inline",
    "RunStartBodyFilesAdditionalPropertyType1",
    "RunStartBodyFilesAdditionalPropertyType2",
    "RunStartBodyFilesAdditionalPropertyType2Inline",
    "RunStartBodyInput",
    "RunStartBodyMetadata",
    "RunStartBodyOverrides",
    "RunStartBodyOverridesSteps",
    "RunStartBodyOverridesStepsAdditionalProperty",
    "RunStartMultipartRequest",
    "RunStatusChangedEvent",
    "RunStatusChangedEventData",
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
    "Template",
    "TemplateFileReferenceRequest",
    "TemplateFormat",
    "TemplateGrammar",
    "TemplateReplaceRequest",
    "TemplateRevision",
    "TemplateStagingRequest",
    "TemplateStagingRequestAction",
    "TemplateStagingResponse",
    "TemplateTokensItem",
    "TemplateTokensItemKind",
    "TemplateTokensItemType",
    "TestEmailServerRequest",
    "TestEmailServerResponseType0",
    "TestEmailServerResponseType0Transport",
    "TestEmailServerResponseType1",
    "UpdateAutomationRequest",
    "UpdateDatasetReviewItem",
    "UpdateDatasetReviewItemAction",
    "UpdateDatasetReviewItemDecisionType0",
    "UpdateDatasetReviewRequest",
    "UpdateDatasetReviewRequestStatus",
    "UpdateEmailServerRequestType0",
    "UpdateEmailServerRequestType1",
    "UpdateEmailServerRequestType1Security",
    "UpdateEmailServerRequestType2",
    "UpdateFolderRequest",
    "WebhookRun",
    "WebhookRunOutputType0",
    "WebhookRunType",
    "WorkflowEvaluatorConfig",
    "WorkflowEvaluatorConfigResponse",
    "WorkflowRunExecution",
    "WorkflowRunExecutionExpected",
)

"""What request values openapi.yaml allows, the one source for every check and choice list.

``BODY_RULES``: each JSON body's fields, checked by ``eigenpal._params.make_body`` before anything is sent,
whether a field comes as a keyword or inside a dict. ``QUERY_RULES``: each operation's query parameters
(the generated methods inline theirs; the command line reads its choices here). Never edit by hand."""

from typing import Any

BODY_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "CreateAutomationVersionRequest": {},
    "CreateDatasetReviewRequest": {
        "title": {"type": "string"},
        "exampleNames": {"items": {"type": "string"}, "type": "array"},
        "instructions": {"nullable": True, "type": "string"},
        "focusFields": {"items": {"type": "object"}, "type": "array"},
        "ignoredFields": {"items": {"type": "string"}, "type": "array"},
        "itemNotes": {"items": {"type": "object"}, "type": "array"},
        "status": {"type": "string", "values": ["draft", "open", "paused"]},
    },
    "CreateEmailServerRequest": {},
    "CreateFileUploadSessionRequest": {
        "filename": {"type": "string"},
        "contentType": {"type": "string"},
        "size": {"type": "integer"},
        "purpose": {"type": "string", "values": ["builder-attachment", "run-input"]},
        "idempotencyKey": {"type": "string"},
    },
    "CreateFolderRequest": {
        "name": {"type": "string"},
        "type": {"type": "string", "values": ["template", "workflow"]},
        "parentId": {"nullable": True, "type": "string"},
    },
    "DatasetExampleExpectedFileRenameRequest": {
        "newFilename": {"type": "string"},
    },
    "DatasetExampleInputFileRenameRequest": {
        "newFilename": {"type": "string"},
    },
    "DatasetExampleMutation": {
        "name": {"nullable": True, "type": "string"},
        "input": {"nullable": True, "type": "object"},
        "expected": {"nullable": True, "type": "any"},
        "metadata": {"nullable": True, "type": "object"},
        "annotation": {"nullable": True, "type": "string"},
        "rowOrder": {"nullable": True, "type": "integer"},
        "overrides": {"nullable": True, "type": "object"},
    },
    "DatasetExampleUpdate": {
        "name": {"nullable": True, "type": "string"},
        "input": {"nullable": True, "type": "object"},
        "expected": {"nullable": True, "type": "any"},
        "metadata": {"nullable": True, "type": "object"},
        "annotation": {"nullable": True, "type": "string"},
        "rowOrder": {"nullable": True, "type": "integer"},
        "overrides": {"nullable": True, "type": "object"},
    },
    "EvaluatorConfigUpdate": {
        "yaml": {"maxLength": 1048576, "minLength": 1, "type": "string"},
    },
    "ExperimentCreate": {
        "examples": {"items": {"type": "string"}, "type": "array"},
        "batchConcurrency": {"nullable": True, "type": "integer"},
        "sourceRef": {"type": "string"},
    },
    "PresignFileUploadPartRequest": {
        "partNumber": {"type": "integer"},
    },
    "PromoteRunRequest": {
        "name": {"maxLength": 128, "minLength": 1, "type": "string"},
    },
    "RestoreAutomationVersionRequest": {
        "message": {"type": "string"},
    },
    "RunReviewCloseRequest": {
        "status": {"type": "string", "values": ["closed", "wont_fix"]},
        "note": {"nullable": True, "type": "string"},
    },
    "RunReviewExpectedFileCopyRequest": {
        "outputFileName": {"type": "string"},
        "expectedName": {"type": "string"},
    },
    "RunReviewExpectedFileUpdateRequest": {
        "name": {"type": "string"},
    },
    "RunReviewRequest": {
        "verdict": {"nullable": True, "type": "string", "values": ["correct", "incorrect"]},
        "status": {"type": "string", "values": ["closed", "open", "wont_fix"]},
        "note": {"nullable": True, "type": "string"},
        "correctedOutput": {"nullable": True, "type": "any"},
        "corrections": {"items": {"type": "object"}, "type": "array"},
    },
    "RunStartBody": {
        "target": {"minLength": 1, "type": "string"},
        "tags": {"type": "any"},
        "input": {"type": "object"},
        "files": {"type": "object"},
        "overrides": {"type": "object"},
        "metadata": {"type": "object"},
    },
    "TemplateFileReferenceRequest": {
        "fileId": {"type": "string"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "staged": {"type": "boolean"},
    },
    "TemplateReplaceRequest": {
        "fileId": {"type": "string"},
    },
    "TemplateStagingRequest": {
        "proof": {"type": "string"},
        "action": {"type": "string", "values": ["cleanup", "finalize"]},
    },
    "TestEmailServerRequest": {
        "to": {"type": "string"},
    },
    "UpdateAutomationRequest": {
        "folderId": {"nullable": True, "type": "string"},
        "folderPath": {"type": "string"},
    },
    "UpdateDatasetReviewItem": {
        "action": {
            "type": "string",
            "values": [
                "approve",
                "comment",
                "edit",
                "edit-file",
                "field-decision",
                "file-decision",
                "remove",
                "reopen",
            ],
        },
        "expectedUpdatedAt": {"type": "string"},
        "expected": {"type": "any"},
        "comment": {"nullable": True, "type": "string"},
        "fieldPath": {"nullable": True, "type": "string"},
        "filePath": {"nullable": True, "type": "string"},
        "decision": {"nullable": True, "type": "string", "values": ["approved", "removed"]},
    },
    "UpdateDatasetReviewRequest": {
        "title": {"type": "string"},
        "instructions": {"nullable": True, "type": "string"},
        "focusFields": {"items": {"type": "object"}, "type": "array"},
        "ignoredFields": {"items": {"type": "string"}, "type": "array"},
        "status": {"type": "string", "values": ["cancelled", "closed", "draft", "open", "paused"]},
    },
    "UpdateEmailServerRequest": {},
    "UpdateFolderRequest": {
        "name": {"type": "string"},
        "parentId": {"nullable": True, "type": "string"},
    },
}

QUERY_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "automations.dataset.export": {
        "exampleIds": {"csv": True, "type": "string"},
    },
    "automations.datasetReviewRequests.items.files.get": {
        "kind": {"type": "string", "values": ["input", "expected"]},
    },
    "automations.datasetReviewRequests.items.list": {
        "status": {"csv": True, "type": "string"},
    },
    "automations.datasetReviewRequests.list": {
        "status": {"csv": True, "type": "string"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"minimum": 0, "type": "integer"},
    },
    "automations.evaluators.get": {
        "sourceRef": {"type": "string"},
    },
    "automations.examples.list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
        "include": {"type": "string", "values": ["metadata", "full"]},
    },
    "automations.experiments.export": {
        "format": {"type": "string", "values": ["csv", "json"]},
        "includeTrace": {"type": "flag"},
    },
    "automations.experiments.exportAll": {
        "format": {"type": "string", "values": ["csv", "json"]},
    },
    "automations.experiments.list": {
        "limit": {"maximum": 500, "minimum": 1, "type": "integer"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
        "fromDate": {"type": "string"},
        "toDate": {"type": "string"},
    },
    "automations.list": {
        "search": {"type": "string"},
        "type": {"type": "string", "values": ["workflow", "agent"]},
        "folderId": {"type": "string"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
    },
    "automations.reviews.health": {
        "type": {"type": "string", "values": ["workflow", "agent"]},
        "status": {"csv": True, "type": "string"},
        "trigger": {"type": "string"},
        "triggeredBy": {"type": "string"},
        "sourceRef": {"type": "string"},
        "batchId": {"type": "string"},
        "exampleId": {"type": "string"},
        "exampleIdContains": {"type": "string"},
        "from": {"type": "string"},
        "to": {"type": "string"},
        "completedAfter": {"type": "string"},
        "completedBefore": {"type": "string"},
        "experiments": {"type": "string"},
        "bucket": {"type": "string", "values": ["day", "week", "month"]},
        "rollingWindow": {"maximum": 1000, "minimum": 1, "type": "integer"},
        "minRollingReviews": {"maximum": 1000, "minimum": 1, "type": "integer"},
    },
    "datasetReviewRequests.list": {
        "status": {"csv": True, "type": "string"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"minimum": 0, "type": "integer"},
    },
    "emailServers.list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"minimum": 0, "type": "integer"},
    },
    "folders.list": {
        "type": {"type": "string", "values": ["workflow", "template"]},
        "parentId": {"type": "string"},
        "tree": {"type": "flag"},
    },
    "humanReviews.list": {
        "automationId": {"type": "string"},
        "waitingBefore": {"type": "string"},
        "cursor": {"type": "string"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
    },
    "models.list": {
        "capability": {"type": "string", "values": ["ocr", "text", "vision"]},
    },
    "runs.artifacts.list": {
        "zip": {"type": "string", "values": ["1"]},
        "bundle": {"type": "string", "values": ["review"]},
        "token": {"type": "string"},
    },
    "runs.get": {
        "expand": {"csv": True, "type": "string", "values": ["input", "usage", "execution", "debug"]},
    },
    "runs.list": {
        "tag": {"type": "string"},
        "type": {"type": "string", "values": ["workflow", "agent"]},
        "source": {"type": "string"},
        "status": {"csv": True, "type": "string"},
        "trigger": {"type": "string"},
        "triggeredBy": {"type": "string"},
        "sourceRef": {"type": "string"},
        "batchId": {"type": "string"},
        "exampleId": {"type": "string"},
        "exampleIdContains": {"type": "string"},
        "hasExample": {"type": "flag"},
        "from": {"type": "string"},
        "to": {"type": "string"},
        "createdAfter": {"type": "string"},
        "createdBefore": {"type": "string"},
        "completedAfter": {"type": "string"},
        "completedBefore": {"type": "string"},
        "cursor": {"type": "string"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "ids": {"csv": True, "type": "string"},
        "experiments": {"type": "string"},
        "sort": {"type": "string"},
        "order": {"type": "string", "values": ["asc", "desc"]},
        "reviewStatus": {"type": "string", "values": ["open", "closed", "wont_fix"]},
        "reviewVerdict": {"type": "string", "values": ["correct", "incorrect", "none"]},
        "hasReview": {"type": "flag"},
        "noReview": {"type": "flag"},
        "hasCorrections": {"type": "flag"},
        "reviewNoteContains": {"type": "string"},
        "reviewCreatedAfter": {"type": "string"},
        "reviewCreatedBefore": {"type": "string"},
        "reviewUpdatedAfter": {"type": "string"},
        "reviewUpdatedBefore": {"type": "string"},
        "reviewClosedAfter": {"type": "string"},
        "reviewClosedBefore": {"type": "string"},
        "sinceLastClosed": {"type": "flag"},
        "sampleRate": {"maximum": 1, "minimum": 0, "type": "number"},
    },
    "runs.rerun": {
        "version": {"type": "string"},
        "wait_for_completion": {"maximum": 600, "minimum": 0, "type": "integer"},
    },
    "runs.start": {
        "version": {"minLength": 1, "type": "string"},
        "wait_for_completion": {"maximum": 600, "minimum": 0, "type": "integer"},
    },
    "templates.content.get": {
        "revisionId": {"type": "string"},
    },
    "templates.list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"minimum": 0, "type": "integer"},
    },
}

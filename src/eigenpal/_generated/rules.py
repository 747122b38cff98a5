"""What request values openapi.yaml allows, the one source for every check and choice list.

``BODY_RULES``: each JSON body's fields, checked by ``eigenpal._params.make_body`` before anything is sent,
whether a field comes as a keyword or inside a dict. ``QUERY_RULES``: each operation's query parameters
(the generated methods inline theirs; the command line reads its choices here). Never edit by hand."""

from typing import Any

BODY_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "DatasetExampleExpectedFileRenameRequest": {
        "newFilename": {"type": "string"},
    },
    "DatasetExampleInputFileRenameRequest": {
        "newFilename": {"type": "string"},
    },
    "DatasetExampleMutation": {
        "name": {"maxLength": 128, "minLength": 1, "nullable": True, "type": "string"},
        "input": {"nullable": True, "type": "object"},
        "expected": {"nullable": True, "type": "any"},
        "metadata": {"nullable": True, "type": "object"},
        "annotation": {"maxLength": 2000, "nullable": True, "type": "string"},
        "rowOrder": {"maximum": 9007199254740991, "minimum": 0, "nullable": True, "type": "integer"},
        "overrides": {"nullable": True, "type": "object"},
    },
    "DatasetExampleUpdate": {
        "name": {"maxLength": 128, "minLength": 1, "nullable": True, "type": "string"},
        "input": {"nullable": True, "type": "object"},
        "expected": {"nullable": True, "type": "any"},
        "metadata": {"nullable": True, "type": "object"},
        "annotation": {"maxLength": 2000, "nullable": True, "type": "string"},
        "rowOrder": {"maximum": 9007199254740991, "minimum": 0, "nullable": True, "type": "integer"},
        "overrides": {"nullable": True, "type": "object"},
    },
    "EvaluatorConfigUpdate": {
        "yaml": {"maxLength": 1048576, "minLength": 1, "type": "string"},
    },
    "ExperimentCreate": {
        "examples": {"items": {"type": "string"}, "type": "array"},
        "batchConcurrency": {
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991,
            "nullable": True,
            "type": "integer",
        },
        "sourceRef": {"type": "string"},
    },
    "PromoteRunRequest": {
        "name": {"maxLength": 128, "minLength": 1, "type": "string"},
    },
    "RunExpectedFileCopyRequest": {
        "outputFileName": {"type": "string"},
        "expectedName": {"type": "string"},
    },
    "RunExpectedFileUpdateRequest": {
        "name": {"type": "string"},
    },
    "RunFeedbackRequest": {
        "body": {"nullable": True, "type": "string"},
        "rating": {"nullable": True, "type": "string", "values": ["pass", "fail", "partial"]},
        "status": {"nullable": True, "type": "string", "values": ["open", "resolved", "ignored"]},
        "expected": {"type": "any"},
    },
    "RunStartBody": {
        "target": {"minLength": 1, "type": "string"},
        "input": {"type": "object"},
        "files": {"type": "object"},
        "overrides": {"type": "object"},
        "metadata": {"type": "object"},
    },
}

QUERY_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "automations.dataset.export": {
        "exampleIds": {"csv": True, "type": "string"},
    },
    "automations.examples.list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
    },
    "automations.experiments.export": {
        "format": {"type": "string", "values": ["csv", "json"]},
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
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "offset": {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
    },
    "runs.artifacts.list": {
        "zip": {"type": "string", "values": ["1"]},
        "token": {"type": "string"},
    },
    "runs.get": {
        "expand": {"csv": True, "type": "string", "values": ["input", "usage", "execution", "debug"]},
    },
    "runs.list": {
        "type": {"type": "string", "values": ["workflow", "agent"]},
        "source": {"type": "string"},
        "status": {"csv": True, "type": "string"},
        "trigger": {"type": "string"},
        "triggeredBy": {"type": "string"},
        "sourceRef": {"type": "string"},
        "batchId": {"type": "string"},
        "exampleId": {"type": "string"},
        "exampleIdContains": {"type": "string"},
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
        "hasFeedback": {"type": "flag"},
        "noFeedback": {"type": "flag"},
        "feedbackStatus": {"type": "string", "values": ["open", "resolved", "ignored"]},
        "feedbackRating": {"type": "string", "values": ["pass", "fail", "partial", "none"]},
        "hasExpected": {"type": "flag"},
        "promotedToExample": {"type": "flag"},
        "sinceLastResolved": {"type": "flag"},
    },
    "runs.rerun": {
        "version": {"type": "string"},
        "wait_for_completion": {"maximum": 600, "minimum": 0, "type": "integer"},
    },
    "runs.start": {
        "version": {"minLength": 1, "type": "string"},
        "wait_for_completion": {"maximum": 600, "minimum": 0, "type": "integer"},
    },
}

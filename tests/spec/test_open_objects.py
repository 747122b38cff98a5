"""Open objects of openapi.yaml take any JSON value: a run's ``input``, ``metadata`` and ``output`` hold
numbers, text and lists, not only nested objects (the spec once wrapped each such value in an object)."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from eigenpal.types import Run
from tests.support.spec import load_spec

SCALARS = {"total": 3, "customer": "ACME", "lines": [1, 2], "paid": False, "note": None, "nested": {"a": 1}}


def _errors(schema_name: str, value: Any) -> list[str]:
    spec = load_spec()
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    return [error.message for error in Draft202012Validator(root).iter_errors(value)]


def test_a_run_start_body_takes_any_json_value_in_input_and_metadata() -> None:
    body = {
        "target": "workflows.extract-invoice",
        "input": SCALARS,
        "metadata": SCALARS,
        "files": {"contract": {"$fileId": "file_1"}, "pages": [{"$fileId": "file_2"}]},
    }
    assert _errors("RunStartBody", body) == []


def test_a_run_whose_output_holds_scalars_parses_and_reads_by_attribute() -> None:
    wire = {
        "tags": [],
        "id": "run_1",
        "type": "workflow",
        "finished": True,
        "sampleRank": 0.5,
        "timing": {
            "createdAt": "2026-01-01T00:00:00.000Z",
            "startedAt": None,
            "completedAt": None,
            "durationMs": None,
            "cancelRequestedAt": None,
        },
        "source": {"id": "wf_1", "name": None, "version": None},
        "trigger": {"type": "api", "by": None},
        "execution": {
            "status": "completed",
            "schemaValid": True,
            "batchId": None,
            "retry": {"number": 0, "previousRunId": None, "nextRun": None},
        },
        "output": SCALARS,
    }
    assert _errors("Run", wire) == []
    run = Run.from_dict(wire)
    assert run.output.total == 3 and run.output["lines"] == [1, 2] and run.to_dict() == wire

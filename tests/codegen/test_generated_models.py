"""The generated models, as rendered by our templates: tolerant, lossless and addressable by wire name."""

from __future__ import annotations

import logging

import pytest

from eigenpal._generated.models import (
    AgentRunExecution,
    DatasetImportAppendResponse,
    DatasetImportReplaceResponse,
    ExecutionStatus,
    Run,
    RunAccepted,
    RunExecutionMeta,
    RunReviewDetail,
    WorkflowRunExecution,
)
from eigenpal._generated.types import UNSET, best_match
from tests.support.payloads import META, RUN, RUN_ACCEPTED, run


def test_to_dict_returns_the_exact_wire_json() -> None:
    assert Run.from_dict(RUN).to_dict() == RUN


def test_models_answer_by_attribute_and_by_wire_name() -> None:
    result = Run.from_dict(RUN)
    assert result["finished"] is True and result.finished is True
    assert result["output"] == {"total": 1280.5, "currency": "EUR", "lines": [{"sku": "A", "qty": 2}]}
    assert isinstance(result["output"], dict)
    assert result["timing"]["createdAt"] == "2026-11-01T10:00:00.000Z"
    assert result.timing.created_at == "2026-11-01T10:00:00.000Z"
    assert result["type"] == "workflow"
    assert "eval" not in result and result.get("eval") is None
    with pytest.raises(KeyError):
        result["eval"]


def test_unknown_fields_are_kept_and_round_trip() -> None:
    wire = run(priority=0.42, execution={**META, "approval": {"state": "open"}})
    parsed = Run.from_dict(wire)
    assert parsed["priority"] == 0.42
    assert parsed.additional_properties == {"priority": 0.42}
    assert parsed.to_dict() == wire


def test_unknown_enum_values_are_kept_as_their_string() -> None:
    wire = run(execution={**META, "status": "paused_for_review"})
    parsed = Run.from_dict(wire)
    status = parsed.execution.status
    assert isinstance(status, ExecutionStatus)
    assert status == "paused_for_review" and status.value == "paused_for_review"
    assert parsed.to_dict() == wire
    assert ExecutionStatus("completed") is ExecutionStatus.COMPLETED


def test_a_missing_required_field_reads_as_unset_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    wire = run()
    del wire["timing"]
    del wire["trigger"]
    with caplog.at_level(logging.DEBUG, logger="eigenpal"):
        parsed = Run.from_dict(wire)
    assert parsed.timing is UNSET and "timing" not in parsed
    assert parsed.to_dict() == wire
    messages = [r.getMessage() for r in caplog.records if r.name == "eigenpal"]
    assert any("'timing' is missing" in m for m in messages) and any(
        "'trigger' is missing" in m for m in messages
    )
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "eigenpal")


def test_missing_optional_fields_stay_unset_and_out_of_to_dict() -> None:
    wire = {k: v for k, v in RUN.items() if k not in ("output", "files", "error", "usage")}
    parsed = Run.from_dict(wire)
    assert parsed.output is UNSET and parsed.files is UNSET
    assert parsed.to_dict() == wire


def test_null_for_nullable_references_parses() -> None:
    parsed = Run.from_dict(
        run(usage=None, source={**RUN["source"], "git": None}, trigger={"type": None, "by": None})
    )
    assert parsed.usage is None and parsed.source.git is None and parsed.trigger.by is None
    detail = RunReviewDetail.from_dict({"review": None})
    assert detail.review is None


def test_union_members_are_chosen_by_fit_not_by_order() -> None:
    # RunExecutionMeta is listed first and is a subset of both full executions: trying members in
    # order (the stock generator) parses every execution as RunExecutionMeta and drops its steps.
    workflow = {**META, "steps": [{"name": "extract"}], "review": None}
    agent = {**META, "files": {"output": [{"name": "a.txt"}]}}
    assert type(Run.from_dict(run(execution=META)).execution) is RunExecutionMeta
    parsed_workflow = Run.from_dict(run(execution=workflow)).execution
    assert isinstance(parsed_workflow, WorkflowRunExecution) and parsed_workflow.steps == [
        {"name": "extract"}
    ]
    assert isinstance(Run.from_dict(run(execution=agent)).execution, AgentRunExecution)


def test_run_start_response_union_distinguishes_accepted_from_finished_runs() -> None:
    from eigenpal._generated.api.operations import runs_start

    assert runs_start._parse_response(_json_response(201, RUN_ACCEPTED)).__class__ is RunAccepted
    assert runs_start._parse_response(_json_response(200, RUN)).__class__ is Run
    assert (
        runs_start._parse_response(_json_response(202, {**RUN_ACCEPTED, "source": RUN["source"]})).__class__
        is RunAccepted
    )


def test_dataset_import_response_union_follows_mode() -> None:
    from eigenpal._generated.api.operations import automations_dataset_import

    append = {"mode": "append", "created": 2, "expectedSet": 1, "skipped": 0, "issues": []}
    replace = {"mode": "replace", "created": 2, "expectedSet": 1, "deleted": 3, "filesDeleted": 4}
    parse = automations_dataset_import._parse_response
    assert isinstance(parse(_json_response(200, append)), DatasetImportAppendResponse)
    assert isinstance(parse(_json_response(200, replace)), DatasetImportReplaceResponse)


def test_a_union_member_that_does_not_fit_exactly_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="eigenpal"):
        assert (
            best_match((RunAccepted, Run), {"id": "x", "type": "workflow", "finished": False}, "response")
            == 0
        )
        assert not caplog.records
        best_match((RunAccepted, Run), {"id": "x", "mystery": 1}, "response")
    assert "no member fits exactly" in caplog.records[-1].getMessage()


def _json_response(status: int, body: object) -> object:
    import httpx

    return httpx.Response(status, json=body)


def test_a_repr_names_schemas_and_reads_inline_objects_as_plain_json() -> None:
    from eigenpal._generated import models
    from tests.support.spec import load_spec

    schemas = set(load_spec()["components"]["schemas"])
    classes = [getattr(models, name) for name in models.__all__]
    titled = {c.__name__ for c in classes if isinstance(c, type) and getattr(c, "_TITLE", None)}
    inline = {c.__name__ for c in classes if isinstance(c, type) and hasattr(c, "_TITLE") and not c._TITLE}
    assert titled and titled <= schemas and "RunTriggerByType0" in inline and not inline & schemas
    by = {"id": "u", "name": None, "email": "e"}
    assert repr(Run.from_dict(run(trigger={"type": "user", "by": by})).trigger) == (
        "RunTrigger(type='user', by={'id': 'u', 'name': None, 'email': 'e'})"
    )

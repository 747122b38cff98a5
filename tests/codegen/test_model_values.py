"""Models are values: they pickle, copy and compare equal, stay typed, dump to JSON, read as mappings, and
read well in a REPL and a notebook. Property tests cover every generated model from its own schema."""

from __future__ import annotations

import copy
import html
import json
import pickle
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenpal._generated import display, models
from eigenpal._generated.types import UNSET, JSONObject, Model, Unset
from eigenpal.types import ExecutionStatus, ExperimentDetail, Run, RunTiming
from tests.support.payloads import META, RUN, run
from tests.support.wire_json import has_binary, model_schemas, wire_json

WIRE_MODELS = sorted(name for name, schema in model_schemas().items() if not has_binary(schema))
"""Every generated model with a JSON form: all but the multipart bodies that carry a file."""
ENUMS = sorted(
    name
    for name in models.__all__
    if isinstance(getattr(models, name), type) and issubclass(getattr(models, name), Enum)
)


def _round_trip(value: Any) -> Any:
    return pickle.loads(pickle.dumps(value))


def _parse_in_another_process() -> Run:
    return Run.from_dict({k: v for k, v in RUN.items() if k != "output"})


# ---- values ------------------------------------------------------------------------------------------------


def test_unset_is_one_object_through_pickle_and_copies() -> None:
    assert _round_trip(UNSET) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert _round_trip([UNSET, {"x": UNSET}])[1]["x"] is UNSET


def test_a_run_from_a_process_pool_is_equal_and_dumps_to_json() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        returned = pool.submit(_parse_in_another_process).result()
    here = _parse_in_another_process()
    assert type(returned) is Run and returned == here and returned.output is UNSET
    assert json.loads(json.dumps(returned.to_dict())) == here.to_dict()


def test_models_pickle_copy_and_deepcopy_to_equal_values_of_the_same_class() -> None:
    parsed = Run.from_dict(run(priority=0.5, execution={**META, "status": "paused_for_review"}))
    for twin in (_round_trip(parsed), copy.copy(parsed), copy.deepcopy(parsed)):
        assert twin == parsed and type(twin) is Run and type(twin.timing) is RunTiming
        assert json.dumps(twin.to_dict()) == json.dumps(parsed.to_dict())
    deep = copy.deepcopy(parsed)
    deep.timing.duration_ms = 1
    assert parsed.timing.duration_ms == 3000 and deep != parsed


def test_json_objects_pickle_and_copy_even_with_protocol_names_as_keys() -> None:
    value = JSONObject({"a": {"b": [1, 2]}, "__deepcopy__": 1, "__reduce_ex__": 2, "__getstate__": 3})
    for twin in (_round_trip(value), copy.copy(value), copy.deepcopy(value)):
        assert twin == value and type(twin) is JSONObject
    with pytest.raises(AttributeError):
        _ = value.__deepcopy__  # a key is data, never a protocol method


@pytest.mark.parametrize("name", ENUMS)
def test_every_enum_pickles_and_copies_to_an_equal_member(name: str) -> None:
    enum_class = getattr(models, name)
    for member in [*enum_class, enum_class("a value added later")]:
        for twin in (_round_trip(member), copy.copy(member), copy.deepcopy(member)):
            assert twin == member and type(twin) is enum_class and twin.value == member.value


@pytest.mark.parametrize("name", WIRE_MODELS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_model_is_a_value(name: str, data: st.DataObject) -> None:
    model_class = getattr(models, name)
    wire = data.draw(wire_json(model_schemas()[name]), label="wire")
    parsed = model_class.from_dict(wire)
    assert type(parsed) is model_class
    assert _round_trip(parsed) == parsed and type(_round_trip(parsed)) is model_class
    assert copy.deepcopy(parsed) == parsed and copy.copy(parsed) == parsed
    dumped = json.dumps(parsed.to_dict())
    assert json.loads(dumped) == wire  # every drawn input is canonical: to_dict() is what was sent
    assert json.dumps(_round_trip(parsed).to_dict()) == dumped
    if isinstance(parsed, Model):
        assert dict(parsed).keys() == wire.keys() and len(parsed) == len(wire)
        repr(parsed), parsed._repr_html_(), parsed.to_records()  # every model displays


def test_every_model_class_with_a_json_form_is_covered() -> None:
    generated = {
        name
        for name in models.__all__
        if isinstance(getattr(models, name), type) and not issubclass(getattr(models, name), Enum)
    } | {name for name in models.__all__ if getattr(models, name) is JSONObject}
    assert generated - set(WIRE_MODELS) == {
        name for name, schema in model_schemas().items() if has_binary(schema)
    }


# ---- mappings ----------------------------------------------------------------------------------------------


def test_a_model_is_a_mapping_of_wire_names_with_field_equality() -> None:
    parsed = Run.from_dict(run(priority=0.42))
    assert isinstance(parsed, Mapping) and isinstance(parsed.timing, Mapping)
    assert list(parsed) == list(parsed.to_dict()) and len(parsed) == len(parsed.to_dict())
    assert parsed.keys() == parsed.to_dict().keys() and "priority" in parsed
    assert ("id", "run_1") in parsed.items() and "run_1" in parsed.values()
    assert repr(parsed.timing.keys()).startswith("keys(['createdAt'")
    assert parsed == Run.from_dict(run(priority=0.42)) and parsed != Run.from_dict(run())
    assert parsed != parsed.to_dict()  # a model equals models of its class, not a dict with its keys
    empty = RunTiming.from_dict({})
    assert len(empty) == 0 and bool(empty) is True  # a model that was sent is truthy, even with no fields


# ---- repr ----------------------------------------------------------------------------------------------


def test_a_repr_shows_only_what_was_sent_by_python_name() -> None:
    by = {"id": "u_1", "name": None, "email": "a@b.c"}
    text = repr(Run.from_dict(run(trigger={"type": "user", "by": by})))
    assert text.startswith("Run(\n    tags=[],\n    id='run_1',\n    type='workflow',\n    finished=True,\n")
    assert "timing=RunTiming(" in text and "created_at='2026-11-01T10:00:00.000Z'" in text
    assert "by={'id': 'u_1', 'name': None, 'email': 'a@b.c'}" in text  # an inline object reads as plain JSON
    assert "status='completed'" in text  # enums as their values
    for noise in ("additional_properties", "UNSET", "RunTriggerByType0", "type_=", "eval=", "input="):
        assert noise not in text
    short = repr(RunTiming.from_dict({"createdAt": "2026-01-01T00:00:00Z", "durationMs": 5}))
    assert short == "RunTiming(created_at='2026-01-01T00:00:00Z', duration_ms=5)"


def test_unknown_fields_show_only_when_sent() -> None:
    assert "additional_properties={'priority': 0.42}" in repr(Run.from_dict(run(priority=0.42)))


def test_a_huge_model_reads_cut_and_says_where() -> None:
    wire = {"id": "r", "output": {"rows": list(range(100_000)), "text": "x" * 1_000_000}}
    wire["output"].update({f"k{i}": i for i in range(500)})
    text = repr(Run.from_dict(wire))
    assert len(text) < 10_000 and len(text.splitlines()) <= display.LINE_LIMIT + 10
    assert "99990 more items" in text and "1,000,000 characters" in text and "477 more keys" in text
    many = Run.from_dict(run(files=[RUN["files"][0]] * 200))
    assert "to_dict() has everything" in repr(many)


def test_a_model_inside_itself_reads_cut_not_forever() -> None:
    parsed = Run.from_dict(run())
    parsed.output["again"] = parsed
    assert repr(parsed).count("Run(") <= display.DEPTH_LIMIT + 1


def test_ipython_pretty_printing_uses_the_repr_and_respects_cycles() -> None:
    from IPython.lib.pretty import pretty

    parsed = Run.from_dict(run())
    assert pretty(parsed) == repr(parsed) and pretty([parsed]).startswith("[Run(")

    class Printer:
        written = ""

        def text(self, value: str) -> None:
            self.written += value

    printer = Printer()
    parsed._repr_pretty_(printer, cycle=True)
    assert printer.written == "Run(...)"


# ---- HTML and completion -------------------------------------------------------------------------------


def test_html_is_a_field_table_with_every_value_escaped() -> None:
    hostile = "<script>alert(1)</script>"
    parsed = Run.from_dict(run(error=hostile, output={hostile: hostile}, **{hostile: 1}))
    page = parsed._repr_html_()
    assert "<script>" not in page and html.escape(hostile) in page
    assert "<th style='text-align:left'>timing</th>" in page and "additional_properties" not in page
    assert "UNSET" not in Run.from_dict(run())._repr_html_()
    by = Run.from_dict(
        run(trigger={"type": "user", "by": {"id": "u", "name": None, "email": "e"}})
    ).trigger.by
    assert (
        "RunTriggerByType0" not in by._repr_html_()
        and "<th style='text-align:left'>email</th>" in by._repr_html_()
    )


def test_an_experiment_reads_as_a_table_of_its_examples() -> None:
    result = {
        "id": "er_1", "runId": "run_1", "automationId": None, "evaluatorName": "exact", "evaluatorType": "code",
        "score": 0.0, "passed": False, "label": None, "weight": None, "passThreshold": None,
        "description": None, "details": None, "error": None, "createdAt": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    detail = ExperimentDetail.from_dict(
        {
            "id": "exp_1", "automationId": "wf_1", "automationType": "workflow", "status": "completed",
            "runCount": 1, "completedCount": 1, "passedCount": 0, "failedCount": 1, "avgScore": 0.0,
            "createdAt": "2026-01-01T00:00:00Z", "completedAt": None, "version": "v1",
            "runs": [{"id": "run_1", "status": "completed", "exampleId": "ex_1", "exampleName": "late <b>",
                      "createdAt": "2026-01-01T00:00:00Z", "completedAt": None}],
            "resultsByRun": {"run_1": [result]},
        }
    )  # fmt: skip
    assert detail.to_records() == [
        {
            "exampleName": "late <b>",
            "exampleId": "ex_1",
            "runId": "run_1",
            "status": "completed",
            "passed": False,
            "exact.score": 0.0,
            "exact.passed": False,
        }
    ]
    page = detail._repr_html_()
    assert "<th>exact.score</th>" in page and "late &lt;b&gt;" in page and "resultsByRun" not in page


def test_tab_completion_lists_fields_and_keys() -> None:
    parsed = Run.from_dict(run(priority=1))
    assert {"id", "type_", "timing", "output", "to_dict", "to_records"} <= set(dir(parsed))
    assert not [name for name in dir(parsed) if name.startswith("_") and not name.startswith("__")]
    assert parsed._ipython_key_completions_() == list(parsed.to_dict())
    assert {"total", "currency"} <= set(dir(parsed.output))
    assert parsed.output._ipython_key_completions_() == ["total", "currency", "lines"]


def test_ipython_completes_model_attributes_and_keys() -> None:
    from IPython.core.completer import provisionalcompleter
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.user_ns["run"] = Run.from_dict(run())

    def complete(text: str) -> set[str]:
        with provisionalcompleter():
            return {c.text.lstrip(".") for c in shell.Completer.completions(text, len(text))}

    assert {"total", "currency", "lines"} <= complete("run.output.")
    assert complete('run["fin') == {"finished"} and complete('run.output["cur') == {"currency"}
    assert {"created_at", "created_at_datetime"} <= complete("run.timing.cr")


def test_unset_stays_falsy_and_typed() -> None:
    assert not UNSET and isinstance(_round_trip(UNSET), Unset) and repr(UNSET) == "UNSET"
    assert repr([ExecutionStatus.COMPLETED]) == "['completed']"


# ---- non-finite numbers ----------------------------------------------------------------------------------
@pytest.mark.anyio
@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
@pytest.mark.parametrize("where", ["id", "output"])
async def test_nan_or_infinity_in_an_answer_is_a_response_error(constant: bytes, where: str) -> None:
    from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalResponseError
    from tests.support.either import maybe
    from tests.support.hostile_server import HostileServer, answer

    wire = json.dumps(run(id="run_1", output={"total": 1})).encode()
    body = (
        wire.replace(b'"run_1"', constant)
        if where == "id"
        else wire.replace(b'"total": 1', b'"total": ' + constant)
    )
    with HostileServer(answer("200 OK", body)) as server:
        options: dict[str, Any] = {"api_key": "ep_test", "base_url": server.url, "max_retries": 0}
        async with AsyncEigenpalClient(**options) as async_client:
            for client in (EigenpalClient(**options), async_client):
                with pytest.raises(EigenpalResponseError, match="not valid API JSON") as raised:
                    await maybe(client.runs.get("run_1"))
                assert constant.decode() in str(raised.value.__cause__)


def test_display_loads_on_first_use_and_never_imports_pandas_or_ipython() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, eigenpal\n"
        "assert 'eigenpal._generated.display' not in sys.modules\n"
        "from eigenpal.types import Run\n"
        "run = Run.from_dict({'id': 'r', 'timing': {'createdAt': 'x'}})\n"
        "repr(run), run._repr_html_(), run.to_records(), eigenpal.to_records([run])\n"
        "print(sorted(m for m in ('pandas', 'IPython', 'numpy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"

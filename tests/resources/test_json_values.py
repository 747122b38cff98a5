"""Free-form JSON reads as attributes at every depth, and a JSON line is a ``str`` with its parsed value."""

from __future__ import annotations

import json

import pytest

from eigenpal.emulator import Emulator
from eigenpal.types import JSONObject
from tests.support.either import both, maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


async def test_free_form_json_reads_as_attributes_at_every_depth(emu: Emulator) -> None:
    emu.register(
        TARGET, lambda data, files: {"total": 5, "lines": [{"sku": "a"}], "nested": {"deep": {"x": 1}}}
    )
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}, metadata={"source": {"system": "erp"}}))
            assert run.output.total == run.output["total"] == 5
            assert run.output.nested.deep.x == 1 and run.output.lines[0].sku == "a"
            assert isinstance(run.output.nested, JSONObject) and run.output.nested == {"deep": {"x": 1}}
            assert json.dumps(run.to_dict()["output"], sort_keys=True) == json.dumps(
                {"total": 5, "lines": [{"sku": "a"}], "nested": {"deep": {"x": 1}}}, sort_keys=True
            )
            with pytest.raises(AttributeError, match="no key 'missing'"):
                _ = run.output.missing
            example = await maybe(c.automations.examples.create(TARGET, expected={"total": {"gross": 9}}))
            assert example.expected.total.gross == 9 and example.to_dict()["expected"] == {
                "total": {"gross": 9}
            }


async def test_a_json_line_is_a_str_with_its_parsed_value() -> None:
    from eigenpal.types import JSONLine

    line = JSONLine.parse('{"type": "run.completed", "score": {"value": 1}}')
    assert line == '{"type": "run.completed", "score": {"value": 1}}' and line.data.score.value == 1
    with pytest.raises(ValueError):
        JSONLine.parse("[" * 100_000)

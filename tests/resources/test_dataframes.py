"""DataFrames from real answers (issue 18): pages and lists of models give one row per item, one column per
field, on both clients against the emulator; ``to_records`` flattens nested fields under dotted names."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

import eigenpal
from eigenpal import EigenpalUsageError
from eigenpal.emulator import Emulator
from tests.support.either import collect, maybe

pd = pytest.importorskip("pandas")
TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


async def _runs(client: Any, count: int) -> list[str]:
    return [(await maybe(client.run_and_wait(TARGET, {"n": n}))).id for n in range(count)]


async def test_a_page_is_a_dataframe_of_one_row_per_run(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for client in (emu.client(), async_client):
            await _runs(client, 3)
            page = await maybe(client.runs.list(limit=3))
            frame = pd.DataFrame(page)
            assert len(frame) == 3 and list(frame["id"]) == [run.id for run in page]
            assert sorted(frame.columns) == sorted(page[0].to_dict())  # wire names, not Python names
            assert frame.loc[0, "timing"] == page[0].timing  # nested fields stay models
            assert pd.DataFrame.from_records(list(page)).shape == frame.shape
            assert "runs" in page._ipython_key_completions_() and "next_cursor" in dir(page)


async def test_every_item_across_pages_is_one_row(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for client in (emu.client(), async_client):
            started = await _runs(client, 5)
            first = await maybe(client.runs.list(limit=2))
            frame = pd.DataFrame(await collect(first.iter_all()))
            assert set(started) <= set(frame["id"]) and frame["id"].is_unique
            assert {"id", "type", "finished", "timing", "execution"} <= set(frame.columns)


async def test_to_records_flattens_nested_fields_under_dotted_names(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for client in (emu.client(), async_client):
            await _runs(client, 2)
            page = await maybe(client.runs.list(limit=2))
            records = page.to_records()
            assert [record["id"] for record in records] == [run.id for run in page]
            assert records[0]["timing.createdAt"] == page[0].timing.created_at
            assert (
                records[0]["execution.status"] == "completed" and type(records[0]["execution.status"]) is str
            )
            assert records == eigenpal.to_records(page) == eigenpal.to_records(list(page))
            frame = pd.DataFrame.from_records(records)
            assert list(frame.columns) == list(records[0]) and "timing" not in frame.columns
            assert sorted(pd.json_normalize([run.to_dict() for run in page]).columns) == sorted(frame.columns)


async def test_an_experiment_reads_as_a_dataframe_of_its_examples(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for client in (emu.client(), async_client):
            example = await maybe(
                client.automations.examples.create(TARGET, name="one", input={"n": 1}, expected={"n": 1})
            )
            started = await maybe(client.automations.experiments.create(TARGET, examples=[example.id]))
            detail = await maybe(client.automations.experiments.get(TARGET, started.id))
            for _ in range(200):  # the emulator finishes an experiment in milliseconds; bounded, not timed
                if detail.status == "completed":
                    break
                await anyio.sleep(0.05)
                detail = await maybe(client.automations.experiments.get(TARGET, started.id))
            frame = pd.DataFrame(detail.to_records())
            assert example.id in set(frame["exampleId"]) and frame["runId"].is_unique
            assert {"exampleName", "status", "passed"} <= set(frame.columns)
            assert any(column.endswith(".score") for column in frame.columns)


def test_to_records_refuses_what_is_not_a_model_naming_the_argument() -> None:
    assert eigenpal.to_records([]) == [] and eigenpal.to_records([{"a": {"b": 1}}]) == [{"a.b": 1}]
    for bad in ("runs", 5, [1, 2], None):
        with pytest.raises(EigenpalUsageError, match="to_records"):
            eigenpal.to_records(bad)  # type: ignore[arg-type]

"""Code written for the reference runs unchanged, on both clients against the emulator: bodies passed
positionally as dicts or models, and comma-separated arguments as a string or a list."""

from __future__ import annotations

from typing import Any

import pytest

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator
from eigenpal.types import DatasetExampleMutation, PromoteRunRequest
from tests.support.either import both, collect, maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


async def test_bodies_are_accepted_positionally_as_dicts_and_models(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            example = await maybe(c.automations.examples.create(TARGET, {"name": "pos", "input": {"n": 1}}))
            events = await collect(
                c.automations.experiments.create_stream(TARGET, {"examples": [example.id]})
            )
            assert events[-1].data.type == "experiment.completed" and all(isinstance(e, str) for e in events)
            model = DatasetExampleMutation.from_dict({"name": "pos-model", "input": {"n": 2}})
            assert (await maybe(c.automations.examples.create(TARGET, model))).name == "pos-model"
            updated = await maybe(c.automations.examples.update(TARGET, example.id, {"annotation": "a"}))
            assert updated.annotation == "a"
            yaml = (await maybe(c.automations.evaluators.get(TARGET))).yaml
            assert (await maybe(c.automations.evaluators.update(TARGET, {"yaml": yaml}))).yaml == yaml
            assert (await maybe(c.automations.evaluators.update(TARGET, yaml))).yaml == yaml
            detail = await maybe(
                c.runs.reviews.update(run.id, {"verdict": "incorrect", "correctedOutput": {"total": 2}})
            )
            assert (detail.review.verdict, detail.review.corrected_output) == ("incorrect", {"total": 2})
            await maybe(c.runs.reviews.upload_expected(run.id, {"content": b"{}", "filename": "a.json"}))
            renamed = await maybe(c.runs.reviews.rename_expected(run.id, "a.json", {"name": "b.json"}))
            assert renamed.name == "b.json"
            await maybe(
                c.automations.examples.expected_files.create(
                    TARGET, example.id, {"content": b"1", "filename": "x.txt"}
                )
            )
            moved = await maybe(
                c.automations.examples.expected_file.update(
                    TARGET, example.id, "x.txt", {"newFilename": "y.txt"}
                )
            )
            assert moved.path.endswith("y.txt")
            promoted = await maybe(
                c.runs.promote(run.id, PromoteRunRequest.from_dict({"name": f"p-{id(c)}"}))
            )
            assert promoted.name == f"p-{id(c)}"
            with pytest.raises(EigenpalUsageError, match="name is required"):
                await maybe(c.runs.reviews.rename_expected(run.id, "b.json"))


def test_sync_and_async_share_these_facts() -> None:
    """A guard for this file: both clients expose the methods it exercises with the same signatures."""
    import inspect

    for path in ("run", "runs.promote", "runs.reviews.update", "automations.evaluators.update"):
        sync_method: Any = EigenpalClient(api_key="k")
        async_method: Any = AsyncEigenpalClient(api_key="k")
        for name in path.split("."):
            sync_method, async_method = getattr(sync_method, name), getattr(async_method, name)
        assert list(inspect.signature(sync_method).parameters) == list(
            inspect.signature(async_method).parameters
        )


async def test_comma_separated_arguments_take_a_string_or_a_list_and_check_each_value(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            for expand in ("input,usage", ["input", "usage"]):
                got = await maybe(c.runs.get(run.id, expand=expand))
                assert got["input"].args == {"n": 1} and got.usage is not None
            assert run.id in {r.id for r in await maybe(c.runs.list(status="completed,failed", limit=100))}
            with pytest.raises(EigenpalUsageError, match="expand"):
                await maybe(c.runs.get(run.id, expand="input,bogus"))
            with pytest.raises(EigenpalUsageError, match="without commas"):
                await maybe(c.runs.get(run.id, expand=["input,usage"]))

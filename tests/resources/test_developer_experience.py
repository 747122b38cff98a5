"""Everyday ergonomics (issue 14) on both clients against the emulator: pages as sequences, models as
mappings, readable enums, waiting on an existing run, the emulator fixture's environment, rollouts."""

from __future__ import annotations

import os
from typing import Any

import anyio
import pytest

from eigenpal import EigenpalClient, EigenpalTimeoutError, EigenpalUsageError
from eigenpal.emulator import Emulator
from eigenpal.lifecycle import Rollout
from eigenpal.types import ExecutionStatus, Run
from tests.support.either import maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


async def test_a_page_is_a_sequence_of_its_items(emu: Emulator) -> None:
    async with emu.async_client() as async_client:
        for c in (emu.client(), async_client):
            for n in range(3):
                await maybe(c.run(TARGET, {"n": n}))
            page = await maybe(c.runs.list(limit=2))
            assert len(page) == 2 and page[0].id == next(iter(page)).id and page[-1] is page.items[-1]
            assert page[0:2] == page.items and isinstance(page[0:1], list)
            assert isinstance(page.next_cursor, str) and page["nextCursor"] == page.next_cursor
            assert page[0] in page and page.index(page[1]) == 1
            with pytest.raises(IndexError):
                _ = page[5]


async def test_a_model_reads_as_a_mapping_of_wire_names(emu: Emulator) -> None:
    run = await maybe(emu.client().run_and_wait(TARGET, {"n": 1}))
    assert isinstance(run, Run)
    assert list(run) == list(run.to_dict()) and dict(run)["id"] == run.id
    assert dict(run.items())["finished"] is True and "id" in run and run.id in run.values()


def test_enums_print_as_their_values() -> None:
    assert repr([ExecutionStatus.COMPLETED]) == "['completed']" and str(ExecutionStatus("paused")) == "paused"


async def test_runs_wait_waits_on_an_existing_run_and_resumes(emu: Emulator) -> None:
    emu.set_latency(0.6)
    async with emu.async_client() as async_client:
        for c in (emu.client(), async_client):
            started = await maybe(c.run(TARGET, {"n": 1}))
            with pytest.raises(EigenpalTimeoutError) as timeout:
                await maybe(c.runs.wait(started.id, timeout_seconds=0.1))
            assert timeout.value.run_id == started.id and f"runs.wait({started.id!r})" in str(timeout.value)
            if c is async_client:
                with anyio.move_on_after(0.05):
                    await c.runs.wait(started.id)  # cancelled: the run keeps going, a later wait resumes
            run = await maybe(c.runs.wait(started.id, timeout_seconds=10))
            assert run.finished is True and run.id == started.id
            assert (await maybe(c.runs.wait(run.id))).id == run.id  # a finished run: one look, no wait
    with pytest.raises(EigenpalUsageError):
        emu.client().runs.wait("run_1", timeout_seconds=-1)


def test_the_fixture_points_default_clients_at_the_emulator(eigenpal_emulator: Emulator) -> None:
    assert os.environ["EIGENPAL_BASE_URL"] == eigenpal_emulator.url
    assert os.environ["EIGENPAL_API_KEY"] == eigenpal_emulator.api_key
    with EigenpalClient() as client:  # what code under test does: no arguments
        assert client.auth.check().ok is True and client.base_url == eigenpal_emulator.url


def test_a_ramp_without_a_fraction_is_an_error() -> None:
    with pytest.raises(EigenpalUsageError, match="fraction"):
        Rollout("ramp")
    rollout = Rollout("ramp", 0.25)
    rollout.set("cutover")
    rollout.set("ramp")  # back to the ramp it had: its fraction is kept
    assert rollout.fraction == 0.25
    explicit: Any = Rollout("ramp", 0.0)
    assert explicit.fraction == 0.0


async def test_timestamps_read_as_aware_datetimes_and_stay_as_sent(emu: Emulator) -> None:
    import datetime

    async with emu.async_client() as async_client:
        for c in (emu.client(), async_client):
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            created = run.timing.created_at_datetime
            assert isinstance(created, datetime.datetime) and created.tzinfo is not None
            assert run.to_dict()["timing"]["createdAt"] == run.timing.created_at  # the string as sent
            assert abs(created.timestamp() - datetime.datetime.now(datetime.timezone.utc).timestamp()) < 60
    from eigenpal.types import RunTiming

    naive = RunTiming.from_dict({"createdAt": "2026-01-02T03:04:05"})
    assert naive.created_at_datetime == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert naive.completed_at_datetime is None

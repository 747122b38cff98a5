"""``runs.list`` in the emulator: today's filters, sort and order, cursor and offset paging, the stable
``sampleRank`` and ``sampleRate`` sample, and the June feedback filters, which are no parameters any more."""

from __future__ import annotations

import itertools
import time
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal.emulator import Emulator
from eigenpal.emulator._render import sample_rank
from tests.support.either import collect, maybe

_names = itertools.count()


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"})


def automation(emu: Emulator) -> str:
    """A fresh automation of the test's own, so other tests' runs never match its filters."""
    alias = f"workflows.list-{next(_names)}"
    emu.add_automation(alias)
    return alias


def start(client: httpx.Client, target: str, **body: Any) -> str:
    response = client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": target, **body})
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def listed(client: httpx.Client, **params: Any) -> list[str]:
    body = client.get("/v1/runs", params={"limit": 100, **params}).json()
    return [run["id"] for run in body["runs"]]


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).isoformat()


@given(st.text(min_size=1))
def test_a_sample_rank_is_a_number_in_the_unit_interval_fixed_by_the_id(run_id: str) -> None:
    assert 0 <= sample_rank(run_id) < 1 and sample_rank(run_id) == sample_rank(str(run_id))


def test_sample_rank_is_a_stable_number_below_one_on_every_read(emu: Emulator) -> None:
    client, target = http(emu), automation(emu)
    ids = [start(client, target) for _ in range(5)]
    ranks = {
        run["id"]: run["sampleRank"]
        for run in client.get("/v1/runs", params={"source": target}).json()["runs"]
    }
    assert set(ranks) == set(ids) and all(0 <= rank < 1 for rank in ranks.values())
    assert len(set(ranks.values())) == 5
    for run_id in ids:
        for expand in ("", "execution"):
            assert (
                client.get(f"/v1/runs/{run_id}", params={"expand": expand}).json()["sampleRank"]
                == ranks[run_id]
            )
    assert client.get("/v1/runs", params={"source": target}).json()["runs"][0]["sampleRank"] == ranks[ids[-1]]


@pytest.mark.anyio
async def test_sample_rate_keeps_the_runs_ranked_below_it_page_by_page(client: Any, emu: Emulator) -> None:
    target = automation(emu)
    ids = [(await maybe(client.run(target, {"n": n}))).id for n in range(12)]
    ranks = {run.id: run.sample_rank for run in await maybe(client.runs.list(source=target, limit=100))}
    assert set(ranks) == set(ids)
    rate = sorted(ranks.values())[6]  # six runs rank below it
    first = await maybe(client.runs.list(source=target, sample_rate=rate, limit=4))
    assert first.next_cursor is not None and all(run.sample_rank < rate for run in first)
    sampled = {run.id for run in await collect(first.iter_all())}
    assert sampled == {run_id for run_id, rank in ranks.items() if rank < rate} and len(sampled) == 6
    by_offset = await maybe(
        client.runs.list(source=target, sample_rate=rate, has_review=False, offset=0, limit=100)
    )
    assert {run.id for run in by_offset} == sampled


def test_filters_on_tags_examples_and_experiments(emu: Emulator) -> None:
    client, target = http(emu), automation(emu)
    tagged = start(client, target, tags=["invoices", "eu"])
    comma = start(client, target, tags="eu, us")
    plain = start(client, target)
    assert set(listed(client, source=target, tag="eu")) == {tagged, comma}
    assert (
        listed(client, source=target, tag="us") == [comma] and listed(client, source=target, tag="EU") == []
    )
    assert client.get(f"/v1/runs/{tagged}").json()["tags"] == ["invoices", "eu"]
    example = client.post(f"/v1/automations/{target}/examples", json={"name": "e", "input": {}}).json()["id"]
    by_example = client.post(f"/v1/automations/{target}/examples/{example}/run").json()["id"]
    experiment = client.post(f"/v1/automations/{target}/experiments", json={}).json()
    in_batch = experiment["runs"][0]["id"]
    assert set(listed(client, source=target, hasExample="true")) == {by_example, in_batch}
    assert listed(client, source=target, experiments="only") == [in_batch]
    assert in_batch not in listed(client, source=target, experiments="exclude")
    assert {plain, in_batch} <= set(listed(client, source=target, experiments="include"))


def test_review_filters_and_their_offset_paging(emu: Emulator) -> None:
    client, target = http(emu), automation(emu)
    correct, wrong, remark, unreviewed = (start(client, target) for _ in range(4))
    before = time.time()
    client.put(f"/v1/runs/{correct}/reviews", json={"verdict": "correct"})
    client.put(f"/v1/runs/{wrong}/reviews", json={"verdict": "incorrect", "note": "Total is OFF",
                                                  "corrections": [{"kind": "field", "path": "total"}]})  # fmt: skip
    client.put(f"/v1/runs/{remark}/reviews", json={"verdict": None, "note": "looks odd"})
    assert set(listed(client, source=target, hasReview="true")) == {correct, wrong, remark}
    assert listed(client, source=target, noReview="true") == [unreviewed]
    assert listed(client, source=target, reviewStatus="closed") == [correct]
    assert set(listed(client, source=target, reviewStatus="open")) == {wrong, remark}
    assert listed(client, source=target, reviewVerdict="incorrect") == [wrong]
    assert listed(client, source=target, reviewVerdict="none") == [remark]
    assert listed(client, source=target, hasCorrections="true") == [wrong]
    assert listed(client, source=target, reviewNoteContains="total is off") == [wrong]
    assert listed(client, source=target, reviewClosedAfter=iso(before)) == [correct]
    assert listed(client, source=target, reviewCreatedBefore=iso(before)) == []
    assert set(listed(client, source=target, reviewUpdatedAfter=iso(before))) == {correct, wrong, remark}
    page = client.get("/v1/runs", params={"source": target, "hasReview": "true", "limit": 2}).json()
    assert len(page["runs"]) == 2 and page["nextCursor"] is None
    rest = client.get(
        "/v1/runs", params={"source": target, "hasReview": "true", "limit": 2, "offset": 2}
    ).json()
    assert len(rest["runs"]) == 1 and {r["id"] for r in page["runs"] + rest["runs"]} == {
        correct,
        wrong,
        remark,
    }
    bad = client.get("/v1/runs", params={"reviewClosedAfter": "yesterday-ish"})
    assert bad.status_code == 400 and bad.json()["issues"][0]["field"] == "reviewClosedAfter"


@pytest.mark.anyio
async def test_since_last_closed_keeps_the_runs_after_the_last_close(client: Any, emu: Emulator) -> None:
    target = automation(emu)
    older = (await maybe(client.run_and_wait(target))).id
    await maybe(client.runs.reviews.update(older, verdict="incorrect"))
    await maybe(client.runs.reviews.close(older))
    newer = (await maybe(client.run_and_wait(target))).id
    since = await collect((await maybe(client.runs.list(source=target, since_last_closed=True))).iter_all())
    assert [run.id for run in since] == [newer]
    open_ones = await maybe(client.runs.list(source=target, review_status="closed"))
    assert [run.id for run in open_ones] == [older] and open_ones.next_cursor is None


def test_sort_and_order(emu: Emulator) -> None:
    client, target = http(emu), automation(emu)
    ids = [start(client, target) for _ in range(4)]
    assert listed(client, source=target) == ids[::-1]
    assert listed(client, source=target, order="asc") == ids
    by_rank = listed(client, source=target, sort="sampleRank", order="asc")
    ranks = [client.get(f"/v1/runs/{run_id}").json()["sampleRank"] for run_id in by_rank]
    assert sorted(by_rank) == sorted(ids) and ranks == sorted(ranks)
    assert listed(client, source=target, sort="noSuchField") == ids[::-1]


def test_the_june_feedback_filters_are_no_parameters_and_change_nothing(emu: Emulator) -> None:
    client, target = http(emu), automation(emu)
    ids = [start(client, target) for _ in range(3)]
    june = {"hasFeedback": "true", "feedbackStatus": "resolved", "feedbackRating": "fail", "limit": 2}
    page = client.get("/v1/runs", params={"source": target, **june}).json()
    assert [run["id"] for run in page["runs"]] == ids[:0:-1] and page["nextCursor"] == ids[1]

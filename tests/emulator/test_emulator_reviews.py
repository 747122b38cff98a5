"""A run's review in the emulator, through both clients (sync, and async under asyncio and trio) and over
plain HTTP: verdict and status, note, corrected output and corrections, who reviewed and who closed,
closing, clearing, expected files, promotion, and the review a run carries."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from eigenpal import EigenpalError
from eigenpal.emulator import Emulator, Output
from tests.support.either import maybe

TARGET = "workflows.extract-invoice"
USER = ("usr_emulator", "dev@emulator.local")


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"})


async def finished(client: Any) -> str:
    return str((await maybe(client.run_and_wait(TARGET, {"amount": 10}))).id)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("verdict", "status"), [("correct", "closed"), ("incorrect", "open"), (None, "open")]
)
async def test_the_status_follows_the_verdict_unless_sent(
    client: Any, verdict: str | None, status: str
) -> None:
    run = await finished(client)
    review = (await maybe(client.runs.reviews.update(run, verdict=verdict))).review
    assert (review.verdict, review.status) == (verdict, status)
    assert (review.reviewed_by, review.reviewed_by_email) == USER and review.reviewed_at
    closed = status == "closed"
    assert (review.closed_by, review.closed_by_email) == (USER if closed else (None, None))
    assert bool(review.closed_at) is closed and review.closed_note is None
    sent = (await maybe(client.runs.reviews.update(run, verdict=verdict, status="wont_fix"))).review
    assert sent.status == "wont_fix" and sent.closed_at


@pytest.mark.anyio
async def test_a_put_changes_what_it_sends_and_corrections_are_replaced_as_a_whole(client: Any) -> None:
    run = await finished(client)
    first = [{"kind": "field", "path": "total", "correctedValue": 12}, {"kind": "file", "path": "a.pdf"}]
    await maybe(
        client.runs.reviews.update(
            run, verdict="incorrect", note="total off", corrected_output={"total": 12}, corrections=first
        )
    )
    kept = (await maybe(client.runs.reviews.update(run, note="total and currency off"))).review
    assert kept.verdict == "incorrect" and kept.corrected_output == {"total": 12}
    assert [c.path for c in kept.corrections] == ["total", "a.pdf"] and kept.note == "total and currency off"
    assert all(c.id and c.created_at and c.note == "" for c in kept.corrections)
    replaced = (
        await maybe(client.runs.reviews.update(run, corrections=[{"kind": "field", "path": "x"}]))
    ).review
    assert [c.path for c in replaced.corrections] == ["x"]
    assert (await maybe(client.runs.reviews.get(run))).review.to_dict() == replaced.to_dict()


@pytest.mark.anyio
async def test_closing_records_who_when_and_why_and_keeps_the_rest(client: Any) -> None:
    run = await finished(client)
    with pytest.raises(EigenpalError, match="no review"):
        await maybe(client.runs.reviews.close(run))
    opened = (await maybe(client.runs.reviews.update(run, verdict="incorrect", note="n", corrections=[
        {"kind": "field", "path": "total"}]))).review  # fmt: skip
    closed = (await maybe(client.runs.reviews.close(run, status="wont_fix", note="upstream bug"))).review
    assert (closed.status, closed.closed_note, (closed.closed_by, closed.closed_by_email)) == (
        "wont_fix",
        "upstream bug",
        USER,
    )
    assert closed.closed_at and closed.updated_at == closed.closed_at
    assert (closed.verdict, closed.note, len(closed.corrections), closed.id) == (
        "incorrect",
        "n",
        1,
        opened.id,
    )
    with pytest.raises(EigenpalError, match="already wont_fix") as raised:
        await maybe(client.runs.reviews.close(run))
    assert raised.value.status == 409
    reopened = (await maybe(client.runs.reviews.update(run, status="open"))).review
    assert (reopened.status, reopened.closed_at, reopened.closed_by, reopened.closed_note) == (
        "open",
        None,
        None,
        None,
    )
    assert (await maybe(client.runs.reviews.close(run))).review.status == "closed"  # closed is the default


@pytest.mark.anyio
async def test_clearing_deletes_the_review_and_its_expected_files(client: Any, emu: Emulator) -> None:
    run = await finished(client)
    await maybe(client.runs.reviews.update(run, verdict="incorrect"))
    expected = f"/v1/runs/{run}/reviews/expected"
    assert http(emu).post(expected, files={"file": ("fixed.json", b"{}")}).status_code == 201
    assert (await maybe(client.runs.reviews.clear(run))).review is None
    assert (await maybe(client.runs.reviews.get(run))).review is None
    assert http(emu).get(expected).json() == {"files": []}


def test_expected_files_live_under_the_review(emu: Emulator) -> None:
    client = http(emu)
    emu.register("agents.invoice-agent", lambda input, files: Output({"ok": True}, {"out.json": b'{"a":1}'}))
    run = client.post(
        "/v1/runs", params={"wait_for_completion": 5}, json={"target": "agents.invoice-agent"}
    ).json()
    expected = f"/v1/runs/{run['id']}/reviews/expected"
    assert client.post(expected, json={"outputFileName": "out.json"}).json() == {"name": "out.json"}
    assert client.post(expected, data={"name": "dir/up.txt"}, files={"file": ("x", b"up")}).status_code == 201
    assert client.get(expected).json() == {"files": [{"name": "out.json"}, {"name": "dir/up.txt"}]}
    assert client.get(f"{expected}/out.json").content == b'{"a":1}'
    assert client.patch(f"{expected}/out.json", json={"name": "renamed.json"}).json() == {
        "name": "renamed.json"
    }
    assert client.delete(f"{expected}/dir/up.txt").status_code == 204
    assert client.get(f"{expected}/dir/up.txt").status_code == 404
    assert client.get(expected).json() == {"files": [{"name": "renamed.json"}]}


def test_promotion_takes_the_corrected_output_and_expected_files_at_that_moment(emu: Emulator) -> None:
    client = http(emu)
    run = client.post(
        "/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET, "input": {"amount": 5}}
    ).json()["id"]
    client.put(f"/v1/runs/{run}/reviews", json={"verdict": "incorrect", "correctedOutput": {"total": 5}})
    client.post(f"/v1/runs/{run}/reviews/expected", files={"file": ("fixed.json", b"{}")})
    promoted = client.post(f"/v1/runs/{run}/promote", json={"name": "fixed"}).json()
    client.put(f"/v1/runs/{run}/reviews", json={"correctedOutput": {"total": 6}})
    example = client.get(f"/v1/automations/{TARGET}/examples/{promoted['exampleId']}").json()
    assert (example["name"], example["input"], example["expected"]) == ("fixed", {"amount": 5}, {"total": 5})
    assert example["expectedFiles"] == [{"name": "fixed.json"}]


@pytest.mark.anyio
async def test_a_run_carries_its_review_in_full_and_listed_as_a_summary(client: Any) -> None:
    run = await finished(client)
    plain = await maybe(client.runs.get(run))
    assert plain.execution.review is None
    await maybe(client.runs.reviews.update(run, verdict="incorrect", note="x", corrected_output={"total": 1},
                                           corrections=[{"kind": "field", "path": "total"}]))  # fmt: skip
    full = (await maybe(client.runs.get(run, expand=["execution"]))).execution
    assert full.review.to_dict() == (await maybe(client.runs.reviews.get(run))).review.to_dict()
    assert full.expected.output == {"total": 1}
    page = await maybe(client.runs.list(ids=[run]))
    summary = page[0].execution.review
    assert summary.to_dict() == {
        "verdict": "incorrect",
        "status": "open",
        "hasNote": True,
        "correctionCount": 1,
    }

"""File inputs and downloads, run_and_wait, pagination, and the reference's own snippets."""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from eigenpal import EigenpalClient, EigenpalTimeoutError, EigenpalUsageError
from eigenpal.emulator import Emulator, Output
from tests.support.either import collect, maybe
from tests.support.pools import stuck_connections
from tests.support.spec import REFERENCE

TARGET = "workflows.extract-invoice"


def files_seen(run: Any) -> dict[str, list[str]]:
    return {key: [f["filename"] for f in files] for key, files in run.output["files"].items()}


def test_every_kind_of_file_input(emu: Emulator, tmp_path: Path) -> None:
    client = emu.client()
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF a")
    with pdf.open("rb") as handle:
        run = client.run_and_wait(
            TARGET,
            {
                "path": pdf,
                "handle": handle,
                "inline": {"content": b"inline", "filename": "i.txt", "mime_type": "text/plain"},
                "many": [pdf, {"content": b"second", "filename": "b.txt"}],
                "plain": "text",
            },
        )
    assert files_seen(run) == {
        "handle": ["a.pdf"],
        "inline": ["i.txt"],
        "many": ["a.pdf", "b.txt"],
        "path": ["a.pdf"],
    }
    assert run.output["input"] == {"plain": "text"}
    artifacts = {a.path: a for a in client.runs.artifacts.list(run.id).artifacts}
    assert artifacts["input/inline/i.txt"].content_type == "text/plain"

    uploaded = client.files.upload(pdf)
    by_reference = client.run_and_wait(TARGET, {"doc": uploaded, "ref": {"fileId": uploaded.id}})
    assert files_seen(by_reference) == {"doc": ["a.pdf"], "ref": ["a.pdf"]}
    client.files.delete(uploaded.id)  # the run kept its own snapshot
    assert client.runs.artifacts.download(by_reference.id, "input/doc/a.pdf") == b"%PDF a"


def test_bad_file_inputs_fail_before_any_request(emu: Emulator, tmp_path: Path) -> None:
    client = emu.client()
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF")
    with pdf.open("r") as text_mode, pytest.raises(EigenpalUsageError, match="binary mode"):
        client.run(TARGET, {"doc": text_mode})
    with pytest.raises(EigenpalUsageError, match="not a readable file"):
        client.files.upload(tmp_path / "missing.pdf")
    assert len(emu.world.store.runs) == 0


def test_progress_and_downloads_to_disk(emu: Emulator, tmp_path: Path) -> None:
    client = emu.client()
    data = os.urandom(3 * 1024 * 1024 + 17)
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    seen: list[tuple[int, int | None]] = []
    uploaded = client.files.upload(source, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(data), len(data)) and all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    target = tmp_path / "out" / "copy.bin"
    target.parent.mkdir()
    downloaded: list[tuple[int, int | None]] = []
    assert client.files.download(
        uploaded.id, to=target, progress=lambda d, t: downloaded.append((d, t))
    ) == len(data)
    assert target.read_bytes() == data and downloaded[-1] == (len(data), len(data))
    assert not list(target.parent.glob("*.part"))
    with (tmp_path / "handle.bin").open("wb") as handle:
        assert client.files.download(uploaded.id, to=handle) == len(data)
    assert (tmp_path / "handle.bin").read_bytes() == data
    emu.drop_next("files.content.get")
    assert client.files.download(uploaded.id, to=tmp_path / "retried.bin") == len(data)
    assert (tmp_path / "retried.bin").read_bytes() == data


STREAMING_PROBE = textwrap.dedent(
    """
    import hashlib, os, resource, sys
    from pathlib import Path
    from eigenpal import EigenpalClient

    url, key, size_mib, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    source = workdir / "source.bin"
    block = os.urandom(1024 * 1024)
    with source.open("wb") as out:
        for _ in range(size_mib):
            out.write(block)
    client = EigenpalClient(api_key=key, base_url=url, timeout_seconds=300)
    client.auth.check()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    uploaded = client.files.upload(source)
    run = client.run("workflows.extract-invoice", {"doc": source})
    client.files.download(uploaded.id, to=workdir / "copy.bin")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()
    print((peak - baseline) // 1024, uploaded.size, digest(source) == digest(workdir / "copy.bin"), run.id)
    """
)


@pytest.mark.slow
def test_a_200_mib_upload_and_download_stream_in_bounded_memory(tmp_path: Path) -> None:
    size_mib = 200
    with Emulator(
        latency=0.01, max_upload_bytes=300 * 1024 * 1024, validate_responses=False, body_limit=None
    ) as emu:
        result = subprocess.run(
            [sys.executable, "-c", STREAMING_PROBE, emu.url, emu.api_key, str(size_mib), str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    grown_mib, size, same, _ = result.stdout.split()
    assert int(size) == size_mib * 1024 * 1024 and same == "True"
    assert int(grown_mib) < 64, f"peak RSS grew by {grown_mib} MiB while streaming {size_mib} MiB"


def counting_client(emu: Emulator) -> tuple[EigenpalClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    return EigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=http), sent


def test_run_and_wait_uses_one_long_poll_when_the_run_ends_in_time(emu: Emulator) -> None:
    emu.set_latency(0.3)
    client, sent = counting_client(emu)
    run = client.run_and_wait(TARGET, {"n": 1})
    assert run.finished and run.execution.status == "completed"
    assert [r.url.params.get("wait_for_completion") for r in sent] == ["300"]


def test_run_and_wait_polls_after_the_long_poll_and_times_out_with_the_run_id(emu: Emulator) -> None:
    def slow(input: dict[str, Any], files: Any) -> Output:
        time.sleep(float(input["seconds"]))
        return Output({"slept": input["seconds"]})

    emu.register(TARGET, slow)
    client, sent = counting_client(emu)
    run = client.run_and_wait(TARGET, {"seconds": 1.6}, timeout_seconds=4)
    assert run.output == {"slept": 1.6}
    assert sent[0].url.params["wait_for_completion"] == "4" or len(sent) >= 1
    with pytest.raises(EigenpalTimeoutError) as timeout:
        client.run_and_wait(TARGET, {"seconds": 3}, timeout_seconds=1.2)
    assert timeout.value.run_id and "keeps running" in str(timeout.value)
    assert client.runs.get(timeout.value.run_id).finished is False


def test_run_and_wait_polls_when_the_wait_rounds_to_zero(emu: Emulator) -> None:
    emu.set_latency(0.2)
    client, sent = counting_client(emu)
    run = client.run_and_wait(TARGET, {"n": 1}, timeout_seconds=0.9, poll_interval_seconds=0.05)
    assert run.finished and "wait_for_completion" not in sent[0].url.params and len(sent) >= 2


def test_run_and_wait_returns_a_failed_run(emu: Emulator) -> None:
    def broken(input: dict[str, Any], files: Any) -> dict[str, Any]:
        raise ValueError("no invoice found")

    emu.register(TARGET, broken)
    run = emu.client().run_and_wait(TARGET, {})
    assert run.execution.status == "failed" and "no invoice found" in run.error


@pytest.mark.anyio
async def test_cancelling_run_and_wait_leaves_no_request_open(emu: Emulator) -> None:
    emu.set_latency(5.0)
    async with emu.async_client() as client:
        with anyio.move_on_after(0.3) as scope:
            await client.run_and_wait(TARGET, {"n": 1})
        assert scope.cancelled_caught
        assert stuck_connections(client) == []
        emu.set_latency(0.01)
        assert (await client.auth.check()).ok  # the client is still usable
    assert len(emu.world.store.runs) == 1


@pytest.mark.anyio
async def test_async_rerun_and_concurrency(emu: Emulator) -> None:
    async with emu.async_client() as client:
        runs = []
        async with anyio.create_task_group() as group:
            for n in range(8):
                group.start_soon(lambda n=n: _append(runs, client.run_and_wait(TARGET, {"n": n})))
        assert sorted(r.output["input"]["n"] for r in runs) == list(range(8))
        again = await client.rerun(runs[0].id, wait_for_completion=10)
        assert again.finished and again.execution.retry.previous_run_id == runs[0].id


async def _append(into: list[Any], awaitable: Any) -> None:
    into.append(await awaitable)


@pytest.mark.anyio
async def test_pagination_follows_cursors_and_offsets(client: Any, emu: Emulator) -> None:
    ids = {(await maybe(client.run(TARGET, {"n": n}))).id for n in range(7)}
    page = await maybe(client.runs.list(limit=3))
    assert (
        len(page) == 3
        and page.next_cursor
        and page["nextCursor"] == page.next_cursor
        and page.runs == page.items
    )
    walked = [run.id for run in await collect(page.iter_all())]
    assert len(walked) == 7 and set(walked) == ids
    pairs = await maybe(client.runs.list(limit=2))
    assert {run.id for run in await collect(pairs.iter_all())} == ids
    unreviewed = [
        run.id for run in await collect((await maybe(client.runs.list(no_review=True, limit=2))).iter_all())
    ]
    assert set(unreviewed) == ids
    for n in range(5):
        await maybe(client.automations.examples.create(TARGET, name=f"page-{n}", input={"n": n}))
    examples = await maybe(client.automations.examples.list(TARGET, limit=2))
    assert examples.total == 5 and len(await collect(examples.iter_all())) == 5
    automations = await collect((await maybe(client.automations.list(limit=1))).iter_all())
    assert len(automations) == len(emu.world.store.automations)


def test_the_reference_snippets_run_as_written(
    emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    quick = text[text.index("Quick example") + len("Quick example") : text.index("Surface")].strip()
    construction = text[
        text.index("Client construction") + len("Client construction") : text.index(
            "The constructor argument"
        )
    ]
    assert "run_and_wait" in quick and "EigenpalClient(" in construction
    monkeypatch.setenv("EIGENPAL_API_KEY", emu.api_key)
    monkeypatch.setenv("EIGENPAL_BASE_URL", emu.url)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.4 reference")
    for snippet in (quick, construction.strip()):
        namespace: dict[str, Any] = {}
        exec(compile(snippet, "reference", "exec"), namespace)
        assert namespace["client"].base_url == emu.url
    assert re.search(r"print\(result\[\"finished\"\], result\[\"output\"\]\)", quick)


def test_asyncio_run_works_without_anyio_setup(emu: Emulator) -> None:
    async def main() -> bool:
        async with emu.async_client() as client:
            return (await client.auth.check()).ok

    assert asyncio.run(main()) is True

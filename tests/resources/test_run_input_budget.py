"""A run's file inputs within the request-body budget (``multipart_max_bytes``), on both clients.

The rule (``eigenpal._budget``) is checked as properties; the clients are checked against the emulator
(which inputs were uploaded first, what the run received) and a canned server (nothing starts when an
upload fails or an argument is wrong)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalAPIError, EigenpalClient, EigenpalUsageError
from eigenpal._budget import budget, pre_upload
from eigenpal._constants import DEFAULT_MULTIPART_MAX_BYTES, MULTIPART_ENVELOPE_HEADROOM_BYTES
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.clients import KEY, clients_for, close
from tests.support.either import maybe

TARGET = "workflows.extract-invoice"
HEADROOM = MULTIPART_ENVELOPE_HEADROOM_BYTES
SMALL = HEADROOM + 100
"""A ``multipart_max_bytes`` whose budget for files is 100 bytes."""

names = st.text(alphabet="abcdefgh", min_size=1, max_size=3)
inputs = st.dictionaries(names, st.one_of(st.none(), st.integers(0, 400)), max_size=8).map(
    lambda found: list(found.items())
)
limits = st.one_of(st.none(), st.integers(0, HEADROOM + 600))


def _kept(entries: list[tuple[str, int | None]], chosen: set[str]) -> int:
    return sum(size or 0 for name, size in entries if name not in chosen)


# ---- the rule -----------------------------------------------------------------------------------------
@given(inputs, limits)
def test_what_stays_in_the_start_never_exceeds_the_budget(
    entries: list[tuple[str, int | None]], max_bytes: int | None
) -> None:
    chosen = pre_upload(entries, max_bytes)
    assert chosen <= {name for name, _ in entries}
    limit = budget(max_bytes)
    if limit is None:
        assert chosen == set()
    else:
        assert _kept(entries, chosen) <= limit
        assert all(name in chosen for name, size in entries if size is None or size > limit)


@given(inputs, limits, st.randoms(use_true_random=False))
def test_the_choice_does_not_depend_on_the_order_of_the_inputs(
    entries: list[tuple[str, int | None]], max_bytes: int | None, shuffler: Any
) -> None:
    shuffled = list(entries)
    shuffler.shuffle(shuffled)
    assert pre_upload(shuffled, max_bytes) == pre_upload(entries, max_bytes)


@given(inputs, st.integers(0, HEADROOM + 600))
def test_only_as_many_go_as_it_takes_largest_first(
    entries: list[tuple[str, int | None]], max_bytes: int
) -> None:
    """Of the inputs that fit on their own, the ones that go are the largest (ties by name), and leaving
    out the smallest of them would break the budget."""
    limit = budget(max_bytes)
    assert limit is not None
    chosen = pre_upload(entries, max_bytes)
    fitting = sorted(
        ((size, name) for name, size in entries if size is not None and size <= limit),
        key=lambda entry: (-entry[0], entry[1]),
    )
    went = [name for _, name in fitting if name in chosen]
    assert went == [name for _, name in fitting[: len(went)]]
    if went:
        assert _kept(entries, chosen - {went[-1]}) > limit


def test_the_rules_examples() -> None:
    assert budget(DEFAULT_MULTIPART_MAX_BYTES) == DEFAULT_MULTIPART_MAX_BYTES - 256 * 1024
    assert budget(100) == 0
    assert pre_upload([("a", 150), ("b", 60), ("c", 50)], SMALL) == {"a", "b"}
    assert pre_upload([("a", 50), ("b", 50)], SMALL) == set()
    assert pre_upload([("b", 60), ("a", 60)], SMALL) == {"a"}  # a tie goes by name
    assert pre_upload([("stream", None), ("a", 1)], SMALL) == {"stream"}
    assert pre_upload([("empty", 0)], 0) == set()
    assert pre_upload([("a", 10**12)], None) == set()


# ---- the setting -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [EigenpalClient, AsyncEigenpalClient])
def test_the_setting_from_the_argument_the_environment_and_with_options(
    kind: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EIGENPAL_MULTIPART_MAX_BYTES", raising=False)
    assert kind(api_key=KEY).multipart_max_bytes == DEFAULT_MULTIPART_MAX_BYTES == 4718592
    assert kind(api_key=KEY, multipart_max_bytes=None).multipart_max_bytes is None
    assert kind(api_key=KEY, multipart_max_bytes=0).multipart_max_bytes == 0
    for text, expected in [
        ("1000", 1000),
        (" none ", None),
        ("NULL", None),
        ("unlimited", None),
        ("", 4718592),
    ]:
        monkeypatch.setenv("EIGENPAL_MULTIPART_MAX_BYTES", text)
        assert kind(api_key=KEY).multipart_max_bytes == expected
    monkeypatch.setenv("EIGENPAL_MULTIPART_MAX_BYTES", "1000")
    client = kind(api_key=KEY, multipart_max_bytes=2000)
    assert client.multipart_max_bytes == 2000
    assert client.with_options().multipart_max_bytes == 2000
    assert client.with_options(multipart_max_bytes=None).multipart_max_bytes is None
    assert client.with_options(multipart_max_bytes=5).multipart_max_bytes == 5


@pytest.mark.parametrize("kind", [EigenpalClient, AsyncEigenpalClient])
@pytest.mark.parametrize("text", ["-1", "4.5MiB", "1e6", "infinite", "٣"])
def test_a_bad_environment_value_is_refused_by_name(
    kind: type[Any], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EIGENPAL_MULTIPART_MAX_BYTES", text)
    with pytest.raises(EigenpalUsageError, match=r"EIGENPAL_MULTIPART_MAX_BYTES=.*'none' for no limit"):
        kind(api_key=KEY)


@pytest.mark.parametrize("kind", [EigenpalClient, AsyncEigenpalClient])
@pytest.mark.parametrize("value", [-1, 4.5, "4718592", True])
def test_a_bad_argument_is_refused_by_name(kind: type[Any], value: object) -> None:
    with pytest.raises(EigenpalUsageError, match="multipart_max_bytes must be a whole number"):
        kind(api_key=KEY, multipart_max_bytes=value)
    with pytest.raises(EigenpalUsageError, match="multipart_max_bytes must be a whole number"):
        kind(api_key=KEY).with_options(multipart_max_bytes=value)


# ---- the clients -----------------------------------------------------------------------------------------
def _files_seen(run: Any) -> dict[str, list[str]]:
    return {key: sorted(f["filename"] for f in files) for key, files in run.output["files"].items()}


class Unsized(io.RawIOBase):
    """A readable stream that cannot seek: its size is unknown until it is read."""

    def __init__(self, data: bytes, name: str) -> None:
        self._data, self.name, self.mode = io.BytesIO(data), name, "rb"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.anyio
async def test_the_largest_inputs_go_first_and_the_run_gets_every_file(
    emu: Emulator, tmp_path: Path, anyio_backend: str
) -> None:
    big, middle, small = tmp_path / "big.pdf", tmp_path / "middle.pdf", tmp_path / "small.pdf"
    big.write_bytes(b"B" * 150)
    middle.write_bytes(b"M" * 60)
    small.write_bytes(b"S" * 50)
    clients = [emu.async_client(multipart_max_bytes=SMALL)]
    if anyio_backend == "asyncio":
        clients.append(emu.client(multipart_max_bytes=SMALL))
    for client in clients:
        emu.world.store.files.clear()
        seen: list[tuple[int, int | None]] = []
        try:
            run = await maybe(
                client.run_and_wait(
                    TARGET,
                    {"big": big, "middle": middle, "small": small, "n": 1},
                    progress=lambda done, total, seen=seen: seen.append((done, total)),
                )
            )
        finally:
            await close(client)
        assert _files_seen(run) == {"big": ["big.pdf"], "middle": ["middle.pdf"], "small": ["small.pdf"]}
        assert run.output["input"] == {"n": 1}
        uploaded = sorted((f.file.filename, f.purpose) for f in emu.world.store.files.values())
        assert uploaded == [("big.pdf", "run-input"), ("middle.pdf", "run-input")]
        assert seen[-1] == (260, 260)  # one count over every file of the run


@pytest.mark.anyio
async def test_a_list_and_a_stream_of_unknown_size_go_whole(emu: Emulator, anyio_backend: str) -> None:
    clients = [emu.async_client(multipart_max_bytes=SMALL)]
    if anyio_backend == "asyncio":
        clients.append(emu.client(multipart_max_bytes=SMALL))
    for client in clients:
        emu.world.store.files.clear()
        pages = [{"content": b"1" * 70, "filename": "p1.txt"}, {"content": b"2" * 70, "filename": "p2.txt"}]
        try:
            run = await maybe(
                client.run_and_wait(
                    TARGET,
                    {"pages": pages, "piped": Unsized(b"x" * 10, "piped.bin"), "note": {"content": b"n"}},
                )
            )
        finally:
            await close(client)
        assert _files_seen(run) == {"pages": ["p1.txt", "p2.txt"], "piped": ["piped.bin"], "note": ["note"]}
        assert sorted(f.file.filename for f in emu.world.store.files.values()) == [
            "p1.txt",
            "p2.txt",
            "piped.bin",
        ]


@pytest.mark.anyio
async def test_no_limit_sends_every_file_in_the_start(tmp_path: Path, anyio_backend: str) -> None:
    """``multipart_max_bytes=None``: a self-hosted API without the limit (the emulator's off) takes every
    file in the start, and nothing is uploaded first."""
    big = tmp_path / "big.pdf"
    big.write_bytes(b"B" * 5_000_000)
    with Emulator(latency=0.01, body_limit=None) as emu:
        clients = [emu.async_client(multipart_max_bytes=None)]
        if anyio_backend == "asyncio":
            clients.append(emu.client(multipart_max_bytes=None))
        for client in clients:
            try:
                run = await maybe(client.run_and_wait(TARGET, {"big": big}))
            finally:
                await close(client)
            assert _files_seen(run) == {"big": ["big.pdf"]}
        assert len(emu.world.store.files) == 0


@pytest.mark.anyio
async def test_a_failed_upload_starts_no_run(canned_server: CannedServer, anyio_backend: str) -> None:
    refused = Canned(400, json.dumps({"error": {"code": "bad", "message": "no"}}).encode())
    for client in clients_for(anyio_backend, canned_server.url, multipart_max_bytes=SMALL):
        canned_server.push(refused, refused, refused)
        try:
            with pytest.raises(EigenpalAPIError):
                await maybe(
                    client.run(
                        TARGET,
                        {"a": {"content": b"a" * 200}, "b": {"content": b"b" * 200}, "c": {"content": b"c"}},
                    )
                )
        finally:
            await close(client)
    assert canned_server.requests
    assert {(r.method, r.path) for r in canned_server.requests} == {("POST", "/v1/files/uploads")}  # no run


@pytest.mark.anyio
async def test_a_wrong_argument_is_refused_before_any_upload(
    canned_server: CannedServer, anyio_backend: str
) -> None:
    for client in clients_for(anyio_backend, canned_server.url, multipart_max_bytes=SMALL):
        try:
            with pytest.raises(EigenpalUsageError, match="tags"):
                await maybe(client.run(TARGET, {"a": {"content": b"a" * 200}}, tags="nightly"))
            with pytest.raises(EigenpalUsageError, match=r"files\.b: a file dict needs 'content'"):
                await maybe(client.run(TARGET, {"a": {"content": b"a" * 200}, "b": {"content": "text"}}))
        finally:
            await close(client)
    assert canned_server.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["auto", "presigned-multipart", "http-chunked"])
async def test_a_20_mib_input_runs_under_the_clouds_limit_and_no_request_passes_it(
    tmp_path: Path, anyio_backend: str, transport: str
) -> None:
    """The emulator enforces the cloud's 4.5 MiB body limit (413 past it); a 20 MiB input goes through an
    upload session, the run starts with its reference, and the largest request to the API stays under."""
    document = tmp_path / "scan.pdf"
    document.write_bytes(bytes(range(256)) * (20 * 4096))  # 20 MiB
    with Emulator(latency=0.01, upload_transport=transport) as emu:
        clients = [emu.async_client()]
        if anyio_backend == "asyncio":
            clients.append(emu.client())
        for client in clients:
            try:
                run = await maybe(client.run_and_wait(TARGET, {"scan": document, "small": {"content": b"s"}}))
            finally:
                await close(client)
            assert str(run.execution.status) == "completed"
            assert _files_seen(run) == {"scan": ["scan.pdf"], "small": ["small"]}
            (stored,) = [f for f in emu.world.store.files.values() if f.file.filename == "scan.pdf"]
            assert stored.file.content == document.read_bytes()
            emu.world.store.files.clear()
        assert 0 < emu.world.largest_request_body <= DEFAULT_MULTIPART_MAX_BYTES

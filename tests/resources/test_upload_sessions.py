"""``files.upload`` over upload sessions, on both clients and every transport (httpx blocking, aiohttp
under asyncio, httpx under trio).

The pure plan first (layout, what a resumed upload skips, the part retry rule); then the emulator's
``http-chunked`` sessions end to end; then the presigned transports against a scripted API
(``CannedServer``) and a storage origin of its own on another port (``StorageSink``: it keeps a digest of
each body, never the body, so memory can be measured), which sees every header a storage request carries.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalAPIError,
    EigenpalClient,
    EigenpalError,
    EigenpalResponseError,
    EigenpalUsageError,
)
from eigenpal._retry import Failure, Status
from eigenpal._upload_plan import (
    PART_RETRIES,
    UNSEEKABLE_MAX_BYTES,
    Piece,
    layout,
    part_retry_delay,
    pending,
)
from eigenpal.emulator import Emulator
from eigenpal.emulator.handlers import uploads
from tests.support.canned_server import Canned, CannedServer
from tests.support.clients import KEY, clients_for, close
from tests.support.either import maybe

CHUNK_BYTES = 64 * 1024
UPLOADED = {
    "id": "file_big",
    "filename": "big.bin",
    "contentType": "application/octet-stream",
    "size": 0,
    "createdAt": "2026-07-01T10:00:00Z",
}


# ---- the plan, pure ------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(piece=st.integers(1, 10**6), fraction=st.floats(0, 300), first=st.sampled_from([0, 1]))
def test_a_layout_covers_the_file_exactly_once(piece: int, fraction: float, first: int) -> None:
    size = int(piece * fraction)
    count = max(1, -(-size // piece))
    pieces = layout(size, piece, count, first=first)
    assert [p.number for p in pieces] == list(range(first, first + count))
    assert sum(p.size for p in pieces) == size
    assert all(p.offset == (p.number - first) * piece for p in pieces)


@given(size=st.integers(1, 10**6), piece=st.integers(1, 10**5), off_by=st.sampled_from([-1, 1, 5]))
def test_a_layout_the_file_does_not_fit_is_refused(size: int, piece: int, off_by: int) -> None:
    count = max(1, -(-size // piece)) + off_by
    with pytest.raises(EigenpalResponseError, match="does not cover the file"):
        layout(size, piece, count, first=1)


def test_only_parts_stored_with_their_exact_size_are_skipped() -> None:
    pieces = layout(10, 4, 3, first=1)  # 4, 4, 2 bytes
    assert pending(pieces, {1: 4, 2: 3, 3: None}) == [Piece(2, 4, 4), Piece(3, 8, 2)]
    assert pending(pieces, {1: 4, 2: 4, 3: 2}) == []


@pytest.mark.parametrize(
    ("outcome", "retried"),
    [
        (Failure.NOT_SENT, True),
        (Failure.MAYBE_SENT, True),
        (Failure.TIMEOUT, True),
        (Status(408), True),
        (Status(429), True),
        (Status(500), True),
        (Status(503), True),
        (Status(400), False),
        (Status(403), False),
        (Status(404), False),
    ],
)
def test_the_part_retry_rule(outcome: Any, retried: bool) -> None:
    delays = [part_retry_delay(outcome, attempt) for attempt in range(PART_RETRIES + 1)]
    if retried:
        assert delays == [0.25, 0.5, 1.0, 2.0, None]
    else:
        assert delays == [None] * (PART_RETRIES + 1)


# ---- http-chunked, against the emulator ---------------------------------------------------------------
pytestmark_anyio = pytest.mark.anyio


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """``http-chunked`` sessions cut into 64 KiB chunks, so a small file takes several."""
    monkeypatch.setattr(uploads, "CHUNK_BYTES", CHUNK_BYTES)
    with Emulator(latency=0.01, upload_transport="http-chunked") as emulator:
        yield emulator


def sessions(emu: Emulator) -> list[Any]:
    return list(emu.world.catalog.uploads.values())


@pytestmark_anyio
async def test_a_chunked_upload_round_trips_with_progress_over_the_whole_file(
    client: Any, emu: Emulator, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 1000 + b"tail"  # 256,004 bytes: three full chunks and a short one
    path = tmp_path / "scan.bin"
    path.write_bytes(data)
    seen: list[tuple[int, int | None]] = []
    uploaded = await maybe(
        client.files.upload(path, purpose="run-input", progress=lambda d, t: seen.append((d, t)))
    )
    assert await maybe(client.files.download(uploaded.id)) == data
    assert {total for _, total in seen} == {len(data)} and max(done for done, _ in seen) == len(data)
    (session,) = sessions(emu)
    assert (session.status, session.count, session.purpose) == ("completed", 4, "run-input")


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["multipart", "presigned-put", "presigned-multipart", "http-chunked"])
async def test_every_transport_round_trips_and_the_key_never_reaches_storage(
    transport: str, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uploads, "CHUNK_BYTES", CHUNK_BYTES)
    data = bytes(range(256)) * 1100  # 281,600 bytes: several parts or chunks
    with Emulator(latency=0.01, upload_transport=transport, part_bytes=100_000) as emu:
        made = clients_for(anyio_backend, emu.url, api_key=emu.api_key, default_headers={"X-Team": "t"})
        for client in made:
            try:
                uploaded = await maybe(client.files.upload({"content": data, "filename": "a.bin"}))
                assert await maybe(client.files.download(uploaded.id)) == data
            finally:
                await close(client)
        put = [r for r in emu.world.storage.requests if r.method == "PUT"]
        assert len(put) == {"presigned-put": 1, "presigned-multipart": 3}.get(transport, 0) * len(made)
        for sent in emu.world.storage.requests:
            headers = {k.lower(): v for k, v in sent.headers.items()}
            assert "authorization" not in headers and "x-team" not in headers and "cookie" not in headers
            assert emu.api_key not in json.dumps(headers)
        assert not emu.world.storage.violations
        assert {s.transport for s in emu.world.catalog.uploads.values()} <= {transport}


@pytestmark_anyio
async def test_a_create_whose_answer_was_lost_is_retried_with_its_key(
    client: Any, emu: Emulator, no_backoff: None
) -> None:
    emu.drop_next("files.uploads.create")  # created, then the answer is lost: sent again, same key
    uploaded = await maybe(client.files.upload({"content": b"x" * 100_000, "filename": "a.bin"}))
    assert [s.status for s in sessions(emu)] == ["completed"]
    assert sessions(emu)[0].file_id == uploaded.id


@pytestmark_anyio
async def test_a_failed_chunk_aborts_the_session(client: Any, emu: Emulator) -> None:
    emu.fail_next("files.uploads.chunks.put", 400, count=10)
    with pytest.raises(EigenpalAPIError) as caught:
        await maybe(client.files.upload({"content": b"x" * 200_000, "filename": "a.bin"}))
    assert caught.value.status == 400
    assert [s.status for s in sessions(emu)] == ["aborted"]


@pytestmark_anyio
async def test_a_failed_complete_is_not_aborted_and_says_to_retry_it(client: Any, emu: Emulator) -> None:
    emu.fail_next("files.uploads.complete", 409)
    with pytest.raises(EigenpalAPIError, match=r"retry complete .* do not abort") as caught:
        await maybe(client.files.upload({"content": b"x" * 70_000, "filename": "a.bin"}))
    (session,) = sessions(emu)
    assert session.status == "pending" and session.upload_id in caught.value.message
    stored = await maybe(client.files.complete_upload(session.upload_id))
    assert await maybe(client.files.download(stored.id)) == b"x" * 70_000


@pytest.mark.anyio
async def test_a_cancelled_upload_is_aborted_and_leaves_no_task(emu: Emulator, anyio_backend: str) -> None:
    emu.add_latency("files.uploads.chunks.put", 5.0, count=100)
    async with emu.async_client() as client:
        with anyio.move_on_after(0.5) as scope:
            await client.files.upload({"content": b"x" * 300_000, "filename": "a.bin"})
        assert scope.cancelled_caught
    assert [s.status for s in sessions(emu)] == ["aborted"]


class Unseekable(io.RawIOBase):
    """A pipe: reads, cannot seek."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        block = self._data.read(len(buffer))
        buffer[: len(block)] = block
        return len(block)


@pytestmark_anyio
async def test_a_stream_that_cannot_seek_goes_when_small_and_is_refused_when_large(
    client: Any, emu: Emulator
) -> None:
    small = await maybe(client.files.upload(Unseekable(b"piped" * 1000)))
    assert await maybe(client.files.download(small.id)) == b"piped" * 1000
    with pytest.raises(EigenpalUsageError, match=r"file: the stream cannot seek.*open\(path, 'rb'\)"):
        await maybe(client.files.upload(Unseekable(b"x" * (UNSEEKABLE_MAX_BYTES + 1))))
    assert len(sessions(emu)) == 1  # the refused one sent nothing


BAD_ARGUMENTS = st.one_of(
    st.tuples(
        st.just("purpose"),
        st.text(max_size=20).filter(lambda v: v not in ("run-input", "builder-attachment")),
    ),
    st.tuples(
        st.just("idempotency_key"),
        st.one_of(
            st.just(""),
            st.text(min_size=256, max_size=300),
            st.text(st.characters(categories=["Cc"]), min_size=1, max_size=5),
            st.text(" ", min_size=1, max_size=5),
            st.integers(),
        ),
    ),
    st.tuples(st.just("progress"), st.one_of(st.integers(), st.text(max_size=5))),
)


@pytest.fixture(scope="module")
def quiet_server() -> Iterator[CannedServer]:
    with CannedServer() as server:
        yield server


@settings(max_examples=60, deadline=None)
@given(bad=BAD_ARGUMENTS)
def test_bad_arguments_are_refused_before_anything_is_sent(
    quiet_server: CannedServer, bad: tuple[str, Any]
) -> None:
    name, value = bad
    with (
        EigenpalClient(api_key=KEY, base_url=quiet_server.url) as client,
        pytest.raises(EigenpalUsageError, match=name),
    ):
        client.files.upload({"content": b"x", "filename": "a.bin"}, **{name: value})
    assert quiet_server.requests == []


# ---- presigned transports: a scripted API and a storage origin on another port ----------------------------
class StorageSink:
    """A storage origin that keeps, of each request, its method, path, headers, length and digest (never
    the body: it reads it 64 KiB at a time), answering the statuses queued in ``statuses`` (else 200)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_PUT(self) -> None:
                length, digest = int(self.headers.get("content-length") or 0), hashlib.sha256()
                left = length
                while left:
                    block = self.rfile.read(min(65536, left))
                    if not block:
                        break
                    digest.update(block)
                    left -= len(block)
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.requests.append(
                    {"path": self.path, "headers": headers, "size": length, "sha": digest.hexdigest()}
                )
                status = outer.statuses.pop(0) if outer.statuses else 200
                self.send_response(status)
                self.send_header("etag", '"e"')
                self.send_header("content-length", "0")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> StorageSink:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def storage() -> Iterator[StorageSink]:
    with StorageSink() as sink:
        yield sink


def answer(body: dict[str, Any]) -> Canned:
    return Canned(200, json.dumps(body).encode())


def presigned_put(storage: StorageSink) -> Canned:
    return answer(
        {
            "transport": "presigned-put",
            "uploadId": "upl_1",
            "fileId": "file_big",
            "url": f"{storage.url}/bucket/file_big?X-Amz-Signature=s3cr3t",
            "headers": {"Content-Type": "application/octet-stream", "x-amz-meta-upload": "upl_1"},
            "expiresAt": "2026-07-01T11:00:00Z",
            "maxFileSizeBytes": 1 << 40,
        }
    )


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.anyio
async def test_a_presigned_put_carries_only_the_negotiated_headers_never_the_key(
    anyio_backend: str, canned_server: CannedServer, storage: StorageSink
) -> None:
    data = b"%PDF" + bytes(range(256)) * 512
    made = clients_for(anyio_backend, canned_server.url, default_headers={"X-Team": "ops"})
    for client in made:
        canned_server.push(presigned_put(storage), answer(UPLOADED))
        try:
            assert (await maybe(client.files.upload({"content": data, "filename": "a.pdf"}))).id == "file_big"
        finally:
            await close(client)
    assert len(storage.requests) == len(made)
    for sent in storage.requests:
        assert (sent["size"], sent["sha"]) == (len(data), sha(data))
        assert sent["path"] == "/bucket/file_big?X-Amz-Signature=s3cr3t"
        assert "authorization" not in sent["headers"] and "cookie" not in sent["headers"]
        assert KEY not in json.dumps(sent["headers"])
        assert not any(name.startswith("x-eigenpal") or name == "x-team" for name in sent["headers"])
        assert sent["headers"]["x-amz-meta-upload"] == "upl_1"
    created = [r for r in canned_server.requests if r.path == "/v1/files/uploads"]
    assert all(json.loads(r.body)["size"] == len(data) for r in created)
    assert [r.path for r in canned_server.requests] == [
        "/v1/files/uploads",
        "/v1/files/uploads/upl_1/complete",
    ] * len(made)


@pytest.mark.anyio
async def test_a_storage_503_is_retried_with_the_same_bytes_and_a_400_is_not(
    anyio_backend: str, canned_server: CannedServer, storage: StorageSink, caplog: pytest.LogCaptureFixture
) -> None:
    data = b"y" * 5000
    for client in clients_for(anyio_backend, canned_server.url):
        storage.requests.clear()
        try:
            storage.statuses[:] = [503]
            canned_server.push(presigned_put(storage), answer(UPLOADED))
            await maybe(client.files.upload({"content": data, "filename": "a.bin"}))
            assert [r["sha"] for r in storage.requests] == [sha(data)] * 2
            storage.statuses[:] = [400]
            canned_server.push(presigned_put(storage), answer({"aborted": True}))
            with caplog.at_level("DEBUG", logger="eigenpal"), pytest.raises(EigenpalError) as caught:
                await maybe(client.files.upload({"content": data, "filename": "a.bin"}))
            assert caught.value.status == 400 and len(storage.requests) == 3
            assert "s3cr3t" not in str(caught.value) and "s3cr3t" not in caplog.text
            assert (canned_server.requests[-1].method, canned_server.requests[-1].path) == (
                "DELETE",
                "/v1/files/uploads/upl_1",
            )
        finally:
            await close(client)


def presigned_multipart(parts: int, part_size: int) -> Canned:
    return answer(
        {
            "transport": "presigned-multipart",
            "uploadId": "upl_2",
            "fileId": "file_big",
            "partSizeBytes": part_size,
            "partCount": parts,
            "partsUrl": "/v1/files/uploads/upl_2/parts",
            "completeUrl": "/v1/files/uploads/upl_2/complete",
            "expiresAt": "2026-07-01T11:00:00Z",
            "maxFileSizeBytes": 1 << 40,
        }
    )


def listing(stored: dict[int, int]) -> Canned:
    return answer(
        {
            "transport": "presigned-multipart",
            "uploadId": "upl_2",
            "fileId": "file_big",
            "partSizeBytes": 1,
            "partCount": 1,
            "expiresAt": "2026-07-01T11:00:00Z",
            "parts": [{"partNumber": n, "etag": "e", "size": s} for n, s in stored.items()],
        }
    )


def presigned_part(storage: StorageSink) -> Canned:
    return answer(
        {
            "transport": "presigned-multipart",
            "partNumber": 1,
            "url": f"{storage.url}/bucket/part?sig=s3cr3t",
            "headers": {},
            "expiresAt": "2026-07-01T11:00:00Z",
            "partSizeBytes": 1,
        }
    )


@pytest.mark.anyio
async def test_a_resumed_multipart_upload_sends_only_the_parts_storage_does_not_hold(
    anyio_backend: str, canned_server: CannedServer, storage: StorageSink
) -> None:
    part = 1000
    data = bytes(range(250)) * 17  # 4,250 bytes: parts of 1000, 1000, 1000, 1000, 250
    pieces = [data[i : i + part] for i in range(0, len(data), part)]
    stored_before = {1: part, 2: part, 3: part - 1}  # part 3 listed short: sent again
    for client in clients_for(anyio_backend, canned_server.url):
        storage.requests.clear()
        seen: list[tuple[int, int | None]] = []
        report = seen.append
        canned_server.push(presigned_multipart(5, part), listing(stored_before))
        canned_server.push(*[presigned_part(storage)] * 3)
        canned_server.push(listing({n: len(p) for n, p in enumerate(pieces, 1)}), answer(UPLOADED))
        try:
            await maybe(
                client.files.upload(
                    {"content": data, "filename": "a.bin"},
                    idempotency_key="resume-me",
                    progress=lambda d, t, report=report: report((d, t)),
                )
            )
        finally:
            await close(client)
        assert sorted(r["sha"] for r in storage.requests) == sorted(sha(p) for p in pieces[2:])
        assert seen[0] == (2 * part, len(data)) and seen[-1] == (len(data), len(data))
    created = [json.loads(r.body) for r in canned_server.requests if r.path == "/v1/files/uploads"]
    assert {c["idempotencyKey"] for c in created} == {"resume-me"}


@pytest.mark.anyio
async def test_a_large_upload_streams_in_constant_memory(
    anyio_backend: str, canned_server: CannedServer, storage: StorageSink, tmp_path: Path
) -> None:
    size = 32 * 1024 * 1024
    path = tmp_path / "big.bin"
    with path.open("wb") as handle:
        handle.truncate(size)
    for client in clients_for(anyio_backend, canned_server.url):
        canned_server.push(presigned_put(storage), answer(UPLOADED))
        try:
            tracemalloc.start()
            await maybe(client.files.upload(path))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            await close(client)
        assert storage.requests[-1]["size"] == size
        assert peak < size // 8, f"peak {peak} bytes for a {size}-byte file"


@pytest.mark.anyio
async def test_async_parts_go_at_most_four_at_a_time(
    anyio_backend: str, canned_server: CannedServer, storage: StorageSink
) -> None:
    """The bound: a pool of 4 concurrent parts, never more (the storage sees at most 4 at once)."""
    in_flight, peak = 0, 0
    lock = threading.Lock()
    original = storage._server.RequestHandlerClass.do_PUT  # type: ignore[attr-defined]

    def counting(handler: Any) -> None:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        try:
            threading.Event().wait(0.05)
            original(handler)
        finally:
            with lock:
                in_flight -= 1

    storage._server.RequestHandlerClass.do_PUT = counting  # type: ignore[attr-defined]
    data = b"z" * 10_000
    canned_server.push(presigned_multipart(10, 1000), listing({}))
    canned_server.push(*[presigned_part(storage)] * 10)
    canned_server.push(listing({n: 1000 for n in range(1, 11)}), answer(UPLOADED))
    async with AsyncEigenpalClient(api_key=KEY, base_url=canned_server.url) as client:
        await client.files.upload({"content": data, "filename": "a.bin"})
    assert len(storage.requests) == 10 and 1 < peak <= 4


@pytest.mark.parametrize(
    "url",
    [
        "https://bucket.s3.amazonaws.com/up/1?X-Amz-Credential=AK%2F1&X-Amz-Signature=s3cr3t",
        "https://user:s3cr3t@storage.example/up/1#s3cr3t",
        "http://127.0.0.1:9/uploads/upl_1/parts/2?expires=1&partNumber=2&signature=s3cr3t",
    ],
)
def test_a_presigned_url_is_shown_as_scheme_host_and_path_only(url: str) -> None:
    from urllib.parse import urlsplit

    from eigenpal._redact import redact_url, redact_urls

    assert "s3cr3t" not in redact_url(url) and "s3cr3t" not in redact_urls(f"PUT {url}: refused")
    assert urlsplit(url).path in redact_url(url)  # what it is stays readable

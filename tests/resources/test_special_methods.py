"""The hand-written methods of today's special operations, on the wire: what each sends (path, query,
JSON, multipart parts, a raw body and its length) and returns, on every transport (httpx blocking,
httpx under trio, aiohttp under asyncio), against a scripted loopback server; and every bad argument
refused before anything is sent, naming the argument. (The emulator flows are in
``test_special_methods_emulated.py``.)"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eigenpal import EigenpalClient, EigenpalUsageError
from tests.support.canned_server import Canned, CannedServer, Recorded
from tests.support.clients import clients_for, close
from tests.support.either import maybe

pytestmark = pytest.mark.anyio

AUTOMATION = "workflows.extract-invoice"
ITEMS = "/v1/automations/workflows.extract-invoice/dataset-review-requests/rev_1/items"
OCTETS = {"content-type": "application/octet-stream"}
BLOB = bytes(range(256)) * 300
ITEM = {
    "item": {"id": "item_1", "reviewId": "rev_1", "status": "approved", "updatedAt": "2026-07-01T10:00:00Z"}
}
CHUNK = {"accepted": True, "chunkIndex": 3, "size": 5}
UPLOADED = {
    "id": "file_1",
    "filename": "a.pdf",
    "contentType": "application/pdf",
    "size": 4,
    "createdAt": "2026-07-01T10:00:00Z",
}


@pytest.fixture(scope="module")
def quiet_server() -> Iterator[CannedServer]:
    """One server for the module's refusal and property tests: they send nothing, or one request each."""
    with CannedServer() as server:
        yield server


def recorder() -> tuple[list[tuple[int, int | None]], Callable[[int, int | None], None]]:
    """What a ``progress`` callback is told, and the callback."""
    seen: list[tuple[int, int | None]] = []
    return seen, lambda done, total: seen.append((done, total))


def answer(body: dict[str, Any]) -> Canned:
    return Canned(200, json.dumps(body).encode())


def query_of(sent: Recorded) -> dict[str, list[str]]:
    return parse_qs(urlsplit(sent.path).query)


def parts_of(sent: Recorded) -> dict[str, email.message.Message]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {sent.headers['content-type']}\r\n\r\n".encode() + sent.body
    )
    return {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}


async def each_client(anyio_backend: str, server: CannedServer, *canned: Canned) -> list[Any]:
    """The clients of this backend (see ``clients_for``), with ``canned`` queued once for each."""
    made = clients_for(anyio_backend, server.url)
    for _ in made:
        server.push(*canned)
    return made


async def test_get_item_file_sends_kind_and_keeps_the_path_s_slashes(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path
) -> None:
    for client in await each_client(
        anyio_backend, canned_server, Canned(200, BLOB, OCTETS), Canned(200, BLOB, OCTETS)
    ):
        try:
            node = client.automations.dataset_review_requests
            assert (
                await maybe(node.get_item_file(AUTOMATION, "rev_1", "item_1", "input/scans/a b.pdf")) == BLOB
            )
            progress, report = recorder()
            written = await maybe(
                node.get_item_file(
                    AUTOMATION,
                    "rev_1",
                    "item_1",
                    "expected/result.json",
                    kind="expected",
                    to=tmp_path / "result.json",
                    progress=report,
                )
            )
            assert written == len(BLOB) and (tmp_path / "result.json").read_bytes() == BLOB
            assert progress[-1] == (len(BLOB), len(BLOB))
        finally:
            await close(client)
    for plain, expected in zip(canned_server.requests[::2], canned_server.requests[1::2], strict=True):
        assert plain.method == expected.method == "GET"
        assert plain.path == f"{ITEMS}/item_1/files/input/scans/a%20b.pdf"
        assert expected.path == f"{ITEMS}/item_1/files/expected/result.json?kind=expected"


async def test_update_item_sends_the_decision_as_json_given_either_way(
    anyio_backend: str, canned_server: CannedServer
) -> None:
    decision = {"action": "field-decision", "expectedUpdatedAt": "2026-07-01T10:00:00Z", "fieldPath": "total"}
    for client in await each_client(anyio_backend, canned_server, answer(ITEM), answer(ITEM)):
        try:
            node = client.automations.dataset_review_requests
            by_keyword = await maybe(
                node.update_item(
                    AUTOMATION,
                    "rev_1",
                    "item_1",
                    action="field-decision",
                    expected_updated_at="2026-07-01T10:00:00Z",
                    field_path="total",
                    decision="approved",
                )
            )
            by_dict = await maybe(
                node.update_item(AUTOMATION, "rev_1", "item_1", {**decision, "decision": "approved"})
            )
            assert by_keyword == by_dict and by_keyword.item.id == "item_1"
        finally:
            await close(client)
    for sent in canned_server.requests:
        assert (sent.method, sent.path) == ("PATCH", f"{ITEMS}/item_1")
        assert sent.headers["content-type"] == "application/json"
        assert json.loads(sent.body) == {**decision, "decision": "approved"}


async def test_edit_item_file_uploads_the_corrected_bytes_as_multipart(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path
) -> None:
    corrected = tmp_path / "result.json"
    corrected.write_bytes(b'{"total": 42}')
    for client in await each_client(anyio_backend, canned_server, answer(ITEM)):
        try:
            progress, report = recorder()
            updated = await maybe(
                client.automations.dataset_review_requests.edit_item_file(
                    AUTOMATION,
                    "rev_1",
                    "item_1",
                    corrected,
                    expected_updated_at="2026-07-01T10:00:00Z",
                    file_path="expected/result.json",
                    new_path="expected/fixed.json",
                    comment="the total was wrong",
                    progress=report,
                )
            )
            assert updated.item.id == "item_1" and progress[-1] == (13, 13)
        finally:
            await close(client)
    for sent in canned_server.requests:
        assert (sent.method, sent.path) == ("PATCH", f"{ITEMS}/item_1")
        parts = parts_of(sent)
        assert {name: part.get_content() for name, part in parts.items() if name != "file"} == {
            "expectedUpdatedAt": "2026-07-01T10:00:00Z",
            "action": "edit-file",
            "filePath": "expected/result.json",
            "newPath": "expected/fixed.json",
            "comment": "the total was wrong",
        }
        assert parts["file"].get_payload(decode=True) == b'{"total": 42}'
        assert parts["file"].get_filename() == "result.json"


async def test_edit_item_file_leaves_out_what_is_not_given(
    anyio_backend: str, canned_server: CannedServer
) -> None:
    """An unset ``comment`` is no part at all (the generated model would send ``None`` as the text
    ``"None"``)."""
    for client in await each_client(anyio_backend, canned_server, answer(ITEM)):
        try:
            await maybe(
                client.automations.dataset_review_requests.edit_item_file(
                    AUTOMATION,
                    "rev_1",
                    "item_1",
                    {"content": b"x", "filename": "x.txt"},
                    expected_updated_at="t",
                )
            )
        finally:
            await close(client)
    for sent in canned_server.requests:
        assert sorted(parts_of(sent)) == ["action", "expectedUpdatedAt", "file"]


async def test_human_review_and_template_downloads(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path
) -> None:
    for client in await each_client(anyio_backend, canned_server, *[Canned(200, BLOB, OCTETS)] * 3):
        try:
            assert await maybe(client.human_reviews.download_file("task_1", "file_9")) == BLOB
            assert await maybe(client.templates.download("tpl_1")) == BLOB
            assert await maybe(
                client.templates.download("tpl_1", revision_id="rev_2", to=tmp_path / "t.docx")
            ) == len(BLOB)
            assert (tmp_path / "t.docx").read_bytes() == BLOB
        finally:
            await close(client)
    assert {(r.method, r.path) for r in canned_server.requests} == {
        ("GET", "/v1/human-reviews/task_1/files/file_9/content"),
        ("GET", "/v1/templates/tpl_1/content"),
        ("GET", "/v1/templates/tpl_1/content?revisionId=rev_2"),
    }


async def test_a_chunk_goes_as_its_raw_bytes_with_its_length(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(b"HEADER" + BLOB)
    for client in await each_client(anyio_backend, canned_server, *[answer(CHUNK)] * 4):
        try:
            put = client.files.put_upload_chunk
            assert (await maybe(put("up_1", 0, b"hello"))).accepted is True
            assert (await maybe(put("up_1", 1, memoryview(b"view")))).chunk_index == 3
            progress, report = recorder()
            await maybe(put("up_1", 2, source, progress=report))
            assert progress[-1] == (len(BLOB) + 6, len(BLOB) + 6)
            with source.open("rb") as handle:
                handle.seek(6)  # from the current position to the end
                await maybe(put("up_1", 3, handle))
        finally:
            await close(client)
    sent = canned_server.requests
    assert [(r.method, r.path) for r in sent[:4]] == [
        ("PUT", f"/v1/files/uploads/up_1/chunks/{i}") for i in range(4)
    ]
    assert [r.body for r in sent[:4]] == [b"hello", b"view", b"HEADER" + BLOB, BLOB]
    for request in sent:
        assert request.headers["content-type"] == "application/octet-stream"
        assert request.headers["content-length"] == str(len(request.body))
        assert "transfer-encoding" not in request.headers


async def test_a_retried_chunk_is_sent_whole_again(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path, no_backoff: None
) -> None:
    source = tmp_path / "chunk.bin"
    source.write_bytes(BLOB)
    for client in await each_client(anyio_backend, canned_server, Canned(503, b"{}"), answer(CHUNK)):
        try:
            progress, report = recorder()
            with source.open("rb") as handle:
                await maybe(client.files.put_upload_chunk("up_1", 0, handle, progress=report))
            assert progress[-1] == (len(BLOB), len(BLOB)) and max(done for done, _ in progress) == len(BLOB)
        finally:
            await close(client)
    assert [r.body for r in canned_server.requests] == [BLOB] * len(canned_server.requests)


async def test_upload_sends_its_purpose(anyio_backend: str, canned_server: CannedServer) -> None:
    fallback = answer({"transport": "multipart", "url": "/v1/files", "maxFileSizeBytes": 4 * 1024 * 1024})
    for client in await each_client(
        anyio_backend, canned_server, fallback, answer(UPLOADED), fallback, answer(UPLOADED)
    ):
        try:
            pdf = {"content": b"%PDF", "filename": "a.pdf"}
            assert (await maybe(client.files.upload(pdf, purpose="run-input"))).id == "file_1"
            await maybe(client.files.upload(pdf))
        finally:
            await close(client)
    create, with_purpose, create_without, without = canned_server.requests[:4]
    assert [r.path for r in (create, with_purpose)] == ["/v1/files/uploads", "/v1/files"]
    assert json.loads(create.body)["purpose"] == "run-input"
    assert "purpose" not in json.loads(create_without.body)
    assert parts_of(with_purpose)["purpose"].get_content() == "run-input"
    assert "purpose" not in parts_of(without)


async def test_the_artifact_list_or_either_archive(
    anyio_backend: str, canned_server: CannedServer, tmp_path: Path
) -> None:
    archive = Canned(200, b"PK\x03\x04" + BLOB, {"content-type": "application/zip"})
    listing = answer({"artifacts": [{"path": "output/a.json"}]})
    for client in await each_client(anyio_backend, canned_server, listing, archive, archive, archive):
        try:
            artifacts = client.runs.artifacts
            assert (await maybe(artifacts.list("run_1"))).artifacts[0].path == "output/a.json"
            assert await maybe(artifacts.list("run_1", bundle=True)) == b"PK\x03\x04" + BLOB
            assert await maybe(artifacts.list("run_1", bundle=True, to=tmp_path / "all.zip")) == len(BLOB) + 4
            assert await maybe(artifacts.list("run_1", zip=True, token="signed")) == b"PK\x03\x04" + BLOB
        finally:
            await close(client)
    assert [query_of(r) for r in canned_server.requests[:4]] == [
        {},
        {"bundle": ["review"]},
        {"bundle": ["review"]},
        {"zip": ["1"], "token": ["signed"]},
    ]


REFUSED: list[tuple[str, Any, str]] = [
    (
        "kind",
        lambda c: c.automations.dataset_review_requests.get_item_file(
            AUTOMATION, "r", "i", "a.pdf", kind="output"
        ),
        "kind",
    ),
    (
        "path",
        lambda c: c.automations.dataset_review_requests.get_item_file(AUTOMATION, "r", "i", "../secret"),
        "path",
    ),
    (
        "item id",
        lambda c: c.automations.dataset_review_requests.get_item_file(AUTOMATION, "r", "..", "a.pdf"),
        "item_id",
    ),
    (
        "target",
        lambda c: c.automations.dataset_review_requests.update_item(
            "workflow.x", "r", "i", action="approve", expected_updated_at="t"
        ),
        "workflows.",
    ),
    (
        "no action",
        lambda c: c.automations.dataset_review_requests.update_item(
            AUTOMATION, "r", "i", expected_updated_at="t"
        ),
        "action",
    ),
    (
        "no guard",
        lambda c: c.automations.dataset_review_requests.update_item(AUTOMATION, "r", "i", action="approve"),
        "expected_updated_at",
    ),
    (
        "action",
        lambda c: c.automations.dataset_review_requests.update_item(
            AUTOMATION, "r", "i", action="accept", expected_updated_at="t"
        ),
        "action",
    ),
    (
        "decision",
        lambda c: c.automations.dataset_review_requests.update_item(
            AUTOMATION, "r", "i", action="file-decision", expected_updated_at="t", decision="maybe"
        ),
        "decision",
    ),
    (
        "edit guard",
        lambda c: c.automations.dataset_review_requests.edit_item_file(
            AUTOMATION, "r", "i", b"x", expected_updated_at=""
        ),
        "expected_updated_at",
    ),
    (
        "edit file",
        lambda c: c.automations.dataset_review_requests.edit_item_file(
            AUTOMATION, "r", "i", Path("/no/such.pdf"), expected_updated_at="t"
        ),
        "file",
    ),
    (
        "edit path",
        lambda c: c.automations.dataset_review_requests.edit_item_file(
            AUTOMATION, "r", "i", {"content": b"x"}, expected_updated_at="t", file_path="/abs"
        ),
        "file_path",
    ),
    (
        "edit comment",
        lambda c: c.automations.dataset_review_requests.edit_item_file(
            AUTOMATION, "r", "i", {"content": b"x"}, expected_updated_at="t", comment=3
        ),
        "comment",
    ),
    ("task", lambda c: c.human_reviews.download_file("", "f"), "task_id"),
    ("file id", lambda c: c.human_reviews.download_file("t", "."), "file_id"),
    ("revision", lambda c: c.templates.download("tpl_1", revision_id=" "), "revision_id"),
    ("download to", lambda c: c.templates.download("tpl_1", to=Path("/no/such/folder/t.docx")), "to="),
    ("purpose", lambda c: c.files.upload({"content": b"x"}, purpose="avatar"), "purpose"),
    ("upload id", lambda c: c.files.put_upload_chunk("", 0, b"x"), "upload_id"),
    ("chunk text", lambda c: c.files.put_upload_chunk("up", 0, "not a file"), "data"),
    ("chunk pipe", lambda c: c.files.put_upload_chunk("up", 0, Unseekable(b"x")), "data"),
    ("chunk progress", lambda c: c.files.put_upload_chunk("up", 0, b"x", progress=5), "progress"),
    ("bundle", lambda c: c.runs.artifacts.list("run_1", bundle="yes"), "bundle"),
    ("two archives", lambda c: c.runs.artifacts.list("run_1", zip=True, bundle=True), "bundle=True"),
    ("token", lambda c: c.runs.artifacts.list("run_1", bundle=True, token="t"), "token"),
    ("list to", lambda c: c.runs.artifacts.list("run_1", to=Path("x.zip")), "to="),
]


class Unseekable(io.RawIOBase):
    """A binary stream that cannot seek (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


@pytest.mark.parametrize(("case", "call", "names"), REFUSED, ids=[case for case, _, _ in REFUSED])
async def test_bad_arguments_are_refused_before_sending(
    case: str, call: Any, names: str, anyio_backend: str, quiet_server: CannedServer
) -> None:
    for client in clients_for(anyio_backend, quiet_server.url):
        try:
            with pytest.raises(EigenpalUsageError, match=names):
                await maybe(call(client))
        finally:
            await close(client)
    assert quiet_server.requests == []


NOT_AN_INDEX = st.one_of(
    st.integers(max_value=-1),
    st.booleans(),
    st.floats(),
    st.text(),
    st.none(),
    st.lists(st.integers(min_value=0), max_size=2),
)


@settings(max_examples=60, deadline=None)
@given(index=NOT_AN_INDEX)
def test_a_chunk_index_that_is_not_a_whole_number_from_zero_is_refused(
    index: Any, quiet_server: CannedServer
) -> None:
    client = EigenpalClient(api_key="k", base_url=quiet_server.url)
    with client, pytest.raises(EigenpalUsageError, match="chunk_index"):
        client.files.put_upload_chunk("up_1", index, b"x")
    assert quiet_server.requests == []


@settings(max_examples=40, deadline=None)
@given(index=st.integers(min_value=0, max_value=10**12), data=st.binary(max_size=2048))
def test_any_index_and_bytes_reach_the_wire_as_given(
    index: int, data: bytes, quiet_server: CannedServer
) -> None:
    with EigenpalClient(api_key="k", base_url=quiet_server.url) as client:
        quiet_server.push(answer(CHUNK))
        client.files.put_upload_chunk("up_1", index, data)
    (sent,) = quiet_server.requests
    quiet_server.requests.clear()
    assert (sent.path, sent.body, sent.headers["content-length"]) == (
        f"/v1/files/uploads/up_1/chunks/{index}",
        data,
        str(len(data)),
    )


@settings(max_examples=60, deadline=None)
@given(kind=st.text().filter(lambda value: value not in ("input", "expected")))
def test_a_kind_other_than_input_or_expected_is_refused(kind: str, quiet_server: CannedServer) -> None:
    client = EigenpalClient(api_key="k", base_url=quiet_server.url)
    with client, pytest.raises(EigenpalUsageError, match="kind"):
        client.automations.dataset_review_requests.get_item_file(AUTOMATION, "r", "i", "a.pdf", kind=kind)  # type: ignore[arg-type]
    assert quiet_server.requests == []

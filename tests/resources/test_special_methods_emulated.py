"""The hand-written methods of today's special operations against the emulator, over loopback, on both
clients (blocking, and async under asyncio and trio): a labelling round decided and corrected item by
item, an upload session sent chunk by chunk, a template's revisions downloaded, a human review task's
file, and the run's ZIP. (What the emulator cannot produce, a redirect to storage or a retried chunk,
is in ``test_download_redirects.py`` and ``test_special_methods.py``.)"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eigenpal import EigenpalAPIError, EigenpalNotFoundError
from eigenpal.emulator import Emulator
from eigenpal.emulator.handlers import uploads
from tests.support.either import maybe

pytestmark = pytest.mark.anyio

TARGET = "workflows.extract-invoice"
CHUNK_BYTES = 64 * 1024


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """An emulator whose upload sessions are ``http-chunked`` and cut files into 64 KiB chunks (8 MiB in
    its own configuration), so a small file takes several."""
    monkeypatch.setattr(uploads, "CHUNK_BYTES", CHUNK_BYTES)
    with Emulator(latency=0.01, upload_transport="http-chunked") as emulator:
        yield emulator


async def labelling_round(client: Any) -> tuple[str, Any]:
    """A dataset review request over one example with an input file and an expected file: its id and
    its one item."""
    examples = client.automations.examples
    example = await maybe(examples.create(TARGET, name="invoice-7", input={"n": 7}, expected={"total": 41}))
    await maybe(
        examples.input_files.create(TARGET, example.id, {"content": b"%PDF-7", "filename": "scan.pdf"})
    )
    await maybe(
        examples.expected_files.create(
            TARGET, example.id, {"content": b'{"total": 41}', "filename": "r.json"}
        )
    )
    reviews = client.automations.dataset_review_requests
    review = await maybe(reviews.create(TARGET, title="July invoices", example_names=["invoice-7"]))
    (item,) = (await maybe(reviews.list_items(TARGET, review.id))).items_
    return review.id, item


async def test_a_labelling_round_decided_and_corrected_item_by_item(client: Any, tmp_path: Path) -> None:
    review_id, item = await labelling_round(client)
    reviews = client.automations.dataset_review_requests
    assert (
        await maybe(reviews.get_item_file(TARGET, review_id, item.id, "scan.pdf", kind="input")) == b"%PDF-7"
    )
    # Without kind, an item's file is its input file, as the spec says (the emulator read the expected one).
    assert await maybe(reviews.get_item_file(TARGET, review_id, item.id, "scan.pdf")) == b"%PDF-7"
    assert await maybe(
        reviews.get_item_file(TARGET, review_id, item.id, "r.json", kind="expected", to=tmp_path / "r.json")
    ) == len(b'{"total": 41}')

    decided = await maybe(
        reviews.update_item(
            TARGET,
            review_id,
            item.id,
            action="field-decision",
            expected_updated_at=item.updated_at,
            field_path="total",
            decision="removed",
            comment="the total is wrong",
        )
    )
    assert decided.item.field_decisions["total"]["decision"] == "removed"
    with pytest.raises(EigenpalAPIError) as stale:  # the guard: a decision on what was read before
        await maybe(
            reviews.update_item(
                TARGET, review_id, item.id, action="approve", expected_updated_at=item.updated_at
            )
        )
    assert stale.value.status == 400 and stale.value.has_code("stale_item")

    corrected = await maybe(
        reviews.edit_item_file(
            TARGET,
            review_id,
            item.id,
            {"content": b'{"total": 42}', "filename": "r.json"},
            expected_updated_at=decided.item.updated_at,
            file_path="r.json",
            comment="fixed the total",
        )
    )
    assert corrected.item.status == "edited"
    assert [f.path for f in corrected.item.current_expected_files] == ["r.json"]
    assert await maybe(reviews.get_item_file(TARGET, review_id, item.id, "r.json", kind="expected")) == (
        b'{"total": 42}'
    )
    approved = await maybe(
        reviews.update_item(
            TARGET,
            review_id,
            item.id,
            {"action": "approve", "expectedUpdatedAt": corrected.item.updated_at},
        )
    )
    assert approved.item.status == "approved"
    with pytest.raises(EigenpalNotFoundError):
        await maybe(reviews.get_item_file(TARGET, review_id, item.id, "missing.pdf", kind="input"))


async def test_an_upload_session_sent_chunk_by_chunk_becomes_a_file(client: Any, tmp_path: Path) -> None:
    content = bytes(range(256)) * 600  # 153,600 bytes: chunks of 65,536, 65,536 and 22,528
    pieces = [content[i : i + CHUNK_BYTES] for i in range(0, len(content), CHUNK_BYTES)]
    session = await maybe(
        client.files.create_upload(
            filename="big.bin", content_type="application/octet-stream", size=len(content)
        )
    )
    assert session.chunk_count == 3 and session.chunk_size_bytes == CHUNK_BYTES
    last = tmp_path / "piece-2.bin"
    last.write_bytes(pieces[2])
    progress: list[tuple[int, int | None]] = []
    accepted = await maybe(
        client.files.put_upload_chunk(
            session.upload_id, 2, last, progress=lambda d, t: progress.append((d, t))
        )
    )
    assert (accepted.chunk_index, accepted.size) == (2, len(pieces[2]))
    assert progress[-1] == (len(pieces[2]), len(pieces[2]))
    with io.BytesIO(b"ignored" + pieces[0]) as handle:
        handle.seek(len(b"ignored"))  # a file is sent from where it stands
        await maybe(client.files.put_upload_chunk(session.upload_id, 0, handle))
    await maybe(client.files.put_upload_chunk(session.upload_id, 1, pieces[1]))
    await maybe(client.files.put_upload_chunk(session.upload_id, 1, pieces[1]))  # sent again: fine
    with pytest.raises(EigenpalAPIError) as wrong:
        await maybe(client.files.put_upload_chunk(session.upload_id, 1, pieces[1][:-1]))
    assert wrong.value.status == 400

    stored = await maybe(client.files.complete_upload(session.upload_id))
    assert stored.size == len(content)
    assert await maybe(client.files.download(stored.id)) == content


def docx(text: str) -> bytes:
    """A minimal DOCX (a ZIP holding the document's XML) whose body is ``text``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document><w:t>{text}</w:t></w:document>")
    return buffer.getvalue()


async def test_a_template_downloads_its_current_or_an_earlier_revision(client: Any, tmp_path: Path) -> None:
    first, second = docx("Dear {{name}}"), docx("Hello {{name}}, {{total}}")
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    uploaded = [
        await maybe(client.files.upload({"content": body, "filename": "letter.docx", "mime_type": mime}))
        for body in (first, second)
    ]
    created = await maybe(client.templates.create(file_id=uploaded[0].id))
    replaced = await maybe(client.templates.replace(created.id, file_id=uploaded[1].id))
    assert replaced.current_revision.number == 2
    assert await maybe(client.templates.download(created.id)) == second
    earlier = created.current_revision.id
    assert await maybe(
        client.templates.download(created.id, revision_id=earlier, to=tmp_path / "v1.docx")
    ) == len(first)
    assert (tmp_path / "v1.docx").read_bytes() == first
    with pytest.raises(EigenpalNotFoundError):
        await maybe(client.templates.download(created.id, revision_id="rev_missing"))


async def test_a_human_review_task_s_file(client: Any) -> None:
    """An unknown task's file is a 404 naming the task (tests/emulator reads real ones)."""
    with pytest.raises(EigenpalNotFoundError, match="task_1"):
        await maybe(client.human_reviews.download_file("task_1", "file_1"))


async def test_a_run_s_artifacts_listed_or_zipped(client: Any, tmp_path: Path) -> None:
    """The list, and the ZIP of output files (the emulator does not build the ``bundle`` archive yet;
    ``test_special_methods.py`` checks what ``bundle=True`` sends)."""
    run = await maybe(client.run_and_wait(TARGET, {"doc": {"content": b"%PDF-run", "filename": "d.pdf"}}))
    paths = {a.path for a in (await maybe(client.runs.artifacts.list(run.id))).artifacts}
    assert "input/doc/d.pdf" in paths
    written = await maybe(client.runs.artifacts.list(run.id, zip=True, to=tmp_path / "a.zip"))
    assert written == (tmp_path / "a.zip").stat().st_size
    with zipfile.ZipFile(tmp_path / "a.zip") as opened:
        assert opened.namelist() == sorted(
            p.removeprefix("output/") for p in paths if p.startswith("output/")
        )

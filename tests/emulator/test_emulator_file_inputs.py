"""File inputs of ``runs.start`` as JSON: ``{"$fileId": ...}`` resolves a stored file, ``{"$inline": ...}``
carries the bytes; the run's input and artifacts (listed, bundled) show them. The June form
``{"fileId": ...}`` is refused."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from typing import Any

import httpx
import pytest

from eigenpal.emulator import Emulator

TARGET = "workflows.extract-invoice"


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(
        base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}, follow_redirects=True
    )


def start(client: httpx.Client, files: dict[str, Any]) -> httpx.Response:
    return client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET, "files": files})


def inline(name: str, content: bytes, mime: str = "text/plain") -> dict[str, Any]:
    return {"$inline": {"filename": name, "mimeType": mime, "base64": base64.b64encode(content).decode()}}


def test_stored_and_inline_files_reach_the_run(emu: Emulator) -> None:
    client = http(emu)
    stored = client.post("/v1/files", files={"file": ("contract.pdf", b"%PDF-1.7", "application/pdf")}).json()
    files = {
        "contract": {"$fileId": stored["id"]},
        "notes": [inline("a.txt", b"first"), inline("b.txt", b"second")],
    }
    run = start(client, files).json()
    assert run["execution"]["status"] == "completed"
    described = run["output"]["files"]
    digest = hashlib.sha256(b"%PDF-1.7").hexdigest()[:16]
    assert described["contract"] == [{"filename": "contract.pdf", "size": 8, "sha256": digest}]
    assert [(f["filename"], f["size"]) for f in described["notes"]] == [("a.txt", 5), ("b.txt", 6)]
    echoed = client.get(f"/v1/runs/{run['id']}", params={"expand": "input"}).json()["input"]
    assert echoed["files"] == [
        {"name": "contract/contract.pdf"},
        {"name": "notes/a.txt"},
        {"name": "notes/b.txt"},
    ]
    artifact = client.get(f"/v1/runs/{run['id']}/artifacts/input/notes/b.txt")
    assert artifact.content == b"second"
    client.delete(f"/v1/files/{stored['id']}")  # the run keeps its copy
    assert client.get(f"/v1/runs/{run['id']}/artifacts/input/contract/contract.pdf").content == b"%PDF-1.7"


@pytest.mark.parametrize(
    ("files", "status", "field"),
    [
        ({"doc": {"$fileId": "file_missing"}}, 404, "files.doc.$fileId"),
        ({"doc": [inline("a.txt", b"x"), {"$fileId": "file_missing"}]}, 404, "files.doc.1.$fileId"),
        (
            {"doc": {"$inline": {"filename": "a.txt", "mimeType": "text/plain", "base64": "not base64!"}}},
            400,
            "files.doc.$inline.base64",
        ),
        ({"doc": inline("../escape.txt", b"x")}, 400, "files.doc.$inline.filename"),
        ({"doc": {"fileId": "file_1"}}, 400, "files.doc"),  # the June form
        ({"doc": {"$inline": {"filename": "a.txt"}}}, 400, "files.doc"),
    ],
)
def test_a_bad_file_reference_answers_naming_it(
    emu: Emulator, files: dict[str, Any], status: int, field: str
) -> None:
    response = start(http(emu), files)
    assert response.status_code == status, response.text
    assert any(issue["field"].startswith(field) for issue in response.json()["issues"]), response.json()


def test_the_bundle_holds_every_artifact_and_the_zip_the_outputs(emu: Emulator) -> None:
    client = http(emu)
    run = start(client, {"note": inline("n.txt", b"hello")}).json()["id"]
    archives = {}
    for params in ({"bundle": "review"}, {"zip": "1"}):
        response = client.get(f"/v1/runs/{run}/artifacts", params=params)
        assert response.headers["content-type"] == "application/zip"
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            archives[next(iter(params))] = {name: archive.read(name) for name in archive.namelist()}
    assert set(archives["bundle"]) == {"input/note/n.txt", "output/summary.json"}
    assert archives["bundle"]["input/note/n.txt"] == b"hello"
    assert set(archives["zip"]) == {"summary.json"}

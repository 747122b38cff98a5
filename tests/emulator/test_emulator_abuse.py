"""The emulator under hostile input, over real HTTP on loopback: deep JSON, bad dataset archives,
ZIP bombs and oversized chunked bodies, bad faults, unsafe paths and stalled connections."""

from __future__ import annotations

import io
import json
import re
import socket
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from eigenpal.emulator import Emulator, Limits
from eigenpal.emulator._http import MAX_JSON_DEPTH
from tests.support.emulator_process import emulator_process

TARGET = "workflows.extract-invoice"
BASE = f"/v1/automations/{TARGET}"
JSON = {"content-type": "application/json"}
MIB = 1024 * 1024


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"})


@pytest.fixture
def fresh() -> Iterator[Emulator]:
    """An emulator of its own, for tests that look at a whole dataset."""
    with Emulator(latency=0.01) as emulator:
        yield emulator


def issues(response: httpx.Response, status: int) -> list[dict[str, str]]:
    """The envelope's issues, after checking the status and the envelope's shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["requestId"] == response.headers["x-request-id"]
    assert all(set(issue) == {"field", "message", "code", "severity"} for issue in body["issues"])
    return list(body["issues"])


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def archive(entries: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zipped:
        for name, content in entries.items():
            zipped.writestr(name, content)
    return buffer.getvalue()


def import_dataset(client: httpx.Client, content: bytes, mode: str = "append") -> httpx.Response:
    return client.post(f"{BASE}/dataset/import", data={"mode": mode}, files={"file": ("d.zip", content)})


def finished_run(client: httpx.Client) -> str:
    response = client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET})
    assert response.status_code == 200
    return str(response.json()["id"])


# ---- 9: deep JSON ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [3000, MAX_JSON_DEPTH])
def test_json_nested_too_deeply_answers_400(emu: Emulator, depth: int) -> None:
    client = http(emu)
    run = finished_run(client)
    deep = nested(depth)
    for method, path, kwargs, field in [
        ("POST", "/v1/runs", {"content": f'{{"target":"{TARGET}","input":{{"a":{deep}}}}}'}, "body"),
        ("PUT", f"/v1/runs/{run}/reviews", {"content": f'{{"correctedOutput":{deep}}}'}, "body"),
    ]:
        found = issues(client.request(method, path, headers=JSON, **kwargs), 400)
        assert found[0]["field"] == field and "deeper" in found[0]["message"]
    parts = {"data": {"target": TARGET, "input": f'{{"a":{deep}}}'}, "files": {"files.doc": ("a.txt", b"x")}}
    multipart = client.post("/v1/runs", **parts)
    assert issues(multipart, 400)[0]["field"] == "input"


def test_json_at_the_depth_limit_is_stored_and_answered(emu: Emulator) -> None:
    client = http(emu)
    deepest = json.loads(nested(MAX_JSON_DEPTH - 2))  # inside {"input": {"a": ...}}
    done = client.post(
        "/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET, "input": {"a": deepest}}
    )
    assert done.status_code == 200, done.text
    run = done.json()["id"]
    assert client.get(f"/v1/runs/{run}", params={"expand": "input"}).status_code == 200
    review = client.put(
        f"/v1/runs/{run}/reviews", json={"correctedOutput": json.loads(nested(MAX_JSON_DEPTH - 1))}
    )
    assert review.status_code == 200 and client.get(f"/v1/runs/{run}/reviews").status_code == 200
    assert emu.world.violations == []


def test_evaluator_yaml_nested_too_deeply_answers_400(emu: Emulator) -> None:
    response = http(emu).put(f"{BASE}/evaluators", json={"yaml": nested(3000)})
    assert issues(response, 400)[0]["field"] == "yaml"


# ---- 10: dataset entries are validated, all or nothing --------------------------------------------------
def test_dataset_import_refuses_invalid_examples_and_changes_nothing(fresh: Emulator) -> None:
    client = http(fresh)
    kept = json.dumps({"name": "kept", "input": {"a": 1}}).encode()
    assert import_dataset(client, archive({"examples/k/example.json": kept})).status_code == 200
    bad = json.dumps({"rowOrder": "first", "metadata": 5, "annotation": 7}).encode()
    entries = {
        "examples/ok/example.json": b'{"input": {"b": 2}}',
        "examples/bad/example.json": bad,
        "examples/list/example.json": b"[1]",
        "examples/broken/example.json": b"{",
    }
    for mode in ("append", "replace"):
        fields = {issue["field"] for issue in issues(import_dataset(client, archive(entries), mode), 400)}
        assert fields == {
            "examples/bad/example.json.rowOrder",
            "examples/bad/example.json.metadata",
            "examples/bad/example.json.annotation",
            "examples/list/example.json",
            "examples/broken/example.json",
        }
    listed = client.get(f"{BASE}/examples")
    assert listed.status_code == 200 and [e["name"] for e in listed.json()["data"]] == ["kept"]
    replaced = import_dataset(client, archive({"examples/ok/example.json": b'{"rowOrder": 1}'}), "replace")
    assert replaced.json()["deleted"] == 1 and client.get(f"{BASE}/examples").json()["total"] == 1


# ---- 11: no token bypass ------------------------------------------------------------------------------------
def test_the_artifacts_zip_needs_the_key_even_with_a_token(emu: Emulator) -> None:
    run = finished_run(http(emu))
    anonymous = httpx.get(f"{emu.url}/v1/runs/{run}/artifacts", params={"zip": "1", "token": "anything"})
    assert issues(anonymous, 401)[0]["field"] == "authorization"
    assert http(emu).get(f"/v1/runs/{run}/artifacts", params={"zip": "1"}).status_code == 200


# ---- 12: bounded memory ----------------------------------------------------------------------------------
def test_a_zip_bomb_is_refused_before_it_inflates() -> None:
    bomb = archive({f"examples/e/input/zeros{i}.bin": bytes(8 * MIB) for i in range(3)}, zipfile.ZIP_DEFLATED)
    assert len(bomb) < 100 * 1024
    with Emulator(max_upload_bytes=MIB) as emu:
        client = http(emu)
        tracemalloc.start()
        try:
            response = import_dataset(client, bomb)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert issues(response, 413)[0]["code"] == "payload_too_large"
        assert peak < 4 * MIB  # one entry inflated whole would be 8 MiB
        assert client.get(f"{BASE}/examples").json()["total"] == 0


def test_an_archive_with_too_many_entries_is_refused() -> None:
    with Emulator(limits=Limits(archive_entries=5)) as emu:
        many = archive({f"examples/e{i}/example.json": b"{}" for i in range(6)})
        assert issues(import_dataset(http(emu), many), 413)[0]["field"] == "file"


@pytest.mark.parametrize(
    ("path", "content_type", "start"),
    [
        ("/v1/runs", "application/json", b'{"target": "'),
        (
            "/v1/files",
            "multipart/form-data; boundary=x",
            b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\n',
        ),
    ],
)
def test_a_chunked_body_is_not_read_past_the_cap(path: str, content_type: str, start: bytes) -> None:
    sent = 0
    chunk = b"x" * (256 * 1024)

    def body() -> Iterator[bytes]:  # 64 MiB, without a Content-Length
        nonlocal sent
        yield start
        for _ in range(256):
            sent += len(chunk)
            yield chunk

    with Emulator(max_upload_bytes=MIB) as emu:
        response = http(emu).post(path, content=body(), headers={"content-type": content_type})
        assert issues(response, 413)[0]["code"] == "payload_too_large"
        assert http(emu).get("/v1/auth/check").status_code == 200
    assert sent < 32 * MIB  # the server stopped reading near the cap and closed the connection


# ---- 13: faults are validated, and need the key when one is configured --------------------------------
@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"content": b"{not json", "headers": JSON}, "body"),
        ({"json": [{"route": "*", "status": 500}]}, "body"),
        ({"json": {"route": "*", "status": 500, "colour": "red"}}, "colour"),
        ({"json": {"status": 500}}, "route"),
        ({"json": {"route": "*", "status": 99}}, "status"),
        ({"json": {"route": "*", "status": 200}}, "status"),
        ({"json": {"route": "*", "status": "500"}}, "status"),
        ({"json": {"route": "*", "status": 429, "retry_after": "1\r\nX-Evil: 1"}}, "retry_after"),
        ({"json": {"route": "*", "status": 429, "retry_after": "soon"}}, "retry_after"),
        ({"json": {"route": "*", "count": 0}}, "count"),
        (
            {"json": {"route": "GET /api/v1/runs", "status": 503}},
            "route",
        ),  # June's prefix: it could never fire
        ({"json": {"route": "runs.feedback.get", "status": 503}}, "route"),
        ({"content": b'{"route": "*", "latency": Infinity}', "headers": JSON}, "latency"),
        (
            {"content": b'{"route": "*", "status": 500}', "headers": {"content-type": "text/plain"}},
            "Content-Type",
        ),
    ],
)
def test_an_invalid_fault_answers_400_and_breaks_nothing(
    emu: Emulator, kwargs: dict[str, Any], field: str
) -> None:
    found = issues(httpx.post(f"{emu.url}/_emulator/faults", **kwargs), 400)
    assert found[0]["field"] == field and found[0]["message"]
    assert http(emu).get("/v1/auth/check").status_code == 200


@pytest.mark.parametrize(
    ("status", "retry_after"), [(99, None), (200, None), (429, "1\r\nX: y"), (429, "soon")]
)
def test_fail_next_refuses_the_same_faults(emu: Emulator, status: int, retry_after: str | None) -> None:
    with pytest.raises(ValueError, match=r"^(status|retry_after) must be"):
        emu.fail_next("auth.check", status, retry_after=retry_after)
    assert http(emu).get("/v1/auth/check").status_code == 200


@pytest.mark.parametrize("route", ["GET /api/v1/runs", "GET /v1/runs/{runId}", "runs.feedback.get", "GET"])
def test_a_fault_on_a_route_no_operation_has_is_refused(emu: Emulator, route: str) -> None:
    with pytest.raises(ValueError, match=r"^No operation .*/v1/path"):
        emu.fail_next(route, 503)
    emu.fail_next("GET /v1/runs/{id}", 503)
    assert http(emu).get("/v1/runs/run_x").status_code == 503


def test_fault_routes_need_the_configured_key() -> None:
    fault = {"route": "auth.check", "status": 503}
    with Emulator(api_key="ep_test_configured") as emu:
        anonymous = httpx.post(f"{emu.url}/_emulator/faults", json=fault)
        assert issues(anonymous, 401)[0]["field"] == "authorization"
        assert issues(httpx.delete(f"{emu.url}/_emulator/faults"), 401)
        client = http(emu)
        assert client.post("/_emulator/faults", json=fault).status_code == 201
        assert client.get("/v1/auth/check").status_code == 503
        assert httpx.get(f"{emu.url}/_emulator/health").json()["ok"] is True


def test_the_command_line_emulator_protects_its_fault_routes() -> None:
    with emulator_process() as lines:
        url, key = lines["EIGENPAL_BASE_URL"], lines["EIGENPAL_API_KEY"]
        fault = {"route": "auth.check", "status": 503}
        assert httpx.post(f"{url}/_emulator/faults", json=fault).status_code == 401
        authorised = httpx.post(
            f"{url}/_emulator/faults", json=fault, headers={"Authorization": f"Bearer {key}"}
        )
        assert authorised.status_code == 201


# ---- 14: one set of path rules wherever a path enters ----------------------------------------------------
UNSAFE = ["a//etc/passwd", "dir\\x.txt", "./x.txt", "x/../../y", "x\x01.txt"]


@pytest.mark.parametrize("path", UNSAFE)
def test_archive_entry_paths_follow_the_upload_rules(fresh: Emulator, path: str) -> None:
    client = http(fresh)
    entry = f"examples/a/input/{path}"
    content = archive({"examples/a/example.json": b"{}", entry: b"x"})
    found = issues(import_dataset(client, content), 400)
    assert found[0]["field"] == "file" and repr(entry.removesuffix("/")) in found[0]["message"]
    assert client.get(f"{BASE}/examples").json()["total"] == 0


@pytest.mark.parametrize("name", ["a//b.txt", "dir\\b.txt", "./b.txt"])
def test_example_file_names_follow_the_upload_rules(emu: Emulator, name: str) -> None:
    client = http(emu)
    example = client.post(f"{BASE}/examples", json={"name": "paths"}).json()["id"]
    for folder in ("input", "expected"):
        files = f"{BASE}/examples/{example}/{folder}"
        assert name in issues(client.post(files, files={"file": (name, b"x")}), 400)[0]["message"].replace(
            "\\\\", "\\"
        )
        assert client.post(files, files={"file": ("ok.txt", b"x")}).status_code == 201
        renamed = client.patch(f"{files}/ok.txt", json={"newFilename": name})
        assert issues(renamed, 400)[0]["field"] == "newFilename"
        assert client.get(files).json()["files"] == ["ok.txt"]


@pytest.mark.parametrize("name", ["a//b.txt", "dir\\b.txt", "./b.txt"])
def test_expected_file_names_follow_the_upload_rules(emu: Emulator, name: str) -> None:
    client = http(emu)
    run = finished_run(client)
    expected = f"/v1/runs/{run}/reviews/expected"
    uploaded = client.post(expected, data={"name": name}, files={"file": ("ok.txt", b"x")})
    assert issues(uploaded, 400)[0]["field"] == "name"
    copied = client.post(expected, json={"outputFileName": "summary.json", "expectedName": name})
    assert issues(copied, 400)[0]["field"] == "expectedName"
    assert client.post(expected, files={"file": ("ok.txt", b"x")}).status_code == 201
    assert issues(client.patch(f"{expected}/ok.txt", json={"name": name}), 400)[0]["field"] == "name"
    assert client.get(expected).json()["files"] == [{"name": "ok.txt"}]


# ---- 15: stalled connections are closed ------------------------------------------------------------------
def _read_response(sock: socket.socket) -> bytes:
    """One whole response's head (its body read and dropped)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: (\d+)", head, re.IGNORECASE).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += sock.recv(65536)
    return head


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` (recv gives EOF) within ``seconds``."""
    sock.settimeout(seconds)
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_a_stalled_request_head_is_disconnected() -> None:
    with Emulator(header_timeout=0.5) as emu:
        host, port = emu.url.removeprefix("http://").split(":")
        address = (host, int(port))
        with socket.create_connection(address) as silent, socket.create_connection(address) as partial:
            partial.sendall(b"GET /v1/auth/check HTTP/1.1\r\nHost: x\r\n")
            started = time.monotonic()
            assert _closed_within(partial, 5) and _closed_within(silent, 5)
            assert time.monotonic() - started < 3
        with socket.create_connection(address) as slow:  # a second request stalls on a kept-alive connection
            request = f"GET /v1/auth/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {emu.api_key}\r\n\r\n"
            slow.sendall(request.encode())
            assert _read_response(slow).startswith(b"HTTP/1.1 200")
            slow.sendall(b"GET /v1/auth/check HTTP/1.1\r\n")
            assert _closed_within(slow, 5)
        assert http(emu).get("/v1/auth/check").status_code == 200

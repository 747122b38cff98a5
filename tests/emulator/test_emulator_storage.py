"""The emulator takes and gives files as the cloud does: upload sessions negotiated by size and configuration
against a storage origin on its own port (signed URLs, never a credential), the API's request-body limit
(413 past 4.5 MiB), idempotent sessions, and downloads that redirect to signed storage URLs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from eigenpal.emulator import Emulator, StorageCredentialsError
from eigenpal.emulator._state import ApiKey
from eigenpal.emulator._storage import StorageRequest
from eigenpal.emulator._world import DEFAULT_BODY_LIMIT
from tests.support.either import maybe

KIB = 1024
MIB = 1024 * KIB
PART = 64 * KIB


def http(emu: Emulator, key: str | None = None) -> httpx.Client:
    return httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {key or emu.api_key}"})


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def refused(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    return dict(response.json()["issues"][0])


def create(client: httpx.Client, size: int, **extra: Any) -> dict[str, Any]:
    body = {"filename": "in.bin", "contentType": "application/x-test", "size": size, **extra}
    return ok(client.post("/v1/files/uploads", json=body))  # type: ignore[no-any-return]


def content_of(size: int) -> bytes:
    return bytes(i % 251 for i in range(size))


def storage_requests(emu: Emulator, since: list[StorageRequest] | None = None) -> list[StorageRequest]:
    """What the storage origin received, after the requests in ``since`` (the module shares its emulator)."""
    seen = {id(r) for r in since or []}
    return [r for r in emu.world.storage.requests if id(r) not in seen]


@pytest.fixture
def parts_emu() -> Iterator[Emulator]:
    """Small parts, so a multipart upload needs no large file: 64 KiB parts above 100 KiB."""
    with Emulator(latency=0.0, part_bytes=PART, presigned_put_max_bytes=100 * KIB) as emulator:
        yield emulator


# ---- each transport, negotiated and completed ----------------------------------------------------------
def test_auto_sends_a_small_file_as_one_presigned_put_to_the_storage_origin(emu: Emulator) -> None:
    client, content, before = http(emu), content_of(10 * KIB), storage_requests(emu)
    session = create(client, len(content), purpose="run-input")
    assert session["transport"] == "presigned-put"
    assert session["url"].startswith(emu.storage_url + "/") and emu.storage_url != emu.url
    assert session["headers"] == {"content-type": "application/x-test"}
    assert (
        refused(client.post(f"/v1/files/uploads/{session['uploadId']}/complete"), 409)["field"] == "uploadId"
    )
    stored = httpx.put(session["url"], content=content, headers=session["headers"])
    assert stored.status_code == 200 and stored.headers["etag"]
    made = ok(client.post(f"/v1/files/uploads/{session['uploadId']}/complete"))
    assert (made["id"], made["size"], made["purpose"]) == (session["fileId"], len(content), "run-input")
    assert emu.world.store.files[made["id"]].file.content == content
    sent = storage_requests(emu, before)
    assert [r.method for r in sent] == ["PUT"] and "authorization" not in sent[0].headers


def test_auto_sends_a_large_file_in_presigned_parts_listed_with_their_sizes(parts_emu: Emulator) -> None:
    client, content = http(parts_emu), content_of(3 * PART + 1000)
    session = create(client, len(content))
    assert (session["transport"], session["partSizeBytes"], session["partCount"]) == (
        "presigned-multipart",
        PART,
        4,
    )
    parts = f"/v1/files/uploads/{session['uploadId']}/parts"
    assert session["partsUrl"] == parts and ok(client.get(parts))["parts"] == []
    for number in range(1, 5):
        signed = ok(client.post(parts, json={"partNumber": number}))
        assert (signed["partNumber"], signed["partSizeBytes"]) == (number, PART)
        piece = content[(number - 1) * PART : number * PART]
        if number == 2:
            piece = piece[:-1]  # stored short: listed with its size, and not counted
        assert httpx.put(signed["url"], content=piece, headers=signed["headers"]).status_code == 200
    listed = ok(client.get(parts))
    assert [(p["partNumber"], p["size"]) for p in listed["parts"]] == [
        (1, PART),
        (2, PART - 1),
        (3, PART),
        (4, 1000),
    ]
    assert "[2]" in refused(client.post(session["completeUrl"]), 409)["message"]
    again = ok(client.post(parts, json={"partNumber": 2}))
    assert httpx.put(again["url"], content=content[PART : 2 * PART]).status_code == 200
    made = ok(client.post(session["completeUrl"]))
    assert parts_emu.world.store.files[made["id"]].file.content == content
    assert ok(client.get(f"/v1/files/uploads/{session['uploadId']}"))["status"] == "completed"
    assert refused(client.post(parts, json={"partNumber": 5}), 400)["field"] == "partNumber"


def test_http_chunked_chunks_fit_under_the_body_limit() -> None:
    with Emulator(latency=0.0, upload_transport="http-chunked", body_limit=MIB + MIB // 2) as emu:
        client, content = http(emu), content_of(2 * MIB + 5)
        session = create(client, len(content))
        assert (session["transport"], session["chunkSizeBytes"], session["chunkCount"]) == (
            "http-chunked",
            MIB,
            3,
        )
        octets = {"content-type": "application/octet-stream"}
        for index in range(3):
            chunk = content[index * MIB : (index + 1) * MIB]
            accepted = ok(client.put(f"{session['chunksUrl']}/{index}", content=chunk, headers=octets))
            assert accepted == {"accepted": True, "chunkIndex": index, "size": len(chunk)}
        made = ok(client.post(session["completeUrl"]))
        assert emu.world.store.files[made["id"]].file.content == content


def test_the_multipart_fallback_names_the_files_route_and_the_body_limit() -> None:
    with Emulator(latency=0.0, upload_transport="multipart") as emu:
        client = http(emu)
        fallback = create(client, 10)
        assert fallback == {
            "transport": "multipart",
            "url": "/v1/files",
            "maxFileSizeBytes": DEFAULT_BODY_LIMIT,
        }
        made = ok(client.post(fallback["url"], files={"file": ("in.bin", b"0123456789")}))
        assert made["size"] == 10


def test_an_unknown_transport_or_limit_is_refused_when_configured() -> None:
    with pytest.raises(ValueError, match="upload_transport"):
        Emulator(upload_transport="ftp")
    with pytest.raises(ValueError, match="body_limit"):
        Emulator(body_limit=0)


# ---- signed URLs ---------------------------------------------------------------------------------------
def _with(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()} | changes
    return parts._replace(query="&".join(f"{k}={v}" for k, v in query.items())).geturl()


def test_storage_refuses_an_altered_an_expired_or_an_unsigned_url(emu: Emulator) -> None:
    client = http(emu)
    session, other = create(client, 4), create(client, 4)
    url, headers = session["url"], session["headers"]
    signature = parse_qs(urlsplit(url).query)["signature"][0]
    flipped = ("0" if signature[0] != "0" else "1") + signature[1:]
    expires = str(int(parse_qs(urlsplit(url).query)["expires"][0]) + 3600)
    other_path = urlsplit(other["url"]).path
    altered = [
        _with(url, signature=flipped),
        _with(url, expires=expires),
        _with(url, partNumber="1"),
        urlsplit(url)._replace(path=other_path).geturl(),  # another upload's path with this signature
        urlsplit(url)._replace(query="").geturl(),
    ]
    for bad in altered:
        answer = httpx.put(bad, content=b"abcd", headers=headers)
        assert answer.status_code == 403, bad
        assert answer.json()["issues"][0]["field"] == "signature"
    path = urlsplit(url).path
    expired, _ = emu.world.storage.sign("PUT", path, expires=int(time.time()) - 1)
    assert "expired" in httpx.put(expired, content=b"abcd", headers=headers).json()["issues"][0]["message"]
    wrong_type = httpx.put(url, content=b"abcd", headers={"content-type": "text/plain"})
    assert (wrong_type.status_code, wrong_type.json()["issues"][0]["field"]) == (403, "content-type")
    assert session["fileId"] not in emu.world.store.files
    assert emu.world.catalog.uploads[session["uploadId"]].received == {}
    assert httpx.put(url, content=b"abcd", headers=headers).status_code == 200  # the genuine one works


def test_storage_refuses_and_records_any_request_carrying_credentials(emu: Emulator) -> None:
    session = create(http(emu), 4)
    url, headers = session["url"], session["headers"]
    carrying = [
        {"authorization": f"Bearer {emu.api_key}"},
        {"authorization": "Basic eDp5"},
        {"cookie": "session=1"},
        {"x-api-key": emu.api_key},
    ]
    for extra in carrying:
        answer = httpx.put(url, content=b"abcd", headers={**headers, **extra})
        assert (answer.status_code, answer.json()["issues"][0]["field"]) == (403, "authorization")
    assert len(emu.world.storage.violations) == 4
    assert not any(emu.api_key in v for v in emu.world.storage.violations)
    assert emu.world.catalog.uploads[session["uploadId"]].received == {}
    with pytest.raises(StorageCredentialsError, match="Authorization"):
        emu.check_storage()
    emu.world.storage.violations.clear()  # sent on purpose; the fixture's exit checks the rest


def test_a_piece_longer_than_its_part_is_refused_and_not_stored(parts_emu: Emulator) -> None:
    client = http(parts_emu)
    session = create(client, 2 * PART)
    signed = ok(client.post(session["partsUrl"], json={"partNumber": 1}))
    answer = httpx.put(signed["url"], content=b"x" * (PART + 1))
    assert (answer.status_code, answer.json()["issues"][0]["code"]) == (400, "entity_too_large")
    assert ok(client.get(session["partsUrl"]))["parts"] == []
    assert refused(client.post(session["partsUrl"], json={"partNumber": 3}), 400)["field"] == "partNumber"


# ---- idempotency and abort -----------------------------------------------------------------------------
def test_the_same_idempotency_key_answers_the_same_session_and_file(emu: Emulator) -> None:
    client, content, files_before = http(emu), b"0123456789", set(emu.world.store.files)
    first = create(client, len(content), idempotencyKey="key-1")
    replay = create(client, len(content), idempotencyKey="key-1")
    assert (replay["uploadId"], replay["fileId"]) == (first["uploadId"], first["fileId"])
    assert create(client, len(content), idempotencyKey="key-2")["uploadId"] != first["uploadId"]
    body = {"filename": "in.bin", "contentType": "application/x-test", "size": 11, "idempotencyKey": "key-1"}
    assert refused(client.post("/v1/files/uploads", json=body), 409)["field"] == "idempotencyKey"
    emu.world.keys["ep_test_other"] = ApiKey("ep_test_other", "key_other")
    elsewhere = ok(http(emu, "ep_test_other").post("/v1/files/uploads", json={**body, "size": len(content)}))
    assert elsewhere["uploadId"] != first["uploadId"]  # idempotency keys are per API key

    assert httpx.put(first["url"], content=content, headers=first["headers"]).status_code == 200
    made = ok(client.post(f"/v1/files/uploads/{first['uploadId']}/complete"))
    after = create(client, len(content), idempotencyKey="key-1")  # a retry after the answer was lost
    assert (after["uploadId"], after["fileId"]) == (first["uploadId"], made["id"])
    assert httpx.put(after["url"], content=content, headers=after["headers"]).status_code == 200
    assert ok(client.post(f"/v1/files/uploads/{after['uploadId']}/complete")) == made
    assert set(emu.world.store.files) - files_before == {made["id"]}


def test_an_aborted_session_drops_its_parts_and_takes_no_more(parts_emu: Emulator) -> None:
    client = http(parts_emu)
    session = create(client, 2 * PART, idempotencyKey="abort-me")
    signed = ok(client.post(session["partsUrl"], json={"partNumber": 1}))
    assert httpx.put(signed["url"], content=b"x" * PART).status_code == 200
    upload = f"/v1/files/uploads/{session['uploadId']}"
    assert ok(client.delete(upload)) == {"aborted": True}
    state = ok(client.get(upload))
    assert (state["status"], state["parts"]) == ("aborted", [])
    assert httpx.put(signed["url"], content=b"x" * PART).status_code == 404
    assert refused(client.post(session["partsUrl"], json={"partNumber": 2}), 409)["field"] == "uploadId"
    assert refused(client.post(session["completeUrl"]), 409)["field"] == "uploadId"
    fresh = create(client, 2 * PART, idempotencyKey="abort-me")  # the key starts over after an abort
    assert fresh["uploadId"] != session["uploadId"]


# ---- the request-body limit ----------------------------------------------------------------------------
def _multipart_of_length(total: int) -> tuple[bytes, str]:
    """A ``files.create`` body of exactly ``total`` bytes, and its content type."""
    boundary = "b0undary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return head + b"x" * (total - len(head) - len(tail)) + tail, f"multipart/form-data; boundary={boundary}"


def test_the_api_takes_a_body_at_the_limit_and_answers_413_past_it(emu: Emulator) -> None:
    client = http(emu)
    at_limit, content_type = _multipart_of_length(DEFAULT_BODY_LIMIT)
    assert ok(client.post("/v1/files", content=at_limit, headers={"content-type": content_type}))["size"] > 0
    past, content_type = _multipart_of_length(DEFAULT_BODY_LIMIT + 1)
    answer = client.post("/v1/files", content=past, headers={"content-type": content_type})
    issue = refused(answer, 413)
    assert (issue["field"], issue["code"]) == ("body", "payload_too_large")
    assert answer.json()["requestId"]


def test_a_streamed_body_is_cut_at_the_limit_too(emu: Emulator) -> None:
    """No Content-Length (chunked): the 413 comes from counting, before the key is even looked at."""

    def chunks() -> Iterator[bytes]:
        for _ in range(5):
            yield b"x" * MIB

    with httpx.Client(base_url=emu.url) as anonymous:
        answer = anonymous.put(
            "/v1/files/uploads/upl_x/chunks/0",
            content=chunks(),
            headers={"content-type": "application/octet-stream"},
        )
    assert refused(answer, 413)["code"] == "payload_too_large"


def test_the_storage_origin_and_a_self_hosted_api_have_no_body_limit(emu: Emulator) -> None:
    client, content = http(emu), content_of(6 * MIB)
    session = create(client, len(content))
    assert httpx.put(session["url"], content=content, headers=session["headers"]).status_code == 200
    assert ok(client.post(f"/v1/files/uploads/{session['uploadId']}/complete"))["size"] == len(content)
    with Emulator(latency=0.0, body_limit=None) as self_hosted:
        made = ok(http(self_hosted).post("/v1/files", files={"file": ("a.bin", content)}))
        assert made["size"] == len(content)


# ---- downloads redirect ----------------------------------------------------------------------------------
def test_downloads_redirect_to_a_signed_storage_url_that_gets_no_key(emu: Emulator) -> None:
    client, content = http(emu), content_of(3 * MIB + 7)  # several streamed slices
    before = storage_requests(emu)
    made = ok(client.post("/v1/files", files={"file": ("a.bin", content, "application/pdf")}))
    answer = client.get(f"/v1/files/{made['id']}/content")
    assert answer.status_code == 302 and answer.headers["location"].startswith(emu.storage_url + "/objects/")
    followed = client.get(f"/v1/files/{made['id']}/content", follow_redirects=True)
    assert followed.content == content and followed.headers["content-type"] == "application/pdf"
    assert followed.headers["content-disposition"] == 'attachment; filename="a.bin"'
    sent = storage_requests(emu, before)
    assert [r.method for r in sent] == ["GET"] and "authorization" not in sent[0].headers  # httpx drops it
    tampered = _with(answer.headers["location"], expires=str(int(time.time()) + 10_000))
    assert httpx.get(tampered).status_code == 403


def test_run_artifacts_and_dataset_exports_redirect_and_example_files_stay_inline(emu: Emulator) -> None:
    client = http(emu)
    run = ok(client.post("/v1/runs", params={"wait_for_completion": 5},
                         json={"target": "workflows.extract-invoice", "input": {"a": 1}}))  # fmt: skip
    artifact = client.get(f"/v1/runs/{run['id']}/artifacts/output/summary.json")
    assert artifact.status_code == 302
    assert httpx.get(artifact.headers["location"]).json()["input"] == {"a": 1}
    export = client.get("/v1/automations/workflows.extract-invoice/dataset/export")
    assert export.status_code == 302 and httpx.get(export.headers["location"]).content[:2] == b"PK"
    # openapi.yaml declares no 302 for example files, so they are answered inline (a redirect would break it)
    spec_302 = [o.operation_id for o in emu.app.contract.operations if "302" in o.spec["responses"]]
    assert "automations.examples.input.file.get" not in spec_302


def test_redirects_can_be_turned_off() -> None:
    with Emulator(latency=0.0, redirect_downloads=False) as emu:
        client = http(emu)
        made = ok(client.post("/v1/files", files={"file": ("a.bin", b"abc")}))
        answer = client.get(f"/v1/files/{made['id']}/content")
        assert (answer.status_code, answer.content) == (200, b"abc")
        assert storage_requests(emu) == []


@pytest.mark.anyio
async def test_the_sdk_follows_the_redirect_and_never_sends_the_key_to_storage(
    client: Any, emu: Emulator, tmp_path: Path
) -> None:
    content, before = content_of(2 * MIB + 3), storage_requests(emu)
    source = tmp_path / "in.bin"
    source.write_bytes(content)
    made = await maybe(client.files.upload(source))
    assert await maybe(client.files.download(made.id)) == content
    assert await maybe(client.files.download(made.id, to=tmp_path / "out.bin")) == len(content)
    assert (tmp_path / "out.bin").read_bytes() == content
    sent = storage_requests(emu, before)  # the upload's presigned PUT, then the two downloads' GETs
    assert [r.method for r in sent] == ["PUT", "GET", "GET"] and all(r.status == 200 for r in sent)
    assert all("authorization" not in r.headers and emu.api_key not in str(r.headers) for r in sent)


@pytest.mark.anyio
async def test_the_sdk_negotiates_an_upload_session_against_the_emulator(client: Any, emu: Emulator) -> None:
    session = await maybe(
        client.files.create_upload(filename="a.pdf", content_type="application/pdf", size=3)
    )
    assert session.transport == "presigned-put" and session.url.startswith(emu.storage_url)
    assert (
        httpx.put(
            session.url, content=b"abc", headers=dict(session.headers.additional_properties)
        ).status_code
        == 200
    )
    made = await maybe(client.files.complete_upload(session.upload_id))
    assert (made.id, made.size) == (session.file_id, 3)
    assert (await maybe(client.files.get_upload(session.upload_id))).status == "completed"

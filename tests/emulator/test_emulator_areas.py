"""The newer areas of the API in the emulator answer consistently: what a create returns, a get and a list
return; an update shows in both; a delete makes the get 404. Folders, automations and their versions,
templates, email servers (no secret ever sent back), upload sessions, dataset review requests, steps."""

from __future__ import annotations

import io
import itertools
import zipfile
from typing import Any

import httpx

from eigenpal.emulator import Emulator

_names = itertools.count()


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(
        base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}, follow_redirects=True
    )


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def issue(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    return dict(response.json()["issues"][0])


def test_folders_hold_automations_and_move_them(emu: Emulator) -> None:
    client = http(emu)
    name = f"team-{next(_names)}"
    emu.add_automation(f"workflows.{name}.intake")
    roots = ok(client.get("/v1/folders", params={"type": "workflow"}))
    team = next(f for f in roots if f["name"] == name)
    assert (team["parentId"], team["workflowCount"], team["previewItems"]) == (
        None,
        1,
        [{"name": "Intake", "kind": "workflow"}],
    )
    assert {"finance"} <= {f["name"] for f in roots}  # the seeded automation's folder
    child = ok(
        client.post("/v1/folders", json={"name": "sub", "type": "workflow", "parentId": team["id"]}), 201
    )
    assert ok(client.get(f"/v1/folders/{child['id']}")) == child
    assert [
        f["id"] for f in ok(client.get("/v1/folders", params={"type": "workflow", "parentId": team["id"]}))
    ] == [child["id"]]
    tree = ok(client.get("/v1/folders", params={"type": "workflow", "tree": "true"}))
    assert {team["id"], child["id"]} <= {f["id"] for f in tree}
    assert (
        issue(
            client.post("/v1/folders", json={"name": "sub", "type": "workflow", "parentId": team["id"]}), 409
        )["field"]
        == "name"
    )
    assert (
        issue(client.patch(f"/v1/folders/{team['id']}", json={"parentId": child["id"]}), 400)["field"]
        == "parentId"
    )
    renamed = ok(client.patch(f"/v1/folders/{team['id']}", json={"name": f"{name}-x"}))
    assert renamed["name"] == f"{name}-x" and renamed["childCount"] == 1
    moved = ok(client.get(f"/v1/automations/workflows.{name}-x.intake"))
    assert (moved["folderId"], moved["folderPath"], moved["slug"]) == (
        team["id"],
        f"{name}-x",
        f"{name}-x/intake",
    )
    in_folder = ok(client.get("/v1/automations", params={"folderId": team["id"]}))["data"]
    assert [a["id"] for a in in_folder] == [moved["id"]]
    ok(client.delete(f"/v1/folders/{child['id']}"))
    assert issue(client.get(f"/v1/folders/{child['id']}"), 404)["code"] == "not_found"
    templates = ok(client.post("/v1/folders", json={"name": "letters", "type": "template"}), 201)
    assert templates["id"] not in {
        f["id"] for f in ok(client.get("/v1/folders", params={"type": "workflow"}))
    }


def test_automations_move_and_delete(emu: Emulator) -> None:
    client = http(emu)
    alias = f"workflows.move-{next(_names)}"
    automation = emu.add_automation(alias)
    assert ok(client.get(f"/v1/automations/{alias}"))["folderId"] is None
    moved = ok(client.patch(f"/v1/automations/{automation.id}", json={"folderPath": "archive/2026"}))
    assert (moved["folderPath"], moved["slug"]) == ("archive/2026", f"archive/2026/{alias.split('.')[1]}")
    folder = moved["folderId"]
    assert ok(client.get(f"/v1/folders/{folder}"))["name"] == "2026"
    back = ok(client.patch(f"/v1/automations/{automation.id}", json={"folderId": None}))
    assert (back["folderId"], back["folderPath"]) == (None, None)
    assert (
        issue(client.patch(f"/v1/automations/{automation.id}", json={"folderId": "fld_missing"}), 404)[
            "field"
        ]
        == "folderId"
    )
    assert ok(client.delete(f"/v1/automations/{automation.id}")) == {"deleted": True, "id": automation.id}
    assert client.get(f"/v1/automations/{automation.id}").status_code == 404
    assert automation.id not in {
        a["id"] for a in ok(client.get("/v1/automations", params={"limit": 100}))["data"]
    }


def test_versions_are_created_promoted_and_restored(emu: Emulator) -> None:
    client = http(emu)
    alias = f"workflows.versions-{next(_names)}"
    emu.add_automation(alias, versions=["v1", "v2"])
    base = f"/v1/automations/{alias}/versions"
    made = ok(client.post(base, json={"yaml": "steps: []", "version": "v3"}), 201)
    assert (made["version"], made["isCurrent"]) == ("v3", False)
    assert issue(client.post(base, json={"yaml": "x", "version": "v3"}), 409)["field"] == "version"
    assert issue(client.post(base, json={"historyId": "nope", "version": "v4"}), 404)["field"] == "historyId"
    listed = ok(client.get(base))["data"]
    assert [v["version"] for v in listed] == ["v3", "v2", "v1"] and [v["isCurrent"] for v in listed] == [
        False,
        True,
        False,
    ]
    promoted = ok(client.post(f"{base}/{made['id']}/promote"))
    assert promoted["isCurrent"] is True and ok(client.get(f"/v1/automations/{alias}"))["version"] == "v3"
    run = ok(client.post("/v1/runs", json={"target": alias}), 201)
    assert run["source"]["version"] == "v3"
    restored = ok(client.post(f"{base}/v1/restore", json={"message": "roll back"}), 201)
    assert (restored["version"], restored["isCurrent"]) == ("v4", True)
    assert issue(client.post(f"{base}/v4/restore", json={}), 409)["field"] == "versionId"
    assert issue(client.post(f"{base}/v9/promote"), 404)["field"] == "versionId"
    agent = issue(
        client.post("/v1/automations/agents.invoice-agent/versions", json={"yaml": "x", "version": "v9"}), 400
    )
    assert "sync" in agent["message"]


def _docx(*tokens: str, part: str = "word/document.xml") -> bytes:
    """A minimal .docx naming ``tokens`` (an .xlsx with ``part="xl/sharedStrings.xml"``); the same tokens give
    the same bytes (a fixed entry date, not the clock's, which made two calls a second apart differ)."""
    buffer = io.BytesIO()
    entry = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(entry, "<w:t>" + " ".join(f"{{{{ {t} }}}}" for t in tokens) + "</w:t>")
    return buffer.getvalue()


def test_templates_come_from_stored_files_with_revisions(emu: Emulator) -> None:
    client = http(emu)
    original = _docx("customer.name", "total")
    first = ok(client.post("/v1/files", files={"file": ("letter.docx", original)}))
    second = ok(client.post("/v1/files", files={"file": ("letter.docx", _docx("total"))}))
    text = ok(client.post("/v1/files", files={"file": ("notes.txt", b"{{x}}")}))
    made = ok(client.post("/v1/templates", json={"fileId": first["id"], "description": "Dunning"}), 201)
    assert (made["name"], made["format"], made["description"]) == ("letter", "docx", "Dunning")
    assert [(t["name"], t["path"]) for t in made["tokens"]] == [
        ("customer.name", ["customer", "name"]),
        ("total", ["total"]),
    ]
    assert "cleanupProof" not in made and made["currentRevision"]["number"] == 1
    assert ok(client.get(f"/v1/templates/{made['id']}")) == made
    assert made in ok(client.get("/v1/templates", params={"limit": 100}))["items"]
    replaced = ok(client.put(f"/v1/templates/{made['id']}", json={"fileId": second["id"]}))
    assert replaced["currentRevision"]["number"] == 2 and [t["name"] for t in replaced["tokens"]] == ["total"]
    old = client.get(
        f"/v1/templates/{made['id']}/content", params={"revisionId": made["currentRevision"]["id"]}
    )
    assert (
        old.content
        == _docx("customer.name", "total")
        != client.get(f"/v1/templates/{made['id']}/content").content
    )
    assert issue(client.post("/v1/templates", json={"fileId": text["id"]}), 422)["field"] == "fileId"
    assert issue(client.post("/v1/templates", json={"fileId": "file_missing"}), 404)["field"] == "fileId"
    assert ok(client.delete(f"/v1/templates/{made['id']}")) == {"deleted": True}
    assert client.get(f"/v1/templates/{made['id']}").status_code == 404


def test_staged_templates_are_finalized_or_cleaned_up_with_their_proof(emu: Emulator) -> None:
    client = http(emu)
    stored = ok(client.post("/v1/files", files={"file": ("sheet.xlsx", _docx(part="xl/sharedStrings.xml"))}))
    kept, dropped = (
        ok(client.post("/v1/templates", json={"fileId": stored["id"], "staged": True}), 201) for _ in range(2)
    )
    staging = f"/v1/templates/{kept['id']}/staging"
    assert issue(client.post(staging, json={"proof": "wrong", "action": "finalize"}), 409)["field"] == "proof"
    assert (
        ok(client.post(staging, json={"proof": kept["cleanupProof"], "action": "finalize"}))["finalized"]
        is True
    )
    assert (
        issue(client.post(staging, json={"proof": kept["cleanupProof"], "action": "cleanup"}), 409)["field"]
        == "id"
    )
    cleanup = {"proof": dropped["cleanupProof"], "action": "cleanup"}
    assert ok(client.post(f"/v1/templates/{dropped['id']}/staging", json=cleanup))["cleaned"] is True
    assert client.get(f"/v1/templates/{dropped['id']}").status_code == 404 and kept["format"] == "xlsx"


def test_email_servers_never_send_their_secrets_back(emu: Emulator) -> None:
    client = http(emu)
    name = f"mail-{next(_names)}"
    secrets = {"password": "hunter2-smtp", "caPem": "-----BEGIN CERTIFICATE-----"}
    smtp = {"name": name, "transport": "smtp", "host": "smtp.local", "port": 465, "security": "tls",
            "fromEmail": "ops@x.test", "fromName": "Ops", "username": "ops", **secrets}  # fmt: skip
    made = client.post("/v1/email-servers", json=smtp)
    server = ok(made, 201)
    assert (server["host"], server["port"], server["passwordConfigured"], server["caPemConfigured"]) == (
        "smtp.local",
        465,
        True,
        True,
    )
    assert issue(client.post("/v1/email-servers", json=smtp), 409)["field"] == "name"
    resend = {
        "name": f"{name}-r",
        "transport": "resend",
        "apiKey": "re_secret_key",
        "fromEmail": "a@x.test",
        "fromName": "A",
    }
    other = ok(client.post("/v1/email-servers", json=resend), 201)
    assert other["apiKeyConfigured"] is True and "apiKey" not in other
    url = f"/v1/email-servers/{server['id']}"
    updated = ok(client.patch(url, json={"name": f"{name}-2", "enabled": False}))
    assert updated["name"] == f"{name}-2" and ok(client.get(url)) == updated
    assert updated in ok(client.get("/v1/email-servers", params={"limit": 100}))["data"]
    assert issue(client.post(f"{url}/test", json={"to": "me@x.test"}), 409)["field"] == "id"  # disabled
    assert (
        ok(client.post(f"/v1/email-servers/{other['id']}/test", json={"to": "me@x.test"}))["transport"]
        == "resend"
    )
    answers = [
        made.text,
        client.get(url).text,
        client.get("/v1/email-servers").text,
        client.patch(url, json={}).text,
    ]
    assert not [s for s in (*secrets.values(), "re_secret_key") for answer in answers if s in answer]
    assert ok(client.delete(url)) == {"deleted": True, "id": server["id"]}
    assert client.get(url).status_code == 404


def test_an_upload_session_takes_chunks_and_completes_into_a_file() -> None:
    with Emulator(upload_transport="http-chunked") as emu:
        _chunked_session(emu, http(emu))


def _chunked_session(emu: Emulator, client: httpx.Client) -> None:
    content = bytes(range(256)) * 40
    session = ok(
        client.post(
            "/v1/files/uploads",
            json={"filename": "big.bin", "contentType": "application/x-big", "size": len(content)},
        )
    )
    assert (session["transport"], session["chunkCount"]) == ("http-chunked", 1)
    upload = f"/v1/files/uploads/{session['uploadId']}"
    chunk = {"content-type": "application/octet-stream"}
    assert (
        issue(client.put(f"{upload}/chunks/0", content=content[:-1], headers=chunk), 400)["field"] == "body"
    )
    assert (
        issue(client.put(f"{upload}/chunks/1", content=content, headers=chunk), 400)["field"] == "chunkIndex"
    )
    assert issue(client.post(f"{upload}/complete"), 409)["field"] == "uploadId"
    assert ok(client.put(f"{session['chunksUrl']}/0", content=content, headers=chunk)) == {
        "accepted": True,
        "chunkIndex": 0,
        "size": len(content),
    }
    pending = ok(client.get(upload))
    assert (pending["status"], [p["size"] for p in pending["parts"]]) == ("pending", [len(content)])
    made = ok(client.post(session["completeUrl"]))
    assert (made["id"], made["filename"], made["size"], made["contentType"]) == (
        session["fileId"],
        "big.bin",
        len(content),
        "application/x-big",
    )
    assert client.get(f"/v1/files/{made['id']}/content").content == content
    assert ok(client.get(upload))["status"] == "completed"
    # a completed session takes its chunks again as a no-op (a retried upload), never a second file
    assert ok(client.put(f"{upload}/chunks/0", content=content, headers=chunk))["accepted"] is True
    assert ok(client.post(session["completeUrl"])) == made
    other = ok(client.post("/v1/files/uploads", json={"filename": "x", "contentType": "x/y", "size": 1}))
    assert ok(client.delete(f"/v1/files/uploads/{other['uploadId']}")) == {"aborted": True}
    assert ok(client.get(f"/v1/files/uploads/{other['uploadId']}"))["status"] == "aborted"
    too_big = {"filename": "x", "contentType": "x/y", "size": emu.world.config.max_upload_bytes + 1}
    assert issue(client.post("/v1/files/uploads", json=too_big), 413)["field"] == "size"


def test_dataset_review_requests_snapshot_examples_and_record_decisions(emu: Emulator) -> None:
    client = http(emu)
    alias = f"workflows.dataset-{next(_names)}"
    emu.add_automation(alias)
    base = f"/v1/automations/{alias}"
    for name in ("a", "b"):
        ok(
            client.post(
                f"{base}/examples", json={"name": name, "input": {"n": name}, "expected": {"ok": name}}
            ),
            201,
        )
    assert (
        issue(
            client.post(f"{base}/dataset-review-requests", json={"title": "t", "exampleNames": ["a", "zz"]}),
            404,
        )["field"]
        == "exampleNames.1"
    )
    made = ok(client.post(f"{base}/dataset-review-requests", json={"title": "Check", "exampleNames": ["a", "b"],
              "itemNotes": [{"exampleName": "b", "comment": "look at b"}]}), 201)  # fmt: skip
    request = f"{base}/dataset-review-requests/{made['id']}"
    assert made["progress"] == {
        "total": 2,
        "pending": 2,
        "approved": 0,
        "edited": 0,
        "removed": 0,
        "remaining": 2,
        "complete": False,
    }
    assert [e["action"] for e in made["events"]] == ["created", "commented"]
    assert ok(client.get(request)) == made
    assert [r["id"] for r in ok(client.get(f"{base}/dataset-review-requests"))["data"]] == [made["id"]]
    inbox = ok(client.get("/v1/dataset-review-requests", params={"status": "open", "limit": 100}))["data"]
    mine = next(r for r in inbox if r["id"] == made["id"])
    assert mine["automationName"] == ok(client.get(base))["name"] and mine["title"] == "Check"
    first, second = made["items"]
    item = f"{request}/items/{first['id']}"
    approved = ok(client.patch(item, json={"action": "approve", "expectedUpdatedAt": first["updatedAt"]}))[
        "item"
    ]
    assert approved["status"] == "approved"
    assert (
        issue(client.patch(item, json={"action": "remove", "expectedUpdatedAt": first["updatedAt"]}), 400)[
            "field"
        ]
        == "expectedUpdatedAt"
    )
    edit = {"action": "edit", "expectedUpdatedAt": second["updatedAt"], "expected": {"ok": "B"}}
    edited = ok(client.patch(f"{request}/items/{second['id']}", json=edit))["item"]
    assert (edited["status"], edited["currentExpectedJson"], edited["snapshotExpectedJson"]) == (
        "edited",
        {"ok": "B"},
        {"ok": "b"},
    )
    assert ok(client.get(f"{request}/items", params={"status": "edited"}))["items"] == [edited]
    assert ok(client.get(request))["progress"]["complete"] is True
    assert [e["action"] for e in ok(client.get(f"{request}/events"))["events"]] == [
        "created",
        "commented",
        "approved",
        "edited",
    ]
    closed = ok(client.patch(request, json={"status": "closed"}))
    assert closed["status"] == "closed" and closed["closedAt"]


def test_a_step_of_a_run_reads_in_full(emu: Emulator) -> None:
    client = http(emu)
    run = ok(
        client.post(
            "/v1/runs",
            params={"wait_for_completion": 5},
            json={"target": "workflows.extract-invoice", "input": {"n": 1}},
        )
    )
    steps = ok(client.get(f"/v1/runs/{run['id']}/steps"))
    assert steps["total"] == len(steps["steps"]) == 1
    step = ok(client.get(f"/v1/runs/{run['id']}/steps/{steps['steps'][0]['id']}"))
    assert {**step, "input": None, "output": None} == {**steps["steps"][0], "input": None, "output": None}
    assert (step["input"], step["output"]) == ({"n": 1}, run["output"])
    assert issue(client.get(f"/v1/runs/{run['id']}/steps/step_missing"), 404)["field"] == "stepExecutionId"

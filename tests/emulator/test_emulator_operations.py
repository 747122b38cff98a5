"""Every operation of the spec has a handler, and a well-formed call of each answers 2xx with a body the
spec allows (test mode validates every response; a violation answers 500 and is recorded), its handler
reading only the query and body fields the spec declares."""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Callable
from typing import Any

import httpx

from eigenpal.emulator import Emulator
from eigenpal.emulator._app import HANDLERS
from eigenpal.emulator._contract import Contract

TARGET = "workflows.extract-invoice"
AUTOMATION = f"/v1/automations/{TARGET}"


def test_every_operation_of_the_spec_has_a_handler_and_nothing_else_does() -> None:
    operation_ids = {operation.operation_id for operation in Contract().operations}
    assert len(operation_ids) == 109
    assert sorted(operation_ids - set(HANDLERS)) == [], "operations without a handler"
    assert sorted(set(HANDLERS) - operation_ids) == [], "handlers of no operation"


def _docx(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document><w:t>{text}</w:t></w:document>")
    return buffer.getvalue()


def test_a_well_formed_call_of_every_operation_answers_what_the_spec_allows() -> None:
    answered: dict[str, int] = {}
    with (
        Emulator(latency=0.0, upload_transport="http-chunked") as emu,
        httpx.Client(
            base_url=emu.url,
            headers={"Authorization": f"Bearer {emu.api_key}"},
            timeout=30,
            follow_redirects=True,  # downloads redirect to the storage origin (which gets no key)
        ) as http,
    ):

        def call(operation_id: str, method: str, path: str, expect: int | None = None, **kwargs: Any) -> Any:
            response = http.request(method, path, **kwargs)
            wanted = response.is_success if expect is None else response.status_code == expect
            assert wanted, (operation_id, response.status_code, response.text)
            answered[operation_id] = response.status_code
            return response.json() if response.headers.get("content-type") == "application/json" else None

        _walk(call)
        assert emu.world.violations == []
        reads = dict(emu.world.field_reads)
    assert set(answered) == {operation.operation_id for operation in Contract().operations}
    assert reads and _beyond_the_spec(reads) == {}
    assert _beyond_the_spec({("runs.get", "query"): {"expand", "bogus"}}) == {
        ("runs.get", "query"): {"bogus"}
    }


def _beyond_the_spec(reads: dict[tuple[str, str], set[str]]) -> dict[tuple[str, str], set[str]]:
    """The query and body keys handlers looked up that their operation does not declare (a body's keys
    are those of its schema and of every ``oneOf``/``anyOf`` member)."""
    contract = Contract()

    def fields(schema: dict[str, Any]) -> set[str]:
        schema = contract.resolve(schema)
        members = [m for key in ("oneOf", "anyOf", "allOf") for m in schema.get(key, [])]
        return set(schema.get("properties", {})).union(*(fields(m) for m in members))

    beyond = {}
    for (operation_id, where), keys in reads.items():
        operation = contract.by_id[operation_id]
        if where == "query":
            allowed = {p["name"] for p in operation.parameters if p["in"] == "query"}
        else:
            allowed = fields(contract.body_schema(operation, "application/json") or {})
        if keys - allowed:
            beyond[(operation_id, where)] = keys - allowed
    return beyond


def _walk(call: Callable[..., Any]) -> None:
    call("auth.check", "GET", "/v1/auth/check")
    call("models.list", "GET", "/v1/models", params={"capability": "ocr"})
    call("models.parserReadiness", "GET", "/v1/parsing/readiness")

    # files, uploads and runs
    file_id = call("files.create", "POST", "/v1/files", files={"file": ("a.docx", _docx("{{customer}}"))})[
        "id"
    ]
    call("files.get", "GET", f"/v1/files/{file_id}")
    call("files.content.get", "GET", f"/v1/files/{file_id}/content")
    upload = call(
        "files.uploads.create",
        "POST",
        "/v1/files/uploads",
        json={"filename": "b.bin", "contentType": "x/y", "size": 3},
    )
    call("files.uploads.chunks.put", "PUT", f"{upload['chunksUrl']}/0", content=b"abc",
         headers={"content-type": "application/octet-stream"})  # fmt: skip
    call("files.uploads.get", "GET", f"/v1/files/uploads/{upload['uploadId']}")
    # parts belong to presigned-multipart sessions; this emulator's are http-chunked
    call("files.uploads.parts.list", "GET", f"/v1/files/uploads/{upload['uploadId']}/parts", expect=400)
    parts = f"/v1/files/uploads/{upload['uploadId']}/parts"
    call("files.uploads.parts.presign", "POST", parts, expect=409, json={"partNumber": 1})
    call("files.uploads.complete", "POST", upload["completeUrl"])
    other = call(
        "files.uploads.create",
        "POST",
        "/v1/files/uploads",
        json={"filename": "c", "contentType": "x", "size": 1},
    )
    call("files.uploads.abort", "DELETE", f"/v1/files/uploads/{other['uploadId']}")
    inline = {
        "$inline": {"filename": "n.txt", "mimeType": "text/plain", "base64": base64.b64encode(b"hi").decode()}
    }
    run = call(
        "runs.start",
        "POST",
        "/v1/runs",
        params={"wait_for_completion": 10},
        json={
            "target": TARGET,
            "input": {"n": 1},
            "tags": ["a"],
            "files": {"doc": {"$fileId": file_id}, "note": inline},
        },
    )
    run_id = run["id"]
    call("runs.get", "GET", f"/v1/runs/{run_id}", params={"expand": "input,usage,execution,debug"})
    call("runs.list", "GET", "/v1/runs", params={"tag": "a", "sampleRate": 1})
    call("runs.events.list", "GET", f"/v1/runs/{run_id}/events")
    steps = call("runs.steps.list", "GET", f"/v1/runs/{run_id}/steps")["steps"]
    call("runs.steps.get", "GET", f"/v1/runs/{run_id}/steps/{steps[0]['id']}")
    call("runs.trace.get", "GET", f"/v1/runs/{run_id}/trace")
    call("runs.usage.get", "GET", f"/v1/runs/{run_id}/usage")
    call("runs.scores.list", "GET", f"/v1/runs/{run_id}/scores")
    call("runs.artifacts.list", "GET", f"/v1/runs/{run_id}/artifacts")
    call("runs.artifacts.get", "GET", f"/v1/runs/{run_id}/artifacts/output/summary.json")
    call("runs.rerun", "POST", f"/v1/runs/{run_id}/rerun")
    call("runs.cancel", "POST", f"/v1/runs/{run_id}/cancel")

    # reviews
    review = f"/v1/runs/{run_id}/reviews"
    correction = {"kind": "field", "path": "total", "correctedValue": 3}
    call(
        "runs.reviews.update",
        "PUT",
        review,
        json={"verdict": "incorrect", "note": "n", "corrections": [correction]},
    )
    call("runs.reviews.get", "GET", review)
    call(
        "runs.reviews.expected.create", "POST", f"{review}/expected", json={"outputFileName": "summary.json"}
    )
    call("runs.reviews.expected.get", "GET", f"{review}/expected")
    call("runs.reviews.expected.file.get", "GET", f"{review}/expected/summary.json")
    call(
        "runs.reviews.expected.file.update",
        "PATCH",
        f"{review}/expected/summary.json",
        json={"name": "s.json"},
    )
    call("runs.promote", "POST", f"/v1/runs/{run_id}/promote", json={"name": "promoted"})
    call("runs.reviews.expected.file.delete", "DELETE", f"{review}/expected/s.json")
    call("runs.reviews.close", "PATCH", review, json={"status": "wont_fix", "note": "later"})
    call("automations.reviews.health", "GET", f"{AUTOMATION}/reviews/health", params={"bucket": "week"})
    call("runs.reviews.clear", "DELETE", review)

    # automations, folders and versions
    call("automations.list", "GET", "/v1/automations")
    call("automations.get", "GET", AUTOMATION)
    call("automations.triggers.get", "GET", f"{AUTOMATION}/triggers")
    call("automations.sync", "POST", f"{AUTOMATION}/sync")
    call("automations.versions.list", "GET", f"{AUTOMATION}/versions")
    call(
        "automations.versions.create",
        "POST",
        f"{AUTOMATION}/versions",
        json={"yaml": "steps: []", "version": "v9"},
    )
    call("automations.versions.promote", "POST", f"{AUTOMATION}/versions/v9/promote")
    call(
        "automations.versions.restore", "POST", f"{AUTOMATION}/versions/v1/restore", json={"message": "back"}
    )
    folder = call("folders.create", "POST", "/v1/folders", json={"name": "ops", "type": "workflow"})["id"]
    call("folders.list", "GET", "/v1/folders", params={"type": "workflow", "tree": "true"})
    call("folders.get", "GET", f"/v1/folders/{folder}")
    call("folders.update", "PATCH", f"/v1/folders/{folder}", json={"name": "operations"})
    call(
        "automations.update",
        "PATCH",
        "/v1/automations/workflows.classify-document",
        json={"folderId": folder},
    )
    call("automations.delete", "DELETE", "/v1/automations/workflows.operations.classify-document")
    call("folders.delete", "DELETE", f"/v1/folders/{folder}")

    # the dataset, its files, experiments and review requests
    example = call(
        "automations.examples.create",
        "POST",
        f"{AUTOMATION}/examples",
        json={"name": "e1", "input": {"n": 1}},
    )
    examples = f"{AUTOMATION}/examples/{example['id']}"
    call("automations.examples.list", "GET", f"{AUTOMATION}/examples")
    call("automations.examples.get", "GET", examples)
    call("automations.examples.update", "PATCH", examples, json={"expected": {"n": 1}})
    for folder_name, kind in (("input", "input"), ("expected", "expected")):
        files = f"{examples}/{folder_name}"
        call(f"automations.examples.{kind}.files.create", "POST", files, files={"file": ("x.txt", b"x")})
        call(f"automations.examples.{kind}.files.list", "GET", files)
        call(f"automations.examples.{kind}.file.get", "GET", f"{files}/x.txt")
        call(
            f"automations.examples.{kind}.file.update",
            "PATCH",
            f"{files}/x.txt",
            json={"newFilename": "y.txt"},
        )
    call("automations.examples.input.file.delete", "DELETE", f"{examples}/input/y.txt")
    call("automations.examples.run", "POST", f"{examples}/run")
    requests = f"{AUTOMATION}/dataset-review-requests"
    request = call(
        "automations.datasetReviewRequests.create",
        "POST",
        requests,
        json={"title": "check", "exampleNames": ["e1"]},
    )
    call("automations.datasetReviewRequests.list", "GET", requests)
    call("datasetReviewRequests.list", "GET", "/v1/dataset-review-requests", params={"status": "open"})
    call("automations.datasetReviewRequests.get", "GET", f"{requests}/{request['id']}")
    item = call("automations.datasetReviewRequests.items.list", "GET", f"{requests}/{request['id']}/items")[
        "items"
    ][0]
    call(
        "automations.datasetReviewRequests.items.update",
        "PATCH",
        f"{requests}/{request['id']}/items/{item['id']}",
        json={"action": "approve", "expectedUpdatedAt": item["updatedAt"]},
    )
    call(
        "automations.datasetReviewRequests.items.files.get",
        "GET",
        f"{requests}/{request['id']}/items/{item['id']}/files/y.txt",
        params={"kind": "expected"},
    )
    call("automations.datasetReviewRequests.events.list", "GET", f"{requests}/{request['id']}/events")
    call(
        "automations.datasetReviewRequests.update",
        "PATCH",
        f"{requests}/{request['id']}",
        json={"status": "closed"},
    )
    call("automations.examples.expected.file.delete", "DELETE", f"{examples}/expected/y.txt")
    call("automations.evaluators.get", "GET", f"{AUTOMATION}/evaluators")
    call("automations.evaluators.update", "PUT", f"{AUTOMATION}/evaluators",
         json={"yaml": "evaluators:\n  - name: exact\n    type: exact_match\n"})  # fmt: skip
    experiment = call("automations.experiments.create", "POST", f"{AUTOMATION}/experiments", json={})["id"]
    call("automations.experiments.list", "GET", f"{AUTOMATION}/experiments")
    call("automations.experiments.get", "GET", f"{AUTOMATION}/experiments/{experiment}")
    call(
        "automations.experiments.export",
        "GET",
        f"{AUTOMATION}/experiments/{experiment}/export",
        params={"format": "json"},
    )
    call(
        "automations.experiments.exportAll",
        "GET",
        f"{AUTOMATION}/experiments/export",
        params={"format": "csv"},
    )
    call("automations.experiments.cancel", "POST", f"{AUTOMATION}/experiments/{experiment}/cancel")
    call("experiments.resolve", "GET", f"/v1/experiments/{experiment}")
    call("automations.experiments.createStream", "POST", f"{AUTOMATION}/experiments/stream", json={})
    call("automations.dataset.export", "GET", f"{AUTOMATION}/dataset/export")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("examples/z/example.json", '{"input": {"n": 2}}')
    call("automations.dataset.import", "POST", f"{AUTOMATION}/dataset/import",
         files={"file": ("d.zip", archive.getvalue())})  # fmt: skip
    call("automations.examples.delete", "DELETE", examples)

    # templates and email servers
    template = call("templates.create", "POST", "/v1/templates", json={"fileId": file_id, "staged": True})
    call("templates.list", "GET", "/v1/templates")
    call("templates.get", "GET", f"/v1/templates/{template['id']}")
    call("templates.replace", "PUT", f"/v1/templates/{template['id']}", json={"fileId": file_id})
    call("templates.content.get", "GET", f"/v1/templates/{template['id']}/content")
    call("templates.staging", "POST", f"/v1/templates/{template['id']}/staging",
         json={"proof": template["cleanupProof"], "action": "finalize"})  # fmt: skip
    call("templates.delete", "DELETE", f"/v1/templates/{template['id']}")
    smtp = {"name": "mail", "transport": "smtp", "host": "smtp.local", "fromEmail": "a@b.c", "fromName": "A",
            "password": "secret"}  # fmt: skip
    server = call("emailServers.create", "POST", "/v1/email-servers", json=smtp)["id"]
    call("emailServers.list", "GET", "/v1/email-servers")
    call("emailServers.get", "GET", f"/v1/email-servers/{server}")
    call("emailServers.update", "PATCH", f"/v1/email-servers/{server}", json={"name": "mail-2"})
    call("emailServers.test", "POST", f"/v1/email-servers/{server}/test", json={"to": "x@y.z"})
    call("emailServers.delete", "DELETE", f"/v1/email-servers/{server}")
    call("files.delete", "DELETE", f"/v1/files/{file_id}")

    # human review tasks: a run of the seeded workflow with a human step waits for a person
    started = call(
        "runs.start",
        "POST",
        "/v1/runs",
        params={"wait_for_completion": 60},
        files={"files.invoice": ("inv.pdf", b"%PDF-1.7", "application/pdf")},
        data={"target": "workflows.review-invoice", "input": "{}"},
    )
    task_id = started["execution"]["humanReview"]["taskId"]
    task = f"/v1/human-reviews/{task_id}"
    call(
        "humanReviews.list",
        "GET",
        "/v1/human-reviews",
        params={"automationId": "wf_review_invoice", "limit": 5},
    )
    file_id = call("humanReviews.get", "GET", task)["task"]["files"][0]["fileId"]
    call("humanReviews.files.content.get", "GET", f"{task}/files/{file_id}/content")
    decision = {
        "expectedVersion": 1,
        "idempotencyKey": "k",
        "path": "total",
        "value": 1200.0,
        "confirmed": True,
    }
    call("humanReviews.fields.confirm", "PUT", f"{task}/fields", json=decision)
    call("humanReviews.approve", "POST", f"{task}/approve", json={"expectedVersion": 2})
    review = {"target": "workflows.review-invoice"}
    waiting = call("runs.start", "POST", "/v1/runs", params={"wait_for_completion": 60}, json=review)
    task = f"/v1/human-reviews/{waiting['execution']['humanReview']['taskId']}"
    call(
        "humanReviews.reject",
        "POST",
        f"{task}/reject",
        json={"expectedVersion": 1, "idempotencyKey": "r", "reason": "no"},
    )

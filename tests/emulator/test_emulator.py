"""The emulator itself, over plain HTTP: the three ways to start it, auth, the contract both ways,
limits and faults, bounded state and clean shutdown."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest

from eigenpal.emulator import ContractViolationError, Emulator, Limits
from eigenpal.emulator._app import HANDLERS
from eigenpal.emulator._http import json_response
from tests.support.emulator_process import emulator_process

pytest_plugins = ["pytester"]
TARGET = "workflows.extract-invoice"


def http(emu: Emulator) -> httpx.Client:
    return httpx.Client(
        base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}, follow_redirects=True
    )


def _port_closed(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as sock:
        return sock.connect_ex((host, int(port))) != 0


def test_context_manager_binds_loopback_and_leaves_nothing_behind() -> None:
    with Emulator() as first, Emulator() as second:
        assert first.url.startswith("http://127.0.0.1:") and first.url != second.url
        assert http(first).get("/v1/auth/check").status_code == 200
        urls = (first.url, second.url)
    assert not [t for t in threading.enumerate() if t.name.startswith("eigenpal-emulator")]
    assert all(_port_closed(url) for url in urls)


@pytest.mark.anyio
async def test_async_context_manager() -> None:
    async with (
        Emulator() as emu,
        httpx.AsyncClient(base_url=emu.url, headers={"Authorization": f"Bearer {emu.api_key}"}) as client,
    ):
        assert (await client.get("/v1/auth/check")).json()["ok"] is True
    assert _port_closed(emu.url)


def test_python_dash_m_prints_url_and_key() -> None:
    with emulator_process() as lines:
        response = httpx.get(
            f"{lines['EIGENPAL_BASE_URL']}/v1/auth/check",
            headers={"Authorization": f"Bearer {lines['EIGENPAL_API_KEY']}"},
        )
        assert response.json()["ok"] is True


def test_the_pytest_fixture_comes_with_the_package(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_uses_it(eigenpal_emulator):
            client = eigenpal_emulator.client()
            assert client.auth.check().ok is True
            assert client.run_and_wait("workflows.extract-invoice", {"n": 1}).finished
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_eigenpal_emulator_fixture(eigenpal_emulator: Emulator) -> None:
    assert eigenpal_emulator.client().auth.check().key_id


def test_import_eigenpal_does_not_import_the_emulator_stack() -> None:
    probe = "import sys, eigenpal; print([m for m in ('eigenpal.emulator', 'starlette', 'uvicorn', 'jsonschema') if m in sys.modules])"
    assert (
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        ).stdout.strip()
        == "[]"
    )


def test_auth_errors_use_the_envelope_and_the_request_id(emu: Emulator) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}):
        response = httpx.get(f"{emu.url}/v1/runs", headers=headers)
        body = response.json()
        assert response.status_code == 401 and body["requestId"] == response.headers["x-request-id"]
        assert set(body["issues"][0]) == {"field", "message", "code", "severity"}
    identity = http(emu).get("/v1/auth/check").json()
    assert identity["scope"] == ["*"] and identity["wildcardGranted"] is True


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        ("GET", "/v1/runs", {"params": {"limit": "abc"}}, "limit"),
        ("GET", "/v1/runs", {"params": {"limit": "1000"}}, "limit"),
        ("GET", "/v1/automations", {"params": {"type": "robot"}}, "type"),
        ("POST", "/v1/runs", {"json": {"input": {}}}, "target"),
        ("POST", "/v1/runs", {"json": {"target": 5}}, "target"),
        ("POST", "/v1/files", {"json": {"file": "x"}}, "Content-Type"),
        (
            "POST",
            "/v1/files",
            {"content": b"--x--", "headers": {"content-type": "multipart/form-data"}},
            "Content-Type",
        ),
        (
            "POST",
            "/v1/runs",
            {"data": {"target": TARGET, "input": "{not json"}, "files": {"files.a": ("a", b"x")}},
            "input",
        ),
        ("POST", "/v1/runs", {"content": b"{", "headers": {"content-type": "application/json"}}, "body"),
        (  # found by schemathesis: a malformed part header used to crash the form parser (500)
            "POST",
            "/v1/files",
            {
                "content": b"--x\r\nContent-Dispo\xf3sition: form-data\r\n\r\nz\r\n--x--\r\n",
                "headers": {"content-type": "multipart/form-data; boundary=x"},
            },
            "body",
        ),
    ],
)
def test_requests_that_break_the_spec_answer_400_naming_the_field(
    emu: Emulator, method: str, path: str, kwargs: dict[str, Any], field: str
) -> None:
    response = http(emu).request(method, path, **kwargs)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["requestId"] == response.headers["x-request-id"]
    assert any(issue["field"].startswith(field) for issue in body["issues"]), body


def test_every_response_carries_the_request_id(emu: Emulator) -> None:
    client = http(emu)
    for response in (
        client.get("/v1/automations"),
        client.get("/v1/nowhere"),
        client.delete("/v1/auth/check"),
        client.get("/_emulator/health"),
    ):
        assert response.headers["x-request-id"].startswith("req_")


def test_a_response_that_breaks_the_spec_fails_loudly() -> None:
    original = HANDLERS["auth.check"]

    async def broken(ctx: Any) -> Any:
        return json_response({"ok": "yes"})

    HANDLERS["auth.check"] = broken
    try:
        with pytest.raises(ContractViolationError, match=r"auth\.check"), Emulator() as emu:
            response = http(emu).get("/v1/auth/check")
            assert (
                response.status_code == 500
                and response.json()["issues"][0]["code"] == "emulator_contract_violation"
            )
    finally:
        HANDLERS["auth.check"] = original


def test_rate_limit_and_upload_cap() -> None:
    with Emulator(rate_limit=(3, 60)) as emu:
        client = http(emu)
        statuses = [client.get("/v1/auth/check").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = client.get("/v1/auth/check")
        assert (
            int(limited.headers["retry-after"]) >= 1 and limited.json()["issues"][0]["code"] == "rate_limited"
        )
    with Emulator(max_upload_bytes=100) as emu:
        response = http(emu).post("/v1/files", files={"file": ("a.bin", b"x" * 1000)})
        assert response.status_code == 413 and response.json()["issues"]


def test_fault_injection(emu: Emulator) -> None:
    client = http(emu)
    emu.fail_next("GET /v1/automations/{id}", 503, count=2)
    assert [client.get(f"/v1/automations/{TARGET}").status_code for _ in range(3)] == [503, 503, 200]
    emu.drop_next("automations.list")
    with pytest.raises(httpx.HTTPError):
        client.get("/v1/automations")
    assert client.get("/v1/automations").status_code == 200
    admin = httpx.post(f"{emu.url}/_emulator/faults", json={"route": "auth.check", "status": 500})
    assert admin.status_code == 201 and client.get("/v1/auth/check").status_code == 500
    assert client.get("/v1/auth/check").status_code == 200


def test_state_is_bounded() -> None:
    with Emulator(latency=0.0, limits=Limits(runs=5)) as emu:
        client = http(emu)
        ids = [client.post("/v1/runs", json={"target": TARGET}).json()["id"] for _ in range(8)]
        assert [client.get(f"/v1/runs/{i}").status_code for i in ids] == [404] * 3 + [200] * 5


def test_triggers_versions_and_the_api_trigger_switch(emu: Emulator) -> None:
    client = http(emu)
    assert client.get(f"/v1/automations/{TARGET}/versions").json()["data"][0]["isCurrent"] is True
    disabled = client.post("/v1/runs", json={"target": "workflows.classify-document"})
    assert disabled.status_code == 403 and disabled.json()["issues"][0]["code"] == "api_trigger_disabled"
    assert client.get("/v1/automations/agents.invoice-agent").json()["type"] == "agent"
    assert client.post("/v1/automations/workflows.extract-invoice@v2/sync").status_code == 400


def test_wait_for_completion_semantics(emu: Emulator) -> None:
    client = http(emu)
    emu.set_latency(0.01)
    assert client.post("/v1/runs", json={"target": TARGET}).status_code == 201
    done = client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET})
    assert done.status_code == 200 and done.json()["finished"] is True and "timing" in done.json()
    emu.set_latency(3.0)
    try:
        pending = client.post("/v1/runs", params={"wait_for_completion": 1}, json={"target": TARGET})
        assert (
            pending.status_code == 202
            and pending.json()["finished"] is False
            and "timing" not in pending.json()
        )
        assert (
            client.post("/v1/runs", params={"wait_for_completion": 601}, json={"target": TARGET}).status_code
            == 400
        )
    finally:
        emu.set_latency(0.01)


def test_agent_runs_expose_files_in_execution(emu: Emulator) -> None:
    client = http(emu)
    run = client.post(
        "/v1/runs",
        params={"wait_for_completion": 5},
        json={"target": "agents.invoice-agent", "input": {"a": 1}},
    ).json()
    expanded = client.get(f"/v1/runs/{run['id']}", params={"expand": "execution"}).json()
    assert expanded["execution"]["files"]["output"] == [{"name": "summary.json"}]
    assert json.loads(client.get(f"/v1/runs/{run['id']}/artifacts/output/summary.json").content)["input"] == {
        "a": 1
    }


def test_runs_move_through_their_statuses(emu: Emulator) -> None:
    client = http(emu)

    def failing(input: dict[str, Any], files: Any) -> dict[str, Any]:
        raise RuntimeError("cannot read the document")

    done = client.post("/v1/runs", params={"wait_for_completion": 5}, json={"target": TARGET}).json()
    events = [e["type"] for e in client.get(f"/v1/runs/{done['id']}/events").json()["events"]]
    assert events == ["run.created", "run.pending", "run.running", "run.completed"]
    emu.register("agents.invoice-agent", failing)
    failed = client.post(
        "/v1/runs", params={"wait_for_completion": 5}, json={"target": "agents.invoice-agent"}
    ).json()
    assert failed["execution"]["status"] == "failed" and "cannot read the document" in failed["error"]
    emu.set_latency(3.0)
    try:
        queued = client.post("/v1/runs", json={"target": TARGET}).json()
        cancel = client.post(f"/v1/runs/{queued['id']}/cancel").json()
        assert cancel["cancellation"] == {
            "state": "cancelled",
            "wasStatus": cancel["cancellation"]["wasStatus"],
        }
        assert client.get(f"/v1/runs/{queued['id']}").json()["execution"]["status"] == "cancelled"
    finally:
        emu.set_latency(0.01)


def test_evaluator_descriptions_must_be_text_and_archives_cannot_escape(emu: Emulator) -> None:
    import io
    import zipfile

    client = http(emu)
    bad = "evaluators:\n  - name: x\n    type: exact_match\n    description: 5\n"
    response = client.put(f"/v1/automations/{TARGET}/evaluators", json={"yaml": bad})
    assert response.status_code == 400 and response.json()["issues"][0]["field"].endswith("description")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("examples/e1/input/../../../escape.txt", b"x")
    response = client.post(
        f"/v1/automations/{TARGET}/dataset/import", files={"file": ("d.zip", buffer.getvalue())}
    )
    assert response.status_code == 400 and "escapes" in response.json()["issues"][0]["message"]

"""Generated endpoint modules, sent over loopback through the runtime (sync and async)."""

from __future__ import annotations

import io
import json
from typing import Any, TypeVar

import pytest

from eigenpal import EigenpalAPIError, EigenpalServerError, EigenpalValidationError
from eigenpal._async._base_client import AsyncAPIClient
from eigenpal._generated.api.operations import (
    automations_experiments_export,
    files_content_get,
    files_create,
    runs_artifacts_get,
    runs_feedback_expected_create,
    runs_feedback_expected_file_delete,
    runs_get,
    runs_start,
)
from eigenpal._generated.models import (
    AutomationsExperimentsExportFormat,
    CreateFileMultipartRequest,
    Run,
    RunExpectedFileCopyRequest,
    RunExpectedFileUploadRequest,
    RunStartBody,
    RunStartMultipartRequest,
)
from eigenpal._generated.types import File, Request
from eigenpal._sync._base_client import SyncAPIClient
from tests.support.canned_server import Canned, CannedServer
from tests.support.payloads import RUN

T = TypeVar("T")
KEY = "sk_test_secret"


def sync_client(server: CannedServer) -> SyncAPIClient:
    return SyncAPIClient(api_key=KEY, base_url=server.url, timeout_seconds=5, max_retries=0)


def async_client(server: CannedServer) -> AsyncAPIClient:
    return AsyncAPIClient(api_key=KEY, base_url=server.url, timeout_seconds=5, max_retries=0)


class RecordingSender:
    """A sender that records the prepared request instead of sending it."""

    def __init__(self) -> None:
        self.requests: list[Request[Any]] = []

    def send(self, request: Request[T]) -> T:
        self.requests.append(request)
        return None  # type: ignore[return-value]


def test_endpoint_modules_hand_a_prepared_request_to_the_sender() -> None:
    sender = RecordingSender()
    runs_get.sync("run/1", client=sender, expand="input,usage")
    (request,) = sender.requests
    assert (request.operation_id, request.method, request.url) == ("runs.get", "GET", "/api/v1/runs/run%2F1")
    assert request.params == {"expand": "input,usage"} and request.response_kind == "json"


def test_generated_code_builds_no_http_client_and_imports_only_the_runtime_stack() -> None:
    import ast
    import sys
    from pathlib import Path

    allowed = {"httpx", "attrs", "dateutil", "anyio", "__future__"} | set(sys.stdlib_module_names)
    import importlib

    root = Path(str(importlib.import_module("eigenpal._generated").__file__)).parent
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                forbidden = {"Client", "AsyncClient", "stream"}
                if not path.name.startswith("facade_"):  # the facade calls endpoint.request(), our builder
                    forbidden.add("request")
                assert node.func.attr not in forbidden, (
                    path,
                    node.func.attr,
                )
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            assert all(name.split(".")[0] in allowed for name in names), (path, names)


def test_a_status_outside_httpstatus_reaches_the_error_mapping(canned_server: CannedServer) -> None:
    canned_server.push(
        Canned(520, b"<html>origin error</html>", {"content-type": "text/html", "x-request-id": "req_520"})
    )
    with pytest.raises(EigenpalServerError) as caught:
        runs_get.sync("run_1", client=sync_client(canned_server))
    assert caught.value.status == 520 and caught.value.request_id == "req_520"
    assert KEY not in str(caught.value)


@pytest.mark.anyio
async def test_a_status_outside_httpstatus_reaches_the_error_mapping_async(
    canned_server: CannedServer,
) -> None:
    canned_server.push(Canned(599, b"", {"x-request-id": "req_599"}), Canned(499, b"", {}))
    client = async_client(canned_server)
    with pytest.raises(EigenpalServerError) as caught:
        await runs_get.asyncio("run_1", client=client)
    assert caught.value.status == 599
    with pytest.raises(EigenpalAPIError) as unnamed:
        await runs_get.asyncio("run_1", client=client)
    assert unnamed.value.status == 499 and type(unnamed.value) is EigenpalAPIError
    await client.aclose()


def test_error_envelope_and_request_id_reach_the_exception(canned_server: CannedServer) -> None:
    envelope = {
        "issues": [{"field": "target", "message": "Required", "code": "invalid_value", "severity": "error"}],
        "requestId": "req_1",
    }
    canned_server.push(Canned(400, json.dumps(envelope).encode(), {"content-type": "application/json"}))
    with pytest.raises(EigenpalValidationError) as caught:
        runs_start.sync(client=sync_client(canned_server), body=RunStartBody(target=""))
    assert caught.value.request_id == "req_1" and caught.value.codes == ["invalid_value"]
    assert caught.value.issues[0].field == "target"


def _content_type(server: CannedServer) -> str:
    return server.requests[-1].headers["content-type"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_multipart_bodies_always_carry_their_boundary(canned_server: CannedServer, mode: str) -> None:
    file_json = {
        "id": "file_1",
        "filename": "a.pdf",
        "contentType": "application/pdf",
        "size": 3,
        "createdAt": "now",
    }
    canned_server.push(
        Canned(200, json.dumps(file_json).encode()),
        Canned(201, json.dumps({"id": "r", "type": "workflow", "finished": False}).encode()),
        Canned(201, json.dumps({"name": "expected.pdf"}).encode()),
        Canned(201, json.dumps({"name": "copy.json"}).encode()),
    )
    upload = File(payload=io.BytesIO(b"%PDF"), file_name="a.pdf", mime_type="application/pdf")
    multipart_run = RunStartMultipartRequest(target="workflows.extract-invoice", input_='{"n": 1}')
    multipart_run.additional_properties["files.contract"] = File(
        io.BytesIO(b"%PDF"), "c.pdf", "application/pdf"
    )
    calls = [
        (files_create, {"body": CreateFileMultipartRequest(file=upload)}),
        (runs_start, {"body": multipart_run}),
        (
            runs_feedback_expected_create,
            {"id": "r", "body": RunExpectedFileUploadRequest(file=File(io.BytesIO(b"x"), "e.pdf"))},
        ),
        (
            runs_feedback_expected_create,
            {"id": "r", "body": RunExpectedFileCopyRequest(output_file_name="out.json")},
        ),
    ]
    content_types = []
    if mode == "sync":
        client = sync_client(canned_server)
        for module, kwargs in calls:
            module.sync(client=client, **kwargs)
            content_types.append(_content_type(canned_server))
    else:
        import anyio

        async def main() -> None:
            client = async_client(canned_server)
            for module, kwargs in calls:
                await module.asyncio(client=client, **kwargs)
                content_types.append(_content_type(canned_server))
            await client.aclose()

        anyio.run(main)
    assert all(ct.startswith("multipart/form-data; boundary=") for ct in content_types[:3]), content_types
    assert content_types[3] == "application/json"
    run_body = canned_server.requests[1].body
    assert b'name="files.contract"; filename="c.pdf"' in run_body and b'name="target"' in run_body
    assert json.loads(canned_server.requests[3].body) == {"outputFileName": "out.json"}


def test_paths_that_may_contain_slashes_keep_them(canned_server: CannedServer) -> None:
    canned_server.push(Canned(200, b"bytes", {"content-type": "application/pdf"}), Canned(204, b"", {}))
    client = sync_client(canned_server)
    assert runs_artifacts_get.sync("run 1", "output/sub dir/a.pdf", client=client) == b"bytes"
    assert canned_server.requests[0].path == "/api/v1/runs/run%201/artifacts/output/sub%20dir/a.pdf"
    assert runs_feedback_expected_file_delete.sync("r/1", "a/b.json", client=client) is None
    assert canned_server.requests[1].path == "/api/v1/runs/r%2F1/feedback/expected/a/b.json"


@pytest.mark.anyio
async def test_response_kinds_parse_to_bytes_text_and_models(canned_server: CannedServer) -> None:
    canned_server.push(
        Canned(200, b"\x00\x01raw", {"content-type": "application/octet-stream"}),
        Canned(200, b"runId,score\nr1,1\n", {"content-type": "text/csv"}),
        Canned(200, json.dumps(RUN).encode()),
    )
    client = async_client(canned_server)
    assert files_content_get.request("f").response_kind == "binary"
    assert await files_content_get.asyncio("f", client=client) == b"\x00\x01raw"
    csv = await automations_experiments_export.asyncio(
        "workflows.x", "exp_1", client=client, format_=AutomationsExperimentsExportFormat.CSV
    )
    assert csv == "runId,score\nr1,1\n"
    assert canned_server.requests[1].path.endswith("/experiments/exp_1/export?format=csv")
    run = await runs_get.asyncio("run_1", client=client)
    assert isinstance(run, Run) and run.to_dict() == RUN
    assert canned_server.requests[2].headers["authorization"] == f"Bearer {KEY}"
    await client.aclose()

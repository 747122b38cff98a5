"""Generated endpoint modules, sent over loopback through the runtime (sync and async)."""

from __future__ import annotations

import io
import json

import pytest

from eigenpal import EigenpalAPIError, EigenpalServerError, EigenpalValidationError
from eigenpal._async._base_client import AsyncAPIClient
from eigenpal._generated.api.operations import (
    automations_experiments_export,
    files_content_get,
    files_create,
    runs_artifacts_get,
    runs_get,
    runs_reviews_expected_create,
    runs_reviews_expected_file_delete,
    runs_start,
)
from eigenpal._generated.models import (
    AutomationsExperimentsExportFormat,
    CreateFileMultipartRequest,
    Run,
    RunReviewExpectedFileCopyRequest,
    RunReviewExpectedFileUploadRequest,
    RunStartBody,
    RunStartMultipartRequest,
)
from eigenpal._generated.types import File
from eigenpal._sync._base_client import SyncAPIClient
from tests.support.canned_server import Canned, CannedServer
from tests.support.payloads import RUN

KEY = "sk_test_secret"


def sync_client(server: CannedServer) -> SyncAPIClient:
    return SyncAPIClient(api_key=KEY, base_url=server.url, timeout_seconds=5, max_retries=0)


def async_client(server: CannedServer) -> AsyncAPIClient:
    return AsyncAPIClient(api_key=KEY, base_url=server.url, timeout_seconds=5, max_retries=0)


def test_endpoint_modules_prepare_a_request_for_the_runtime_to_send() -> None:
    request = runs_get.request("run/1", expand="input,usage")
    assert (request.operation_id, request.method, request.url) == ("runs.get", "GET", "/v1/runs/run%2F1")
    assert request.params == {"expand": "input,usage"} and request.response_kind == "json"


def test_generated_code_builds_no_http_client_and_imports_only_the_runtime_stack() -> None:
    """The bottom floor: the generated package imports the runtime stack and itself, nothing hand-written
    (a relative import never climbs out of ``_generated``)."""
    import ast
    import sys
    from pathlib import Path

    allowed = {"httpx", "attrs", "dateutil", "anyio", "__future__"} | set(sys.stdlib_module_names)
    import importlib

    root = Path(str(importlib.import_module("eigenpal._generated").__file__)).parent
    for path in root.rglob("*.py"):
        depth = len(path.relative_to(root).parts)  # ``from .`` .. ``from .{depth}`` stay inside the package
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in {"Client", "AsyncClient", "stream", "request"}, (
                    path,
                    node.func.attr,
                )
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.ImportFrom):
                assert node.level <= depth, (path, "imports from outside _generated:", node.module)
                continue
            else:
                continue
            assert all(name.split(".")[0] in allowed for name in names), (path, names)


def test_a_status_outside_httpstatus_reaches_the_error_mapping(canned_server: CannedServer) -> None:
    canned_server.push(
        Canned(520, b"<html>origin error</html>", {"content-type": "text/html", "x-request-id": "req_520"})
    )
    with pytest.raises(EigenpalServerError) as caught:
        sync_client(canned_server).send(runs_get.request("run_1"))
    assert caught.value.status == 520 and caught.value.request_id == "req_520"
    assert KEY not in str(caught.value)


@pytest.mark.anyio
async def test_a_status_outside_httpstatus_reaches_the_error_mapping_async(
    canned_server: CannedServer,
) -> None:
    canned_server.push(Canned(599, b"", {"x-request-id": "req_599"}), Canned(499, b"", {}))
    client = async_client(canned_server)
    with pytest.raises(EigenpalServerError) as caught:
        await client.send(runs_get.request("run_1"))
    assert caught.value.status == 599
    with pytest.raises(EigenpalAPIError) as unnamed:
        await client.send(runs_get.request("run_1"))
    assert unnamed.value.status == 499 and type(unnamed.value) is EigenpalAPIError
    await client.aclose()


def test_error_envelope_and_request_id_reach_the_exception(canned_server: CannedServer) -> None:
    envelope = {
        "issues": [{"field": "target", "message": "Required", "code": "invalid_value", "severity": "error"}],
        "requestId": "req_1",
    }
    canned_server.push(Canned(400, json.dumps(envelope).encode(), {"content-type": "application/json"}))
    with pytest.raises(EigenpalValidationError) as caught:
        sync_client(canned_server).send(runs_start.request(body=RunStartBody(target="")))
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
            runs_reviews_expected_create,
            {"id": "r", "body": RunReviewExpectedFileUploadRequest(file=File(io.BytesIO(b"x"), "e.pdf"))},
        ),
        (
            runs_reviews_expected_create,
            {"id": "r", "body": RunReviewExpectedFileCopyRequest(output_file_name="out.json")},
        ),
    ]
    content_types = []
    if mode == "sync":
        client = sync_client(canned_server)
        for module, kwargs in calls:
            client.send(module.request(**kwargs))
            content_types.append(_content_type(canned_server))
    else:
        import anyio

        async def main() -> None:
            client = async_client(canned_server)
            for module, kwargs in calls:
                await client.send(module.request(**kwargs))
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
    assert client.send(runs_artifacts_get.request("run 1", "output/sub dir/a.pdf")) == b"bytes"
    assert canned_server.requests[0].path == "/v1/runs/run%201/artifacts/output/sub%20dir/a.pdf"
    assert client.send(runs_reviews_expected_file_delete.request("r/1", "a/b.json")) is None
    assert canned_server.requests[1].path == "/v1/runs/r%2F1/reviews/expected/a/b.json"


@pytest.mark.anyio
async def test_response_kinds_parse_to_bytes_text_and_models(canned_server: CannedServer) -> None:
    canned_server.push(
        Canned(200, b"\x00\x01raw", {"content-type": "application/octet-stream"}),
        Canned(200, b"runId,score\nr1,1\n", {"content-type": "text/csv"}),
        Canned(200, json.dumps(RUN).encode()),
    )
    client = async_client(canned_server)
    assert files_content_get.request("f").response_kind == "binary"
    assert await client.send(files_content_get.request("f")) == b"\x00\x01raw"
    csv = await client.send(
        automations_experiments_export.request(
            "workflows.x", "exp_1", format_=AutomationsExperimentsExportFormat.CSV
        )
    )
    assert csv == "runId,score\nr1,1\n"
    assert canned_server.requests[1].path.endswith("/experiments/exp_1/export?format=csv")
    run = await client.send(runs_get.request("run_1"))
    assert isinstance(run, Run) and run.to_dict() == RUN
    assert canned_server.requests[2].headers["authorization"] == f"Bearer {KEY}"
    await client.aclose()

"""Five realistic spec changes, each run through `make generate` in a copy of the repository, and the
outcome the SDK promises for it (issue 12):

- a change that adds (a response field, an enum value, a query parameter, a plain JSON operation)
  reaches users on both clients, the docs and the emulator with no hand-written line, and type checks;
- a change that breaks the facade (a renamed field, a new required field, a removed operation) fails
  the type check at the line that uses it, never at run time.

Slow (mypy runs on the copy); they share one mypy cache so only the changed modules are re-checked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.spec import ROOT, load_spec

pytestmark = pytest.mark.slow
Change = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="module")
def isolated_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An interpreter that sees this environment's packages but not its own (editable) ``eigenpal``, so
    mypy resolves every ``eigenpal`` import in the copy, never in the checkout."""
    venv = tmp_path_factory.mktemp("isolated")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    (Path(purelib) / "environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def workspace(tmp_path: Path, change: Change) -> Path:
    """A copy of the repository's sources with ``change`` applied to openapi.yaml and the code regenerated."""
    for name in ("src", "codegen", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "aliases.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    spec = json.loads(json.dumps(load_spec()))
    change(spec)
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    for script in ("codegen/generate.py", "codegen/unasync.py"):  # `make generate`
        subprocess.run([sys.executable, script], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path


def typecheck(root: Path, cache: Path, python: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--python-executable", str(python), "src"],
        cwd=root, capture_output=True, text=True,
    )  # fmt: skip


def run_python(root: Path, code: str) -> str:
    """Run ``code`` with the copy's ``eigenpal`` first on the path; its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=root, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def docs(root: Path) -> str:
    subprocess.run([sys.executable, "codegen/docs.py"], cwd=root, check=True, capture_output=True)
    return (root / "docs" / "reference.md").read_text(encoding="utf-8")


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(
        op for item in spec["paths"].values() for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )  # fmt: skip


def test_a_new_response_field_and_enum_value_need_no_hand_written_line(
    tmp_path: Path, mypy_cache: Path, isolated_python: Path
) -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Run"]["properties"]["priority"] = {"type": "integer"}
        spec["components"]["schemas"]["ExecutionStatus"]["enum"].append("paused")

    root = workspace(tmp_path, change)
    assert typecheck(root, mypy_cache, isolated_python).returncode == 0
    out = run_python(
        root,
        """
        from eigenpal.types import ExecutionStatus, Run
        run = Run.from_dict({"id": "run_1", "priority": 3})
        print(run.priority, ExecutionStatus("paused").value)
    """,
    )
    assert out.split() == ["3", "paused"]


def test_a_new_query_parameter_reaches_both_clients_every_page_and_the_docs(
    tmp_path: Path, mypy_cache: Path, isolated_python: Path
) -> None:
    def change(spec: dict[str, Any]) -> None:
        _operation(spec, "runs.list")["parameters"].append(
            {"name": "lane", "in": "query", "required": False, "description": "Which lane's runs.",
             "schema": {"type": "string", "x-values": ["asc", "desc"]}}
        )  # fmt: skip

    root = workspace(tmp_path, change)
    assert typecheck(root, mypy_cache, isolated_python).returncode == 0
    assert "| `lane` |" in docs(root)
    out = run_python(
        root,
        """
        import asyncio, httpx
        from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
        from eigenpal.emulator import Emulator
        urls = []
        with Emulator(latency=0.01) as emu:
            http = httpx.Client(event_hooks={"request": [lambda r: urls.append(str(r.url))]})
            client = EigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=http)
            for n in range(3):
                client.run("workflows.extract-invoice", {"n": n})
            walked = list(client.runs.list(lane="asc", limit=1).iter_all())
            try:
                client.runs.list(lane="sideways")
            except EigenpalUsageError as error:
                print("refused", "asc" in str(error))
            async def main():
                async with AsyncEigenpalClient(api_key=emu.api_key, base_url=emu.url) as async_client:
                    return len([r async for r in (await async_client.runs.list(lane="desc", limit=2)).iter_all()])
            print(len(walked), asyncio.run(main()))
        pages = [u for u in urls if "/v1/runs?" in u]
        print(len(pages), all("lane=asc" in u for u in pages))
    """,
    )
    assert out.split() == ["refused", "True", "3", "3", "3", "True"]


def test_a_new_plain_operation_reaches_both_clients_the_docs_and_the_emulator(
    tmp_path: Path, mypy_cache: Path, isolated_python: Path
) -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["RunLogs"] = {
            "type": "object", "description": "A run's log lines.",
            "properties": {"lines": {"type": "array", "items": {"type": "string"}}}, "required": ["lines"],
        }  # fmt: skip
        spec["paths"]["/v1/runs/{id}/logs"] = {"get": {
            "operationId": "runs.logs.get", "tags": ["Runs"], "summary": "Get run logs",
            "description": "The run's log lines.", "x-eigenpal-method": "runs.logs.get",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "OK.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/RunLogs"}}}}},
        }}  # fmt: skip

    root = workspace(tmp_path, change)
    assert typecheck(root, mypy_cache, isolated_python).returncode == 0
    assert "### `client.runs.logs.get`" in docs(root)
    out = run_python(
        root,
        """
        import inspect
        from eigenpal import AsyncEigenpalClient, EigenpalAPIError
        from eigenpal.emulator import Emulator
        with Emulator(latency=0.01) as emu:
            client = emu.client()
            try:
                client.runs.logs.get("run_1")
            except EigenpalAPIError as error:
                print(error.status, "runs.logs.get" in str(error))
            print(inspect.iscoroutinefunction(AsyncEigenpalClient(api_key="k").runs.logs.get))
    """,
    )
    assert out.split() == ["501", "True", "True"]


def test_a_renamed_field_or_a_new_required_field_fails_the_type_check_at_its_use(
    tmp_path: Path, mypy_cache: Path, isolated_python: Path
) -> None:
    def change(spec: dict[str, Any]) -> None:
        closing = spec["components"]["schemas"]["RunReviewCloseRequest"]["properties"]
        closing["reason"] = closing.pop("note")
        promote = spec["components"]["schemas"]["PromoteRunRequest"]
        promote["properties"]["reason"] = {"type": "string"}
        promote["required"] = ["reason"]

    root = workspace(tmp_path, change)
    result = typecheck(root, mypy_cache, isolated_python)
    assert result.returncode != 0
    errors = [line for line in result.stdout.splitlines() if "_async/review.py" in line and "error:" in line]
    assert any('Unexpected keyword argument "note"' in line for line in errors), result.stdout
    assert any('No overload variant of "promote"' in line for line in errors), result.stdout


def test_a_removed_operation_fails_the_type_check_where_it_is_used(
    tmp_path: Path, mypy_cache: Path, isolated_python: Path
) -> None:
    def change(spec: dict[str, Any]) -> None:
        del spec["paths"]["/v1/files/{id}/content"]

    root = workspace(tmp_path, change)
    result = typecheck(root, mypy_cache, isolated_python)
    assert (
        result.returncode != 0
        and "resources/files.py" in result.stdout
        and "files_content_get" in result.stdout
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda spec: _operation(spec, "runs.get").pop("x-eigenpal-method"),
            "runs.get: no x-eigenpal-method",
        ),
        (
            lambda spec: _operation(spec, "runs.artifacts.get")["parameters"][1].pop("x-slashes"),
            "runs.artifacts.get: path parameter path may hold '/' but has no x-slashes",
        ),
        (
            lambda spec: _operation(spec, "files.content.get")["responses"]["200"]["content"]["*/*"][
                "schema"
            ].pop("format"),
            "files.content.get: 200 */* is binary",
        ),
    ],
)
def test_generate_refuses_a_spec_without_what_the_templates_need(
    tmp_path: Path, change: Change, message: str
) -> None:
    spec = json.loads(json.dumps(load_spec()))
    change(spec)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "generate.py"), "--spec", str(path), "--output", str(tmp_path / "out")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1 and message in result.stderr and not (tmp_path / "out").exists()

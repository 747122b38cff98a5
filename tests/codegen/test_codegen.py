"""`make generate` is deterministic and follows spec changes; the generated layer stays cheap to import."""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.support.spec import ROOT, load_spec

GENERATE = [sys.executable, str(ROOT / "codegen" / "generate.py")]


def _generate(spec: Path, output: Path) -> None:
    subprocess.run([*GENERATE, "--spec", str(spec), "--output", str(output)], check=True, capture_output=True)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.suffix in (".py", ".json")
    }


def test_generation_is_deterministic_and_matches_the_committed_tree(tmp_path: Path) -> None:
    _generate(ROOT / "openapi.yaml", tmp_path / "a" / "_generated")
    _generate(ROOT / "openapi.yaml", tmp_path / "b" / "_generated")
    first, second = _tree(tmp_path / "a" / "_generated"), _tree(tmp_path / "b" / "_generated")
    assert first == second
    committed = _tree(ROOT / "src" / "eigenpal" / "_generated")
    assert first == committed, "the committed generated tree is stale: run `make generate`"
    facades = [(root / "_async" / "_facade.py").read_bytes() for root in (tmp_path / "a", tmp_path / "b")]
    assert facades[0] == facades[1]
    committed_facade = (ROOT / "src" / "eigenpal" / "_async" / "_facade.py").read_bytes()
    assert facades[0] == committed_facade, "the committed client tree is stale: run `make generate`"


def test_a_changed_spec_regenerates_new_operations_and_fields(tmp_path: Path) -> None:
    spec = load_spec()
    changed = json.loads(json.dumps(spec))
    changed["components"]["schemas"]["File"]["properties"]["checksum"] = {"type": "string"}
    changed["components"]["schemas"]["RunLabels"] = {
        "type": "object",
        "description": "Labels of a run.",
        "properties": {"labels": {"type": "array", "items": {"type": "string"}}},
        "required": ["labels"],
    }
    changed["paths"]["/v1/runs/{id}/labels"] = {
        "get": {
            "operationId": "runs.labels.list",
            "tags": ["Runs"],
            "summary": "List run labels",
            "description": "Labels attached to a run.",
            "x-eigenpal-method": "runs.labels.list",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "OK.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RunLabels"}}},
                }
            },
        }
    }
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(changed, sort_keys=False), encoding="utf-8")
    output = tmp_path / "_generated"
    _generate(spec_path, output)

    endpoint = (output / "api" / "operations" / "runs_labels_list.py").read_text(encoding="utf-8")
    assert 'OPERATION_ID = "runs.labels.list"' in endpoint and "def request(" in endpoint
    assert "def sync(" not in endpoint and "def asyncio(" not in endpoint, "the runtime sends; request() only"
    assert "checksum: str | Unset" in (output / "models" / "file.py").read_text(encoding="utf-8")
    probe = (
        "from _generated.models import File, RunLabels\n"
        "f = File.from_dict({'id': 'f', 'filename': 'a', 'contentType': None, 'size': 1, 'createdAt': 'x', 'checksum': 'c'})\n"
        "assert f.checksum == 'c' and f['checksum'] == 'c' and not f.additional_properties\n"
        "assert RunLabels.from_dict({'labels': ['a']}).labels == ['a']\n"
    )
    subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    unchanged = filecmp.cmp(
        output / "models" / "run.py",
        ROOT / "src" / "eigenpal" / "_generated" / "models" / "run.py",
        shallow=False,
    )
    assert unchanged, "an unrelated model changed"


def test_import_eigenpal_loads_no_model_modules() -> None:
    probe = (
        "import sys, eigenpal\n"
        "loaded = [m for m in sys.modules if m.startswith('eigenpal._generated.models.') or m == 'attrs']\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_models_package_loads_each_model_on_first_use() -> None:
    probe = (
        "import sys\n"
        "from eigenpal._generated import models\n"
        "assert not [m for m in sys.modules if m.startswith('eigenpal._generated.models.')]\n"
        "models.RunTiming\n"
        "print(sorted(m for m in sys.modules if m.startswith('eigenpal._generated.models.')))\n"
        "assert 'RunTiming' in dir(models)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "['eigenpal._generated.models.run_timing']"

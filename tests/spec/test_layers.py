"""The floors of docs/architecture.md are enforced: `lint-imports` passes here, and fails on a copy of the
source with an import that runs back up, or a private name in the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.spec import ROOT

LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(root / "src")}
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--no-logo"], cwd=root, env=environment, capture_output=True, text=True
    )


def test_the_floors_hold_today() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "says"),
    [
        ("_generated/types.py", "from .._errors import EigenpalError", "imports nothing hand-written"),
        ("_transports/base.py", "from .._async import _client", "is not allowed to import eigenpal._async"),
        ("_errors.py", "from ._transports import base", "is not allowed to import eigenpal._transports"),
        ("cli/auth.py", "from .._errors import EigenpalError", "public names only"),
        ("lifecycle/_policy.py", "from .._targets import parse_target", "public names only"),
    ],
)
def test_an_import_against_the_floors_fails(tmp_path: Path, module: str, line: str, says: str) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    target = copy / "src" / "eigenpal" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode != 0
    assert says in result.stdout.replace("\n", " "), result.stdout

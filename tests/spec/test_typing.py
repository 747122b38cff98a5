"""What type checkers see of the SDK: mypy --strict on small user files in tests/spec/typing/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "typing"
pytestmark = pytest.mark.slow


def mypy(*files: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, files)],
        capture_output=True, text=True, cwd=HERE,
    )  # fmt: skip
    return result.stdout


def test_a_misspelt_model_name_fails_the_type_check() -> None:
    out = mypy(HERE / "misspelt_model.py")
    assert 'Module "eigenpal._generated.models" has no attribute "NoSuchModel"' in out, out
    assert out.count("error:") == 1, out


def test_user_code_sees_the_real_types() -> None:
    """``eigenpal.types`` re-exports every model to checkers (runtime loading stays lazy)."""
    out = mypy(HERE / "user_code.py")
    assert "Success: no issues found" in out, out

"""Type checkers flag every seed-era call (aliases.yaml's ``@deprecated`` methods and keyword overloads) and
nothing in today's terms: mypy --strict with PEP 702's ``deprecated`` error code on tests/spec/typing/."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

USER_CODE = Path(__file__).resolve().parent / "typing" / "seed_era_calls.py"
pytestmark = pytest.mark.slow


def test_mypy_flags_each_seed_era_call_and_nothing_else() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--enable-error-code", "deprecated", USER_CODE.name],
        capture_output=True, text=True, cwd=USER_CODE.parent,
    )  # fmt: skip
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    marked = {number for number, line in enumerate(lines, 1) if line.endswith("# seed era")}
    reported = re.findall(rf"^{USER_CODE.name}:(\d+): error: (.*)$", result.stdout, re.M)
    assert len(marked) >= 20
    assert {int(number) for number, _ in reported} == marked, result.stdout
    assert all(message.endswith("[deprecated]") for _, message in reported), result.stdout
    for _, message in reported:  # each names today's call
        assert "deprecated: " in message and "review" in message, message


def test_without_the_error_code_seed_era_calls_still_type_check() -> None:
    """Old code keeps type checking under a plain ``mypy --strict``: the aliases are typed, not ``Any``."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", USER_CODE.name],
        capture_output=True, text=True, cwd=USER_CODE.parent,
    )  # fmt: skip
    assert "Success: no issues found" in result.stdout, result.stdout

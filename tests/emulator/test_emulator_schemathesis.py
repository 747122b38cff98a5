"""Property-based contract run: schemathesis drives every operation of openapi.yaml against the emulator.

Bounded (a few examples per operation, fixed seed) so it fits CI; it must find no 5xx and no response
that breaks the spec, and the emulator's own response validation must record no violation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eigenpal.emulator import Emulator
from tests.support.spec import ROOT

SPEC = ROOT / "src" / "eigenpal" / "_generated" / "openapi.json"
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)


@pytest.mark.slow
def test_schemathesis_finds_no_server_error_and_no_contract_violation(tmp_path: Path) -> None:
    executable = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert executable, "schemathesis is a dev dependency; run `make setup`"
    with Emulator(latency=0.01) as emu:
        result = subprocess.run(
            [
                executable,
                "run",
                str(SPEC),
                "--url",
                emu.url,
                "--header",
                f"Authorization: Bearer {emu.api_key}",
                "--checks",
                CHECKS,
                "--phases",
                "fuzzing",
                "--max-examples",
                "5",
                "--seed",
                "20261123",
                "--workers",
                "2",
                "--generation-database",
                "none",
                "--no-color",
                "--report",
                "ndjson",
                "--report-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,  # schemathesis keeps a cache in its working directory
        )
        violations = list(emu.world.violations)
        emu.world.violations.clear()
    summary = "\n".join(result.stdout.splitlines()[-40:])
    assert result.returncode == 0, f"schemathesis failed:\n{summary}\n{result.stderr[-2000:]}"
    assert violations == []
    counts = re.search(r"(\d+) generated, (\d+) passed", result.stdout)
    assert counts and counts.group(1) == counts.group(2) and 300 <= int(counts.group(1)) <= 1100, summary
    assert "Tested: 109" in result.stdout

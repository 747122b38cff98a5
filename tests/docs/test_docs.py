"""Every code block of README.md and docs/ runs as written against the emulator, so no example drifts.

Blocks of one document run in order against one emulator (a guide builds on its earlier steps), each
in a fresh namespace, with ``EIGENPAL_API_KEY``/``EIGENPAL_BASE_URL`` pointing at the emulator,
``EIGENPAL_WEBHOOK_SECRET`` set and a ``contract.pdf`` in the working directory. The generated
reference's signature blocks must compile. The example scripts run as subprocesses against an emulator.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eigenpal.emulator import Emulator
from tests.support.spec import ROOT
from tests.support.webhooks import SECRET

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(path: Path) -> list[str]:
    return BLOCK.findall(path.read_text(encoding="utf-8"))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "contract.pdf").write_bytes(PDF)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("document", ["README.md", "docs/lifecycle.md"])
def test_every_code_block_runs(document: str, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(ROOT / document)
    assert len(blocks) >= 6
    with Emulator(latency=0.01) as emu:
        monkeypatch.setenv("EIGENPAL_API_KEY", emu.api_key)
        monkeypatch.setenv("EIGENPAL_BASE_URL", emu.url)
        monkeypatch.setenv("EIGENPAL_WEBHOOK_SECRET", SECRET)
        for index, block in enumerate(blocks):
            try:
                exec(compile(block, f"{document}[block {index}]", "exec"), {"__name__": "__docs__"})
            except Exception as error:
                raise AssertionError(f"{document} block {index} failed:\n{block}") from error


def test_reference_signatures_compile() -> None:
    blocks = python_blocks(ROOT / "docs" / "reference.md")
    assert len(blocks) > 60
    for block in blocks:
        compile(block, "docs/reference.md", "exec")


@pytest.mark.parametrize(
    "script",
    ["examples/notebook_flow.py", "examples/asyncio_service.py", "examples/review_loop.py"],
)
def test_example_scripts_run(script: str) -> None:
    """As written, from the repository root, with no environment: each uses the embedded emulator."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EIGENPAL_")}
    result = subprocess.run(
        [sys.executable, script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "embedded emulator" in result.stdout and "Traceback" not in result.stderr


def test_example_scripts_use_the_real_service_when_a_key_is_set() -> None:
    """With ``EIGENPAL_API_KEY`` set the examples leave the environment alone (here: an emulator in its place)."""
    with Emulator(latency=0.01) as emu:
        env = {**os.environ, "EIGENPAL_API_KEY": emu.api_key, "EIGENPAL_BASE_URL": emu.url}
        result = subprocess.run(
            [sys.executable, "examples/notebook_flow.py"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0 and "embedded emulator" not in result.stdout, result.stderr[-3000:]


@pytest.mark.slow
def test_lifecycle_demo_runs_and_checks_every_step() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "lifecycle_demo.py")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "The lifecycle behaved as described" in result.stdout
    assert result.stdout.count("   ok: ") >= 10


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_the_reference_does_not_depend_on_the_hash_seed(seed: str) -> None:
    """A set default (``WebhookListener.wait_for``'s statuses) is written sorted: in hash order, CI's
    ``make check-docs`` found the committed reference stale on a run with another seed."""
    checked = subprocess.run(
        [sys.executable, "codegen/docs.py", "--check"],
        cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr[-2000:]

"""Running the ``eigenpal`` command against an emulator: through its console script (``cli``, ``cli_all``)
or in this process (``in_process``), and reading the result (``ok``, ``refused``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from eigenpal.cli import main
from eigenpal.emulator import Emulator

TARGET = "workflows.extract-invoice"
EIGENPAL = shutil.which("eigenpal", path=str(Path(sys.executable).parent))


def environment(emu: Emulator, env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a command: the emulator's settings and a 100-column terminal width."""
    return {
        **os.environ,
        "EIGENPAL_API_KEY": emu.api_key,
        "EIGENPAL_BASE_URL": emu.url,
        "COLUMNS": "100",
        **(env or {}),
    }


def cli(
    emu: Emulator, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    assert EIGENPAL, "the eigenpal console script is installed with the package"
    return subprocess.run(
        [EIGENPAL, *args], env=environment(emu, env), capture_output=True, text=True, timeout=60, cwd=cwd
    )


def cli_all(
    emu: Emulator, *commands: tuple[str, ...], env: dict[str, str] | None = None
) -> list[subprocess.CompletedProcess[str]]:
    """Independent commands run side by side (each is a process that mostly imports), in order of ``commands``."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(lambda args: cli(emu, *args, env=env), commands))


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """A usage error (exit 2) whose message holds every fragment; nothing on stdout."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    return result.stderr


def in_process(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> subprocess.CompletedProcess[str]:
    """The command run by ``eigenpal.cli.main`` in this process, for the variants of a behaviour whose
    first case goes through the console script (each process costs about half a second)."""
    for name, value in environment(emu).items():
        if name.startswith("EIGENPAL_") or name == "COLUMNS":
            monkeypatch.setenv(name, value)
    code = main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def finished_run(emu: Emulator, **input: object) -> str:
    """A finished run started from the command line's side (trigger ``cli``), made in process."""
    return emu.client().run_and_wait(TARGET, input, trigger="cli").id

"""``python -m eigenpal.emulator`` as a subprocess, for tests of the command-line emulator."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def emulator_process(*arguments: str) -> Iterator[dict[str, str]]:
    """Start the module form on a free port; yield the ``NAME=value`` settings it prints (url and key)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "eigenpal.emulator", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = (process.stdout.readline() for _ in range(3))
        yield dict(line.strip().removeprefix("export ").split("=", 1) for line in lines if "=" in line)
    finally:
        process.terminate()
        process.wait(15)

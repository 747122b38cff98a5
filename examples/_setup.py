"""How the examples connect: the real service when ``EIGENPAL_API_KEY`` is set, else an embedded emulator.

So every example runs from a fresh clone as written (``python examples/notebook_flow.py``), with nothing
set, and against your account the moment you export your key. Not part of the SDK: your code just builds
``EigenpalClient()``, which reads the same two variables.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "contract.pdf"
"""The sample document the examples send when you name none (every example calls its input ``contract``)."""


@contextmanager
def connected() -> Iterator[bool]:
    """Point ``EigenpalClient()`` somewhere for the block; yields whether it is the embedded emulator."""
    if os.environ.get("EIGENPAL_API_KEY"):
        yield False
        return
    from eigenpal.emulator import Emulator

    with Emulator(latency=0.05) as emulator:
        os.environ["EIGENPAL_BASE_URL"], os.environ["EIGENPAL_API_KEY"] = emulator.url, emulator.api_key
        print(f"(no EIGENPAL_API_KEY: running against an embedded emulator at {emulator.url})")
        try:
            yield True
        finally:
            del os.environ["EIGENPAL_BASE_URL"], os.environ["EIGENPAL_API_KEY"]

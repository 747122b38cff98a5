"""pytest plugin (entry point ``pytest11``): the ``eigenpal_emulator`` fixture.

Installed with ``eigenpal[emulator]``; any test can then ask for ``eigenpal_emulator`` and get a
running ``Emulator`` for that test (fast runs, contract checked when the test ends).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def eigenpal_emulator() -> Iterator[object]:
    """A running local Eigenpal API for one test: ``eigenpal_emulator.client()``, ``.url``, ``.api_key``."""
    from eigenpal.emulator import Emulator

    with Emulator(latency=0.01) as emulator:
        yield emulator

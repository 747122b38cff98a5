"""pytest plugin (entry point ``pytest11``): the ``eigenpal_emulator`` fixture.

With ``eigenpal[emulator]`` installed, any test can ask for ``eigenpal_emulator`` and get a running
``Emulator`` for that test (fast runs; the contract is checked when the test ends). This module sits
outside ``eigenpal.emulator`` so that loading the plugin never imports the server stack: without the
extra, only a test that uses the fixture fails, with the install hint.
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

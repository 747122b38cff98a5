"""pytest plugin (entry point ``pytest11``): the ``eigenpal_emulator`` fixture.

With ``eigenpal[emulator]`` installed, any test can ask for ``eigenpal_emulator`` and get a running
``Emulator`` for that test (fast runs; the contract is checked when the test ends). This module sits
outside ``eigenpal.emulator`` so that loading the plugin never imports the server stack: without the
extra, only a test that uses the fixture fails, with the install hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from eigenpal.emulator import Emulator


@pytest.fixture
def eigenpal_emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """A running local Eigenpal API for one test: ``eigenpal_emulator.client()``, ``.url``, ``.api_key``.

    For the test's duration ``EIGENPAL_BASE_URL`` and ``EIGENPAL_API_KEY`` point at it, so code under test
    that builds its own ``EigenpalClient()`` talks to the emulator, and a real key in the environment can
    never reach production from a test."""
    from eigenpal.emulator import Emulator

    with Emulator(latency=0.01) as emulator:
        monkeypatch.setenv("EIGENPAL_BASE_URL", emulator.url)
        monkeypatch.setenv("EIGENPAL_API_KEY", emulator.api_key)
        yield emulator

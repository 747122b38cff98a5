"""The emulator's tests: one emulator per test module, shared by its tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eigenpal.emulator import Emulator


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(latency=0.01) as emulator:
        yield emulator

from __future__ import annotations

from collections.abc import Iterator

import pytest

from eigenpal.emulator import Emulator
from tests.support.canned_server import CannedServer


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Async tests run under both asyncio and trio (anyio's pytest plugin)."""
    return str(request.param)


@pytest.fixture
def canned_server() -> Iterator[CannedServer]:
    with CannedServer() as server:
        yield server


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """An emulator of the test's own."""
    with Emulator(latency=0.01) as emulator:
        yield emulator

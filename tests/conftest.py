"""Fixtures of every test folder: the anyio backends, a canned server, an emulator, a client of either
kind on it, and retries without waits.

A folder whose tests share one emulator per module overrides ``emu`` in its own ``conftest.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import eigenpal._retry as retry_policy
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


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, emu: Emulator, anyio_backend: str) -> AsyncIterator[Any]:
    """A client on ``emu``, blocking or async: an anyio test that takes it runs once per kind and backend
    (write its body with ``tests.support.either.maybe`` and ``collect``)."""
    if request.param == "sync":
        with emu.client() as made:
            yield made
    else:
        async with emu.async_client() as made:
            yield made


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries (and their log lines) without the waits: the policy's backoff is capped at zero."""
    monkeypatch.setattr(retry_policy, "BACKOFF_MAX_SECONDS", 0.0)

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from eigenpal.emulator import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(latency=0.01) as emulator:
        yield emulator


async def maybe(value: Any) -> Any:
    """Await what the async client returns; pass through what the sync client returns."""
    return await value if inspect.isawaitable(value) else value


async def collect(iterable: Any) -> list[Any]:
    """Items of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)

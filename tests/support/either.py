"""Helpers for a test body that runs on either client: await what is awaitable, list what iterates, and
both clients on one emulator."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from eigenpal.emulator import Emulator


async def maybe(value: Any) -> Any:
    """Await what the async client returns; pass through what the sync client returns."""
    return await value if inspect.isawaitable(value) else value


async def collect(iterable: Any) -> list[Any]:
    """Items of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


@asynccontextmanager
async def both(emu: Emulator, **options: Any) -> AsyncIterator[list[Any]]:
    """A sync and an async client on the emulator (the sync one blocks the loop briefly; the emulator
    runs in its own thread)."""
    async with emu.async_client(**options) as async_client:
        with emu.client(**options) as sync_client:
            yield [sync_client, async_client]

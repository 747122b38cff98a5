"""Helpers for a test body that runs on either client: await what is awaitable, list what iterates."""

from __future__ import annotations

import inspect
from typing import Any


async def maybe(value: Any) -> Any:
    """Await what the async client returns; pass through what the sync client returns."""
    return await value if inspect.isawaitable(value) else value


async def collect(iterable: Any) -> list[Any]:
    """Items of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)

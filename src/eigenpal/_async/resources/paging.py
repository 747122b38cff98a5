"""Offset paging of the ``{data, total, limit, offset}`` list responses."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .._pagination import AsyncPage

ItemT = TypeVar("ItemT")


def offset_page(response: Any, following: Callable[..., Awaitable[AsyncPage[ItemT]]]) -> AsyncPage[ItemT]:
    """A page of ``response.data`` whose next page asks ``following(offset=…)`` while items remain."""
    items: list[ItemT] = list(response.data or [])
    next_offset = (response.offset or 0) + len(items)
    more = bool(items) and isinstance(response.total, int) and next_offset < response.total
    return AsyncPage(response, items, functools.partial(following, offset=next_offset) if more else None)

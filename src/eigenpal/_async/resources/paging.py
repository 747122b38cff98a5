"""The two ways list operations page (``x-eigenpal-pagination`` in openapi.yaml).

- offset: ``{<items>, total, limit, offset}``; the next page asks ``offset=`` past this one.
- cursor: ``{<items>, nextCursor}``; the next page asks ``cursor=``, except when the call pages by
  offset (the spec's ``offset_when`` filters, or an explicit ``offset``), as the service does.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .._pagination import AsyncPage

ItemT = TypeVar("ItemT")
Following = Callable[..., Awaitable[AsyncPage[ItemT]]]


def offset_page(response: Any, items_field: str, following: Following[ItemT]) -> AsyncPage[ItemT]:
    """A page of ``response[items_field]`` whose next page asks ``following(offset=…)`` while items remain."""
    items: list[ItemT] = list(response.get(items_field) or [])
    next_offset = (response.get("offset") or 0) + len(items)
    total = response.get("total")
    more = bool(items) and isinstance(total, int) and next_offset < total
    return AsyncPage(response, items, functools.partial(following, offset=next_offset) if more else None)


def cursor_page(
    response: Any,
    items_field: str,
    next_field: str,
    cursor_argument: str,
    following: Following[ItemT],
    *,
    by_offset: bool,
    offset: int | None,
    limit: int | None,
) -> AsyncPage[ItemT]:
    """A page that follows ``response[next_field]``, or offsets when ``by_offset``."""
    items: list[ItemT] = list(response.get(items_field) or [])
    fetch: Callable[[], Awaitable[AsyncPage[ItemT]]] | None = None
    if by_offset:
        if items and len(items) >= (limit or len(items)):
            fetch = functools.partial(following, offset=(offset or 0) + len(items))
    else:
        cursor = response.get(next_field)
        if isinstance(cursor, str) and cursor:
            fetch = functools.partial(following, **{cursor_argument: cursor})
    return AsyncPage(response, items, fetch)

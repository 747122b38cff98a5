"""Pages of list results that can be walked to the end.

A list call returns one ``AsyncPage``: its attributes and ``page["wireName"]`` are those of the
documented list response, iterating it yields this page's items, and ``iter_all()`` yields every item
across pages, fetching the next page only when needed (by ``nextCursor`` or by offset, as the
operation pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

ItemT = TypeVar("ItemT")


class AsyncPage(Generic[ItemT]):
    """One page of a list operation."""

    def __init__(
        self,
        response: Any,
        items: list[ItemT],
        fetch_next: Callable[[], Awaitable[AsyncPage[ItemT]]] | None,
    ) -> None:
        self.response = response
        """The list response model as the API sent it (``RunsListResponse``, ``DatasetExampleList``, …)."""
        self.items = items
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        return self._fetch_next is not None

    async def next_page(self) -> AsyncPage[ItemT] | None:
        """The following page, or ``None`` after the last one."""
        return await self._fetch_next() if self._fetch_next is not None else None

    async def iter_all(self) -> AsyncIterator[ItemT]:
        """Every item from this page on, across all following pages."""
        page: AsyncPage[ItemT] | None = self
        while page is not None:
            for item in page.items:
                yield item
            page = await page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, key: str) -> Any:
        return self.response[key]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.response, name)

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"{type(self).__name__}({len(self.items)} items{more})"

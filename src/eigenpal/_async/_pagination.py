"""Pages of list results that can be walked to the end.

A list call returns one ``AsyncPage``, a sequence of this page's items: ``page[0]``, ``page[1:3]``,
``len(page)`` and ``for item in page`` work as on a list. Its other attributes are those of the
documented list response (``page.total``, ``page.next_cursor``), and ``page["wireName"]`` (a string key)
reads the response by wire name. ``iter_all()`` yields every item across pages, fetching the next page
only when needed (by ``nextCursor`` or by offset, as the operation pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, TypeVar, overload

ItemT = TypeVar("ItemT")


class AsyncPage(Sequence[ItemT]):
    """One page of a list operation: a sequence of its items, with the list response's fields."""

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

    @overload
    def __getitem__(self, key: int) -> ItemT: ...
    @overload
    def __getitem__(self, key: slice) -> list[ItemT]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        """An item by index, a list of items by slice, or a field of the list response by wire name."""
        if isinstance(key, str):
            return self.response[key]
        return self.items[key]

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the following page, for operations that page by cursor (else ``None``)."""
        cursor = self.response.get("nextCursor")
        return cursor if isinstance(cursor, str) else None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.response, name)

    def __repr__(self) -> str:
        more = ", more" if self.has_next_page() else ""
        return f"{type(self).__name__}({len(self.items)} items{more})"

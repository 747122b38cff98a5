"""Pages of list results that can be walked to the end.

A list call returns one ``AsyncPage``, a sequence of this page's items: ``page[0]``, ``page[1:3]``,
``len(page)`` and ``for item in page`` work as on a list. Its other attributes are those of the
documented list response (``page.total``, ``page.next_cursor``), and ``page["wireName"]`` (a string key)
reads the response by wire name. ``iter_all()`` yields every item across pages, fetching the next page
only when needed (by ``nextCursor`` or by offset, as the operation pages).

A page reads as a table: its repr lists the items' main columns, a notebook shows an HTML table
(``eigenpal._generated.display`` picks the columns), and ``to_records()`` gives one flat ``dict`` per
item for ``pd.DataFrame(page.to_records())``. ``pd.DataFrame(page)`` works as well (models are mappings).

List operations page in one of two ways (``x-eigenpal-pagination`` in openapi.yaml); the generated list
methods build their pages with ``offset_page`` and ``cursor_page``:

- offset: ``{<items>, total, limit, offset}``; the next page asks ``offset=`` past this one.
- cursor: ``{<items>, nextCursor}``; the next page asks ``cursor=``, except when the call pages by
  offset (the spec's ``offset_when`` filters, or an explicit ``offset``), as the service does.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, cast, overload

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

    def __dir__(self) -> list[str]:
        """Tab completion offers the page's methods and the list response's fields (``total`` …)."""
        return sorted(
            {*super().__dir__(), *(name for name in dir(self.response) if not name.startswith("_"))}
        )

    def _ipython_key_completions_(self) -> list[str]:
        """``page["`` completes the list response's wire names."""
        return list(self.response) if isinstance(self.response, Mapping) else []

    def to_records(self) -> list[dict[str, Any]]:
        """One flat ``dict`` per item of this page: its wire JSON, nested fields under dotted names
        (``timing.createdAt``), ready for ``pd.DataFrame(page.to_records())``."""
        from .._generated.display import record

        return [record(cast(Any, item)) for item in self.items]

    def __repr__(self) -> str:
        from .._generated.display import page_repr

        return page_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else repr(self))

    def _repr_html_(self) -> str:
        """A notebook shows a page as a table of its items' main columns (values HTML-escaped)."""
        from .._generated.display import page_html

        return page_html(self)


Following = Callable[..., Awaitable[AsyncPage[ItemT]]]
"""The list method with every filter of the call bound: given an offset or a cursor, the following page."""


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

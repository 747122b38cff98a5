"""Per-request options, accepted by every method as ``options=RequestOptions(...)``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class RequestOptions:
    """Overrides for one call: ``client.runs.get(run_id, options=RequestOptions(timeout_seconds=5))``.

    ``None`` keeps the client's setting. ``headers`` are added to the request (they cannot replace
    ``Authorization``, ``Host`` or the framing headers). ``extra_query`` and ``extra_body`` send what the
    spec does not have yet: query parameters added to the call's, and fields merged into its JSON body
    (an operation without a JSON body refuses ``extra_body``). Invalid values raise ``EigenpalUsageError``.
    """

    __slots__ = ("extra_body", "extra_query", "headers", "max_retries", "timeout_seconds")

    def __init__(
        self,
        *,
        timeout_seconds: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        from ._params import extras, retries, timeout
        from ._params import headers as checked_headers

        self.timeout_seconds = (
            None if timeout_seconds is None else timeout(timeout_seconds, "timeout_seconds")
        )
        self.max_retries = None if max_retries is None else retries(max_retries)
        self.headers = None if headers is None else checked_headers(headers, "headers")
        self.extra_query = None if extra_query is None else extras(extra_query, "extra_query", query=True)
        self.extra_body = None if extra_body is None else extras(extra_body, "extra_body", query=False)

    def replace(self, *, timeout_seconds: float | None = None) -> RequestOptions:
        """A copy with another timeout."""
        copy = RequestOptions.__new__(RequestOptions)
        for name in RequestOptions.__slots__:
            setattr(copy, name, getattr(self, name))
        copy.timeout_seconds = timeout_seconds
        return copy

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout_seconds={self.timeout_seconds!r}, max_retries={self.max_retries!r}, "
            f"headers={sorted(self.headers) if self.headers else None!r}, "
            f"extra_query={sorted(self.extra_query) if self.extra_query else None!r}, "
            f"extra_body={sorted(self.extra_body) if self.extra_body else None!r})"
        )


def checked_options(value: object) -> RequestOptions | None:
    """``options=`` as given, when it is ``None`` or a ``RequestOptions``; anything else is a usage error."""
    if value is None or isinstance(value, RequestOptions):
        return value
    from ._errors import EigenpalUsageError

    raise EigenpalUsageError(
        f"options must be a RequestOptions, got {type(value).__name__}; "
        "pass options=RequestOptions(timeout_seconds=..., max_retries=..., headers=...)."
    )

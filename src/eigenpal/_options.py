"""Per-request options, accepted by every method as ``options=RequestOptions(...)``."""

from __future__ import annotations

from collections.abc import Mapping


class RequestOptions:
    """Overrides for one call: ``client.runs.get(run_id, options=RequestOptions(timeout_seconds=5))``.

    ``None`` keeps the client's setting. ``headers`` are added to the request (they cannot replace
    ``Authorization``, ``Host`` or the framing headers). Invalid values raise ``EigenpalUsageError`` here.
    """

    __slots__ = ("headers", "max_retries", "timeout_seconds")

    def __init__(
        self,
        *,
        timeout_seconds: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        from ._params import headers as checked_headers
        from ._params import retries, seconds

        self.timeout_seconds = (
            None if timeout_seconds is None else seconds(timeout_seconds, "timeout_seconds")
        )
        self.max_retries = None if max_retries is None else retries(max_retries)
        self.headers = None if headers is None else checked_headers(headers, "headers")

    def replace(self, *, timeout_seconds: float | None = None) -> RequestOptions:
        """A copy with another timeout."""
        return RequestOptions(
            timeout_seconds=timeout_seconds, max_retries=self.max_retries, headers=self.headers
        )

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout_seconds={self.timeout_seconds!r}, max_retries={self.max_retries!r}, "
            f"headers={sorted(self.headers) if self.headers else None!r})"
        )

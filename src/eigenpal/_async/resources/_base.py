"""What every resource holds: the request pipeline it sends through."""

from __future__ import annotations

from .._base_client import AsyncAPIClient


class AsyncResource:
    """A node of the client tree."""

    def __init__(self, pipeline: AsyncAPIClient) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

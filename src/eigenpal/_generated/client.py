"""What endpoint modules send their prepared requests to.

The generated layer builds no HTTP client of its own: ``sync()`` and ``asyncio()`` hand a prepared
``Request`` to a sender, and the SDK runtime (``eigenpal._base_client``) is that sender. Auth, retries,
timeouts and error mapping live there, once.
"""

from typing import Protocol, TypeVar

from .types import Request

T = TypeVar("T")


class SyncSender(Protocol):
    """Sends a prepared request and returns its parsed result (blocking)."""

    def send(self, request: Request[T]) -> T: ...


class AsyncSender(Protocol):
    """Sends a prepared request and returns its parsed result (awaitable)."""

    async def send(self, request: Request[T]) -> T: ...

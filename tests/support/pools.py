"""What a client's connection pool holds, whichever library keeps it (httpx's or aiohttp's)."""

from __future__ import annotations

from typing import Any


def stuck_connections(client: Any) -> list[Any]:
    """Connections still taken when no call is running: each one is a slot lost for good.

    httpcore's pool: a connection neither idle nor closed. aiohttp's: a connection still acquired.
    """
    http = client._pipeline._connections.current
    if http is None:  # no call has made the pool yet
        return []
    connector = getattr(http, "connector", None)
    if connector is not None:
        return list(connector._acquired)
    pool = http._transport._pool
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]


def library(client: Any) -> str:
    """``"aiohttp"`` or ``"httpx"``: which library the client's calls went through."""
    http = client._pipeline._connections.current
    return "aiohttp" if type(http).__name__ == "AiohttpHTTP" else "httpx"

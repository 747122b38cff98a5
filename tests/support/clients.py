"""Every transport a test should cover, from inside an anyio test (``anyio_backend`` runs it twice).

Under asyncio: the async client (aiohttp) and the blocking client (httpx); under trio: the async client
(httpx). The blocking client is made once, with the asyncio run, so each transport is tried once.
"""

from __future__ import annotations

from typing import Any

from eigenpal import AsyncEigenpalClient, EigenpalClient

KEY = "ep_live_0123456789abcdef"


def clients_for(anyio_backend: str, base_url: str, **settings: Any) -> list[Any]:
    settings.setdefault("api_key", KEY)
    made: list[Any] = [AsyncEigenpalClient(base_url=base_url, **settings)]
    if anyio_backend == "asyncio":
        made.append(EigenpalClient(base_url=base_url, **settings))
    return made


async def close(client: Any) -> None:
    """Close a client of either kind."""
    if isinstance(client, AsyncEigenpalClient):
        await client.aclose()
    else:
        client.close()

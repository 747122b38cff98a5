"""The async client's transport, chosen on its first call by what runs it: aiohttp under asyncio, httpx else.

``sync.py`` is the blocking client's choice; ``codegen/unasync.py`` maps an import of this module to that
one, as httpcore maps its ``_backends/auto.py`` to ``sync.py``, so the pool holder is written once. Each
transport is imported on first use, so ``import eigenpal`` loads neither aiohttp nor httpcore.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from .base import AsyncHTTP


def open_http(base_url: str, headers: Mapping[str, str], http_client: httpx.AsyncClient | None) -> AsyncHTTP:
    """The caller's ``http_client`` as it is; else a pool of the SDK's own: aiohttp's when the call runs
    under asyncio (it parses HTTP in C: a fraction of the CPU per call), httpx's anywhere else (trio)."""
    if http_client is None:
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            from .aiohttp import AiohttpHTTP

            return AiohttpHTTP(base_url, headers)
    from ._async.httpx import AsyncHttpxHTTP

    return AsyncHttpxHTTP(base_url, headers, http_client)

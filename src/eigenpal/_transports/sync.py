"""The blocking client's transport: httpx's, always (``auto.py`` is the async client's choice)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from .base import HTTP


def open_http(base_url: str, headers: Mapping[str, str], http_client: httpx.Client | None) -> HTTP:
    """The caller's ``http_client`` as it is; else a pool of the SDK's own. Imported on the first call, as
    it loads httpcore."""
    from ._sync.httpx import HttpxHTTP

    return HttpxHTTP(base_url, headers, http_client)

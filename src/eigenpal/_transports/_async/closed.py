"""What a call on a closed client is told: by the pool holder (``eigenpal._async._connections``) after
``aclose()``, and by the httpx transport when it finds its client closed (a close raced the call, or the
caller closed their own ``http_client``)."""

from __future__ import annotations

CLOSED = (
    "this AsyncEigenpalClient is closed; make a new one, or make its calls inside its `async with` block."
)
CALLERS_CLOSED = (
    "the http_client passed to AsyncEigenpalClient is closed; keep it open while the client is in use "
    "(close it after the client's `async with` block)."
)

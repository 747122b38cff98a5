"""The transport layer: how the bytes of a call travel, whichever library carries them.

The runtime above (``eigenpal._async``) sends each attempt through an ``AsyncHTTP`` (``base.py``) that
``auto.py`` (``sync.py`` for the blocking client) made for the client's first call; it never names a
library. Below the interfaces sit the implementations, httpx's (written once in ``_async/``, derived into
``_sync/``) and aiohttp's (async only), and what they share: the proxy decision (``proxies.py``), the
answer cap (``limits.py``) and the per-attempt deadline (``deadline.py``). Nothing here imports the runtime.
"""

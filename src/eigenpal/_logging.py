"""The ``eigenpal`` logger. ``EIGENPAL_LOG=debug`` (or ``info``) turns it on without code changes.

Log lines name the method, path, status, request id, attempt and duration; never the API key, query
values that could carry tokens, or file contents.
"""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

logger = logging.getLogger("eigenpal")
_configured = False


def configure_from_env() -> None:
    """Attach a stderr handler at the level named by ``EIGENPAL_LOG``, once per process."""
    global _configured
    level = os.environ.get(ENV_LOG, "").strip().upper()
    if _configured or level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True

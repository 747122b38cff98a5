"""Defaults of the SDK, in one place."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.eigenpal.com"
"""The production server (openapi.yaml ``servers``)."""
DEFAULT_TIMEOUT_SECONDS = 60.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The most the SDK reads of a JSON answer, an error body or a stream line (the API's are far smaller)."""
ENV_API_KEY = "EIGENPAL_API_KEY"
ENV_BASE_URL = "EIGENPAL_BASE_URL"
ENV_LOG = "EIGENPAL_LOG"
MAX_WAIT_SECONDS = 600
"""The server holds a ``wait_for_completion`` request at most this long."""

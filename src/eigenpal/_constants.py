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
DEFAULT_MULTIPART_MAX_BYTES = int(4.5 * 1024 * 1024)
"""The largest request body the hosted API takes (its functions' ~4.5 MiB limit): a run start with files is
kept under it, larger inputs are uploaded first (``eigenpal._budget``)."""
MULTIPART_ENVELOPE_HEADROOM_BYTES = 256 * 1024
"""Kept free of files in a multipart start, for its other fields and the part headers."""
ENV_MULTIPART_MAX_BYTES = "EIGENPAL_MULTIPART_MAX_BYTES"

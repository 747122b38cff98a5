"""The storage origin's state (``Storage``): a second server on its own port that moves bytes only through signed URLs, as the
cloud's object store does.

A signed URL is ``{storage_url}{path}?expires=<unix seconds>[&partNumber=<n>]&signature=<hex>``, the
signature an HMAC-SHA256, with a secret of this emulator's, over the method, the path, the expiry and the
part number. The origin (``_storage_origin.StorageApp``) answers:

- ``PUT /uploads/{uploadId}``: the whole file of a ``presigned-put`` session (its ``content-type`` as
  signed); ``PUT /uploads/{uploadId}/parts/{n}``: part ``n`` of a ``presigned-multipart`` one. A piece
  holds at most its expected length (400 past it); a shorter one is stored, listed with its size and
  refused at completion. Once the session is completed, a piece of the right length is accepted and
  dropped (a retried upload makes no second file).
- ``GET /objects/{token}``: a download the API redirected to (``Storage.publish``), streamed in
  ``STREAM_BYTES`` slices.

It refuses with 403 any request that carries ``Authorization`` (recorded in ``violations``: the API key
must never reach storage), an expired signature and an altered one. It has no request-body limit. Every
request is recorded in ``requests`` (method, path, headers) for tests.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass
from urllib.parse import parse_qs

from ._state import Bounded, StoredFile, new_id

STREAM_BYTES = 1024 * 1024
"""Bytes per body message of a download."""
REQUEST_LOG = 1000
"""Storage requests kept in ``Storage.requests``."""


@dataclass(frozen=True)
class StorageRequest:
    """One request the storage origin received, and its answer."""

    method: str
    path: str
    headers: dict[str, str]
    status: int


class Storage:
    """The storage origin's state: its signing secret, the downloads it serves, what it was sent."""

    def __init__(self, presign_seconds: int, records: int) -> None:
        self._secret = secrets.token_bytes(32)
        self.presign_seconds = presign_seconds
        self.url = ""
        """The origin's base URL once the emulator started (``""`` before: downloads are then served inline)."""
        self.objects: Bounded[str, tuple[StoredFile, int]] = Bounded(records)
        self.violations: list[str] = []
        """Requests that carried credentials to storage (``Authorization``, the API key): each a bug."""
        self.requests: deque[StorageRequest] = deque(maxlen=REQUEST_LOG)

    def signature(self, method: str, path: str, expires: int, part: int | None = None) -> str:
        message = f"{method.upper()}\n{path}\n{expires}\n{'' if part is None else part}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(
        self, method: str, path: str, *, part: int | None = None, expires: int | None = None
    ) -> tuple[str, int]:
        """A signed URL for ``method`` on ``path`` (valid ``presign_seconds`` unless ``expires`` is
        given, in unix seconds), and its expiry."""
        expires = int(time.time()) + self.presign_seconds if expires is None else expires
        query = f"expires={expires}" + ("" if part is None else f"&partNumber={part}")
        return f"{self.url}{path}?{query}&signature={self.signature(method, path, expires, part)}", expires

    def publish(self, stored: StoredFile) -> str:
        """A signed ``GET`` URL serving ``stored``, for a download's redirect."""
        token = new_id("obj")
        url, expires = self.sign("GET", f"/objects/{token}")
        self.objects[token] = (stored, expires)
        return url

    def verify(self, method: str, path: str, query: str) -> str | None:
        """Why the request's signature does not hold (``None`` when it does)."""
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        expires, signature, part = (
            params.get("expires", ""),
            params.get("signature", ""),
            params.get("partNumber"),
        )
        if not expires.isdigit() or not signature:
            return "The URL is not signed"
        if part is not None and not part.isdigit():
            return "The signature does not match"
        wanted = self.signature(method, path, int(expires), None if part is None else int(part))
        if not hmac.compare_digest(wanted, signature):
            return "The signature does not match"
        if int(expires) < time.time():
            return "The signature has expired"
        return None

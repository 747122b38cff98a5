"""Upload sessions: how a file's bytes travel, which pieces have arrived, and the file they complete into.

A session numbers its pieces as its transport does: ``http-chunked`` chunks ``0 … count-1`` (sent to the
API), ``presigned-multipart`` parts ``1 … count`` (sent to the storage origin), and ``presigned-put`` one
piece, number 1, the whole file (sent to the storage origin). Every piece but the last holds
``piece_size`` bytes. A piece counts only when it holds exactly its expected length.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from ._state import StoredFile, UploadedFile, now_iso

SESSION_TRANSPORTS = ("presigned-put", "presigned-multipart", "http-chunked")
"""Transports that open a session; ``multipart`` is a fallback without one."""
UPLOAD_TRANSPORTS = ("auto", "multipart", *SESSION_TRANSPORTS)
"""What ``Emulator(upload_transport=...)`` accepts; ``auto`` picks by size (see ``negotiate``)."""
MAX_PARTS = 10_000
"""Most parts a presigned multipart upload has, as in S3: a larger file gets larger parts."""


def negotiate(configured: str, size: int, presigned_put_max_bytes: int) -> str:
    """The transport for a file of ``size`` bytes: the configured one, or with ``auto`` one presigned
    ``PUT`` up to ``presigned_put_max_bytes`` and presigned multipart parts above."""
    if configured != "auto":
        return configured
    return "presigned-put" if size <= presigned_put_max_bytes else "presigned-multipart"


def part_size_for(size: int, preferred: int) -> int:
    """``preferred``, or larger when that would cut ``size`` into more than ``MAX_PARTS`` parts."""
    return max(preferred, -(-size // MAX_PARTS))


@dataclass
class UploadSession:
    """One file on its way in: the declared file, the negotiated layout and the pieces received."""

    upload_id: str
    file_id: str
    filename: str
    content_type: str
    size: int
    purpose: str | None
    transport: str
    piece_size: int
    expires_at: str
    request: tuple[str, str, int, str | None] = ("", "", 0, None)
    """What created it (filename, content type, size, purpose): a replay of its idempotency key must match."""
    pieces: dict[int, bytes] = field(default_factory=dict)
    received: dict[int, tuple[str, int]] = field(default_factory=dict)
    """Every piece stored so far, by number: (etag, size); kept after completion for listing."""
    status: str = "pending"  # pending | completed | aborted
    file: UploadedFile | None = None
    """The file it completed into."""

    @property
    def first(self) -> int:
        """The first piece's number: chunks count from 0, parts from 1."""
        return 0 if self.transport == "http-chunked" else 1

    @property
    def count(self) -> int:
        return max(1, -(-self.size // self.piece_size)) if self.piece_size else 1

    def numbers(self) -> range:
        return range(self.first, self.first + self.count)

    def expected(self, number: int) -> int:
        """Bytes piece ``number`` must hold (the last may hold fewer)."""
        return max(0, min(self.piece_size, self.size - (number - self.first) * self.piece_size))

    def store(self, number: int, content: bytes) -> str:
        """Keep piece ``number`` (an overwrite of an earlier send); its etag."""
        # an identity, as storage's is; not a digest (hashing 256 MiB costs ~0.5 s)
        etag = secrets.token_hex(16)
        self.pieces[number] = content
        self.received[number] = (etag, len(content))
        return etag

    def missing(self) -> list[int]:
        """Pieces not yet stored at their expected length."""
        return [n for n in self.numbers() if self.received.get(n, ("", -1))[1] != self.expected(n)]

    def complete(self, created_at: str | None = None) -> UploadedFile:
        """Assemble the pieces into the file (every piece present: ``missing()`` is empty)."""
        content = b"".join(self.pieces[n] for n in self.numbers()) if self.size else b""
        self.file = UploadedFile(
            self.file_id,
            StoredFile(self.filename, content, self.content_type),
            created_at or now_iso(),
            self.purpose,
        )
        self.status, self.pieces = "completed", {}
        return self.file

    def abort(self) -> None:
        self.status, self.pieces, self.received = "aborted", {}, {}

    def parts_json(self) -> list[dict[str, Any]]:
        """The stored pieces as the spec lists parts (chunk ``i`` as part ``i + 1``)."""
        shift = 1 - self.first
        return [
            {"partNumber": number + shift, "etag": etag, "size": size}
            for number, (etag, size) in sorted(self.received.items())
        ]

    def to_json(self) -> dict[str, Any]:
        multipart, chunked = self.transport == "presigned-multipart", self.transport == "http-chunked"
        return {
            "uploadId": self.upload_id,
            "fileId": self.file_id,
            "transport": self.transport,
            "status": self.status,
            "expiresAt": self.expires_at,
            "partSizeBytes": self.piece_size if multipart else None,
            "partCount": self.count if multipart else None,
            "chunkSizeBytes": self.piece_size if chunked else None,
            "chunkCount": self.count if chunked else None,
            "parts": self.parts_json(),
        }

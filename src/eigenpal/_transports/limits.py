"""The cap on what the SDK holds in memory of one answer: ``max_response_bytes``.

A JSON answer, an error body and each line of an NDJSON stream are read in chunks and counted; once the
count passes the cap (or a ``Content-Length`` says it will) the transport raises ``AnswerTooLarge``, which
the pipeline reports as ``EigenpalResponseTooLargeError``. Downloads stream to their destination and are
not capped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._errors import REQUEST_ID_HEADER

if TYPE_CHECKING:
    from .._answer import Answer


class AnswerTooLarge(Exception):
    """Raised by a transport (or the stream reader) when an answer passes ``limit`` bytes; it keeps the
    answer's status and request id, nothing else of it."""

    def __init__(self, limit: int, answer: Answer | None = None) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit
        self.status = None if answer is None else answer.status_code
        self.request_id = None if answer is None else answer.headers.get(REQUEST_ID_HEADER)


def check_length(answer: Answer, limit: int) -> None:
    """Fail before reading when the answer's ``Content-Length`` already says it passes ``limit``."""
    length = answer.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise AnswerTooLarge(limit, answer)


def describe(limit: int) -> str:
    """``limit`` for a message: ``67108864 bytes (64 MiB)``."""
    mib = limit / (1024 * 1024)
    return f"{limit} bytes ({mib:g} MiB)" if mib >= 1 else f"{limit} bytes"

"""The arithmetic of an upload session, pure: how a file is cut into parts or chunks, which of them a
resumed upload still has to send, and whether a failed part ``PUT`` is sent again.

``eigenpal._async._uploads`` runs the protocol (``files.upload``); everything it decides without I/O is
here, so it is tested without a server.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ._errors import EigenpalResponseError
from ._retry import Failure, Outcome

CONCURRENCY = 4
"""Parts (or chunks) of one upload in flight at once on the async client; the blocking client sends them
one after another."""
PART_RETRIES = 4
"""Times a part ``PUT`` to storage is sent again after a transient failure (408, 429, 5xx, transport)."""
PART_BACKOFF_SECONDS = 0.25
"""The wait before a part's first retry, doubled for each later one (0.25 s, 0.5 s, 1 s, 2 s)."""
PART_RETRY_STATUSES = frozenset({408, 429})
"""Statuses (beside every 5xx) after which storage did not keep the part: the same bytes may go again."""
UNSEEKABLE_MAX_BYTES = int(4.5 * 1024 * 1024) - 256 * 1024
"""The most a stream that cannot seek may hold: what fits one multipart request to the cloud (its ~4.5 MiB
body limit less the envelope's headroom), read into memory so that it can be sent again."""


class Piece(NamedTuple):
    """One part (numbered from 1) or chunk (from 0) of a file: its number, where it starts, its length."""

    number: int
    offset: int
    size: int


def layout(size: int, piece_size: int, count: int, *, first: int) -> list[Piece]:
    """The pieces a session cut ``size`` bytes into: ``count`` pieces of ``piece_size`` (the last holds the
    rest), numbered from ``first``. A layout that does not cover the file exactly (a server answering
    sizes it did not agree to) raises ``EigenpalResponseError`` before any byte is sent."""
    expected = max(1, -(-size // piece_size)) if piece_size > 0 else -1
    if count != expected:
        raise EigenpalResponseError(
            f"the upload session cuts {size} bytes into {count} pieces of {piece_size} bytes, which does not "
            f"cover the file ({expected} expected); the server's answer is not usable"
        )
    return [
        Piece(first + index, index * piece_size, min(piece_size, size - index * piece_size))
        for index in range(count)
    ]


def pending(pieces: list[Piece], stored: Mapping[int, int | None]) -> list[Piece]:
    """The pieces still to send: all but those ``stored`` (piece number -> listed size) with their exact
    length. A listed piece of another size, or without one, is sent again."""
    return [piece for piece in pieces if stored.get(piece.number, -1) != piece.size]


def part_retry_delay(outcome: Outcome, attempt: int) -> float | None:
    """Seconds to wait before sending a part's same bytes again after ``outcome`` ended its attempt number
    ``attempt`` (0 for the first), or ``None`` to give up: after a transport failure, 408, 429 or a 5xx,
    ``PART_RETRIES`` times with a doubling backoff. Anything else (a refused signature, a 400) is final."""
    if attempt >= PART_RETRIES:
        return None
    if not isinstance(outcome, Failure):
        code = outcome.code
        if code not in PART_RETRY_STATUSES and code < 500:
            return None
    return PART_BACKOFF_SECONDS * 2.0**attempt

"""The retry policy (the README's "Retry policy"): whether a failed attempt is sent again, and when.

``retry_delay`` is the whole decision, a pure function: no I/O, no clock, no randomness of its own (the
caller draws the jitter). The pipeline (``_async/_base_client.py``) asks it after every failed attempt:
an exchange that failed (a ``Failure``: how far the request got, read from the transport's exception by
``failure_of``), an error status (a ``Status``, with its ``Retry-After``), and a download cut short.

- A request that was never sent (the connection failed before it went out) is retried, whatever its
  method.
- Idempotent requests (GET, PUT, DELETE, so downloads and exports too) are also retried on timeouts,
  on failures after sending, and on 408, 429 and 5xx but 501 (not implemented now is not implemented on
  a retry either).
- Any other request (POST, PATCH) is retried only when it provably was not processed: a 429 or a 503
  (the server says it did not handle it). ``POST /runs`` is therefore never re-sent after a 500, 502 or
  504, a read timeout or a reset after sending, any of which could start a duplicate run.
- The wait is the answer's ``Retry-After`` (a 429's or a 503's) when it has one, up to 60 s (a longer one
  gives up at once), else an exponential backoff with jitter: about 0.5 s, 1 s, 2 s … up to 8 s.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""Methods whose repetition changes nothing on the server: retried after any failure."""
RETRY_STATUSES = frozenset({408, 429})
"""Retried for idempotent methods, beside every 5xx but 501."""
NOT_PROCESSED_STATUSES = frozenset({429, 503})
"""Statuses that say the server did not handle the request: safe to retry for every method."""
NEVER_RETRIED_STATUS = 501
"""Not implemented: a retry gets the same answer."""
RETRY_AFTER_CAP_SECONDS = 60.0
"""A ``Retry-After`` longer than this is not waited out: the error is raised instead."""
BACKOFF_BASE_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 8.0


class Failure(enum.Enum):
    """How far a request got when its exchange failed, which decides whether it may be sent again."""

    NOT_SENT = "not sent"
    """The connection failed before the request went out: nothing can have been processed."""
    MAYBE_SENT = "maybe sent"
    """Failed after the request may have gone out (a reset, a disconnect, a garbled answer)."""
    TIMEOUT = "timeout"
    """Timed out after the request may have gone out (reading the answer, or writing the request)."""


class Status(NamedTuple):
    """An error answer: its status code and its ``Retry-After`` in seconds (``None``: none sent)."""

    code: int
    retry_after: float | None = None


Outcome = Failure | Status
"""What ended an attempt."""


def failure_of(error: httpx.HTTPError) -> Failure:
    """How far the request got, from the httpx exception a transport reports its failure as (aiohttp's
    are mapped to the same ones): only a failure to connect, or to get a pool slot, means nothing was sent."""
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return Failure.NOT_SENT
    if isinstance(error, httpx.TimeoutException):
        return Failure.TIMEOUT
    return Failure.MAYBE_SENT


def retry_delay(method: str, outcome: Outcome, attempt: int, retries: int, jitter: float) -> float | None:
    """Seconds to wait before sending ``method`` again after ``outcome`` ended its attempt number
    ``attempt`` (0 for the first) of ``retries + 1``, or ``None`` to give up. ``jitter`` (0 to 1, drawn by
    the caller) takes up to a quarter off the backoff, so clients that failed together spread out."""
    if attempt >= retries:
        return None
    if isinstance(outcome, Failure):
        return backoff(attempt, jitter) if outcome is Failure.NOT_SENT or method in IDEMPOTENT else None
    code, retry_after = outcome
    if code not in NOT_PROCESSED_STATUSES:  # the server may have handled it: only idempotent methods
        transient = (code in RETRY_STATUSES or code >= 500) and code != NEVER_RETRIED_STATUS
        if method not in IDEMPOTENT or not transient:
            return None
    if retry_after is not None:
        return retry_after if retry_after <= RETRY_AFTER_CAP_SECONDS else None
    return backoff(attempt, jitter)


def backoff(attempt: int, jitter: float) -> float:
    """The wait after attempt number ``attempt``: 0.5 s doubling each time, at most 8 s, less up to a
    quarter (``jitter`` 0 takes a quarter off, 1 nothing)."""
    return min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2.0**attempt) * (0.75 + jitter * 0.25)

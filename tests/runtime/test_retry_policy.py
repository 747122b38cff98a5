"""The whole retry policy (the README's "Retry policy") as one table: method x outcome x attempt -> decision.

``eigenpal._retry.retry_delay`` is pure, so every rule is proven here without a socket. A transport failure
is written as the httpx exception a transport reports it as (aiohttp's are mapped to the same ones,
``tests/wire/test_transports.py``), so the table also proves which of them count as "not sent". The socket
tests keep only what a table cannot: that each transport reports the outcome that really happened.
"""

from __future__ import annotations

import httpx
import pytest

from eigenpal._retry import Failure, Status, failure_of, retry_delay

GIVE_UP = None
FIRST, SECOND, THIRD = 0, 1, 2  # the attempt that failed, 0 for the first
RETRIES = 2  # the default max_retries: three attempts in all

REFUSED = httpx.ConnectError("refused before anything was sent")
CONNECT_TIMEOUT = httpx.ConnectTimeout("no connection in time")
NO_POOL_SLOT = httpx.PoolTimeout("no pool slot in time")
READ_TIMEOUT = httpx.ReadTimeout("no answer in time")
WRITE_TIMEOUT = httpx.WriteTimeout("the request could not be written in time")
RESET = httpx.ReadError("connection reset by peer, after the request went out")
DROPPED = httpx.RemoteProtocolError("server disconnected without an answer")
PROXY_REFUSED = httpx.ProxyError("the proxy refused the tunnel")

Outcome = httpx.HTTPError | Status

# method, outcome, attempt, retries -> seconds to wait (with jitter 1.0: the full step), or GIVE_UP
TABLE: list[tuple[str, Outcome, int, int, float | None]] = [
    # ---- transport failures: only "not sent" is safe for every method -------------------------------
    ("POST", REFUSED, FIRST, RETRIES, 0.5),
    ("POST", CONNECT_TIMEOUT, FIRST, RETRIES, 0.5),
    ("POST", NO_POOL_SLOT, SECOND, RETRIES, 1.0),
    ("PATCH", REFUSED, FIRST, RETRIES, 0.5),
    ("POST", READ_TIMEOUT, FIRST, RETRIES, GIVE_UP),  # the run may have started
    ("POST", WRITE_TIMEOUT, FIRST, RETRIES, GIVE_UP),
    ("POST", RESET, FIRST, RETRIES, GIVE_UP),
    ("POST", DROPPED, FIRST, RETRIES, GIVE_UP),
    ("PATCH", DROPPED, FIRST, RETRIES, GIVE_UP),
    ("POST", PROXY_REFUSED, FIRST, RETRIES, GIVE_UP),
    ("GET", REFUSED, FIRST, RETRIES, 0.5),
    ("GET", READ_TIMEOUT, FIRST, RETRIES, 0.5),
    ("GET", RESET, SECOND, RETRIES, 1.0),
    ("GET", DROPPED, FIRST, RETRIES, 0.5),  # also a download cut short
    ("GET", PROXY_REFUSED, FIRST, RETRIES, 0.5),
    ("PUT", WRITE_TIMEOUT, FIRST, RETRIES, 0.5),
    ("DELETE", RESET, FIRST, RETRIES, 0.5),
    ("HEAD", READ_TIMEOUT, FIRST, RETRIES, 0.5),
    ("OPTIONS", DROPPED, FIRST, RETRIES, 0.5),
    # ---- statuses: idempotent methods on 408, 429 and 5xx but 501 -----------------------------------
    ("GET", Status(500), FIRST, RETRIES, 0.5),
    ("GET", Status(502), SECOND, RETRIES, 1.0),
    ("GET", Status(503), FIRST, RETRIES, 0.5),
    ("GET", Status(504), FIRST, RETRIES, 0.5),
    ("GET", Status(520), FIRST, RETRIES, 0.5),  # a proxy's status outside the RFC is still a 5xx
    ("GET", Status(408), FIRST, RETRIES, 0.5),
    ("GET", Status(429), FIRST, RETRIES, 0.5),
    ("PUT", Status(500), FIRST, RETRIES, 0.5),
    ("DELETE", Status(502), FIRST, RETRIES, 0.5),
    ("GET", Status(501), FIRST, RETRIES, GIVE_UP),  # not implemented now, nor on a retry
    ("PUT", Status(501), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(501), FIRST, RETRIES, GIVE_UP),
    *[("GET", Status(code), FIRST, RETRIES, GIVE_UP) for code in (400, 401, 403, 404, 409, 413, 422)],
    ("GET", Status(302), FIRST, RETRIES, GIVE_UP),  # a redirect is never followed, nor retried
    # ---- statuses: other methods only when the server says it did not process the request ---------
    ("POST", Status(429), FIRST, RETRIES, 0.5),
    ("POST", Status(503), FIRST, RETRIES, 0.5),
    ("PATCH", Status(429), FIRST, RETRIES, 0.5),
    ("PATCH", Status(503), SECOND, RETRIES, 1.0),
    ("POST", Status(500), FIRST, RETRIES, GIVE_UP),  # could start a duplicate run
    ("POST", Status(502), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(504), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(408), FIRST, RETRIES, GIVE_UP),
    ("PATCH", Status(500), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(400), FIRST, RETRIES, GIVE_UP),
    # ---- Retry-After: waited out as sent, up to 60 s; a longer one gives up at once ----------------
    ("POST", Status(503, retry_after=7.0), FIRST, RETRIES, 7.0),
    ("POST", Status(429, retry_after=0.0), FIRST, RETRIES, 0.0),
    ("GET", Status(429, retry_after=0.25), SECOND, RETRIES, 0.25),
    ("GET", Status(503, retry_after=60.0), FIRST, RETRIES, 60.0),
    ("GET", Status(503, retry_after=61.0), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(429, retry_after=3600.0), FIRST, RETRIES, GIVE_UP),
    ("POST", Status(500, retry_after=1.0), FIRST, RETRIES, GIVE_UP),  # a wait does not make it safe
    # ---- the last attempt gives up, whatever the outcome --------------------------------------------
    ("GET", Status(503), THIRD, RETRIES, GIVE_UP),
    ("GET", READ_TIMEOUT, THIRD, RETRIES, GIVE_UP),
    ("POST", REFUSED, THIRD, RETRIES, GIVE_UP),
    ("POST", Status(429, retry_after=0.0), THIRD, RETRIES, GIVE_UP),
    ("GET", Status(503), FIRST, 0, GIVE_UP),  # max_retries=0: never retried
    ("POST", REFUSED, FIRST, 0, GIVE_UP),
    ("GET", Status(503), SECOND, 1, GIVE_UP),
    # ---- backoff: 0.5 s doubling per attempt, at most 8 s --------------------------------------------
    ("GET", Status(503), THIRD, 10, 2.0),
    ("GET", Status(503), 3, 10, 4.0),
    ("GET", Status(503), 4, 10, 8.0),
    ("GET", RESET, 9, 10, 8.0),
]


def row_id(row: tuple[str, Outcome, int, int, float | None]) -> str:
    method, outcome, attempt, retries, expected = row
    if isinstance(outcome, Status):
        waited = "" if outcome.retry_after is None else f" retry-after {outcome.retry_after:g}"
        what = f"{outcome.code}{waited}"
    else:
        what = type(outcome).__name__
    decision = "give up" if expected is None else f"wait {expected:g}"
    return f"{method} {what} attempt {attempt + 1} of {retries + 1}: {decision}"


@pytest.mark.parametrize(
    ("method", "outcome", "attempt", "retries", "expected"), TABLE, ids=map(row_id, TABLE)
)
def test_the_retry_policy(
    method: str, outcome: Outcome, attempt: int, retries: int, expected: float | None
) -> None:
    reported = outcome if isinstance(outcome, Status) else failure_of(outcome)
    assert retry_delay(method, reported, attempt, retries, jitter=1.0) == expected


def test_only_a_failure_to_connect_or_to_get_a_pool_slot_means_not_sent() -> None:
    assert [failure_of(error) for error in (REFUSED, CONNECT_TIMEOUT, NO_POOL_SLOT)] == [Failure.NOT_SENT] * 3
    assert [failure_of(error) for error in (READ_TIMEOUT, WRITE_TIMEOUT)] == [Failure.TIMEOUT] * 2
    assert [failure_of(error) for error in (RESET, DROPPED, PROXY_REFUSED)] == [Failure.MAYBE_SENT] * 3


def test_jitter_takes_up_to_a_quarter_off_the_backoff_and_never_touches_retry_after() -> None:
    for attempt, step in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        assert retry_delay("GET", Status(503), attempt, 10, jitter=0.0) == step * 0.75
        assert retry_delay("GET", Status(503), attempt, 10, jitter=0.5) == step * 0.875
    assert retry_delay("POST", Status(429, retry_after=2.0), 0, 2, jitter=0.0) == 2.0

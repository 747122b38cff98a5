"""The emulator's outbound webhooks: ``run.created`` and ``run.status_changed``, signed and delivered as the
service delivers them, with faults a receiver must survive.

Events are made on the server's loop when a top-level run is created or changes status, validated against
the spec's ``webhooks:`` schemas, and handed to a few worker threads, so no API answer waits for a receiver.
Each delivery POSTs the event's JSON with the Standard Webhooks headers (``eigenpal.webhooks.sign``, the one
signer); network errors, timeouts, 408, 425, 429 and 5xx are retried with bounded exponential backoff
(``WebhookRetry``), a 2xx ends the delivery, any other answer gives it up. Every attempt is recorded.

Every run the emulator makes is top-level (it has no ``action.invoke-workflow`` step that starts runs
internally), so every run sends events, an experiment's included. ``createdAt`` is strictly increasing across
the emulator (a millisecond apart at least), so ordering by it is exact.

``WebhookFaults`` adds what the service is allowed to do: deliver twice, out of order, late, lose a first
attempt; and what an attacker might: send a forged copy beside the genuine one. Its choices are drawn from
``seed`` per event, so a seeded run repeats them.
"""

from __future__ import annotations

import base64
import heapq
import itertools
import json
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from .. import EigenpalTimeoutError, EigenpalUsageError
from .._params import seconds as _seconds
from ..webhooks import sign
from ._state import RunRecord, now_iso

API_VERSION = "2026-07-01"
WORKERS = 4
"""Threads that deliver at once: enough for a test's bursts; a slow receiver only delays its own events."""
REORDER_HOLD = 0.1
"""Seconds an event may be held back under ``WebhookFaults(reorder=True)``: events made within this
window of each other arrive in shuffled order."""
RETRIED_STATUSES = frozenset({408, 425, 429})


def new_webhook_secret() -> str:
    """A fresh endpoint secret of the service's form: ``whsec_`` and the base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


@dataclass(frozen=True)
class WebhookRetry:
    """How the emulator retries a delivery: ``first_backoff`` seconds after the first failure, doubling up
    to ``max_backoff``, for at most ``max_attempts`` attempts of ``timeout`` seconds each. The service's own
    backoff is longer; these defaults keep a test fast."""

    first_backoff: float = 0.05
    max_backoff: float = 1.0
    max_attempts: int = 8
    timeout: float = 5.0

    def __post_init__(self) -> None:
        for name in ("first_backoff", "max_backoff", "timeout"):
            _seconds(getattr(self, name), f"WebhookRetry.{name}", zero=True)
        if (
            isinstance(self.max_attempts, bool)
            or not isinstance(self.max_attempts, int)
            or self.max_attempts < 1
        ):
            raise EigenpalUsageError(
                f"WebhookRetry.max_attempts: a whole number, at least 1; got {self.max_attempts!r}"
            )

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return float(min(self.max_backoff, self.first_backoff * 2 ** (attempt - 1)))


@dataclass(frozen=True)
class WebhookFaults:
    """Delivery faults, each alone or together: ``duplicate`` is the probability an event is delivered
    twice (same id and body); ``reorder`` holds each event up to ``REORDER_HOLD`` seconds so events arrive
    shuffled; ``delay`` adds seconds before each delivery; ``drop_first_attempt`` loses the first attempt of
    every event (a network failure: the retry delivers it); ``bad_signature`` is the probability that a
    forged copy (signed with another key) is sent as well as the genuine delivery. ``seed`` makes the
    choices repeat."""

    duplicate: float = 0.0
    reorder: bool = False
    delay: float = 0.0
    drop_first_attempt: bool = False
    bad_signature: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("duplicate", "bad_signature"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise EigenpalUsageError(f"WebhookFaults.{name}: a probability from 0 to 1; got {value!r}")
        _seconds(self.delay, "WebhookFaults.delay", zero=True)
        for name in ("reorder", "drop_first_attempt"):
            if not isinstance(getattr(self, name), bool):
                raise EigenpalUsageError(f"WebhookFaults.{name}: True or False; got {getattr(self, name)!r}")
        if self.seed is not None and (isinstance(self.seed, bool) or not isinstance(self.seed, int)):
            raise EigenpalUsageError(f"WebhookFaults.seed: a whole number or None; got {self.seed!r}")


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to deliver an event: its ``status`` when the receiver answered, else the ``error``;
    ``forged`` for the copy a ``bad_signature`` fault sends, ``copy`` 1 for an event's ``duplicate``."""

    event_id: str
    type: str
    attempt: int
    status: int | None
    error: str | None
    forged: bool = False
    copy: int = 0


@dataclass(order=True)
class _Job:
    due: float
    order: int
    event_id: str = field(compare=False)
    type: str = field(compare=False)
    body: bytes = field(compare=False)
    forged: bool = field(compare=False, default=False)
    copy: int = field(compare=False, default=0)
    drop_first: bool = field(compare=False, default=False)
    attempt: int = field(compare=False, default=1)


class WebhookSender:
    """Makes each event, validates it, and delivers it from worker threads (see the module docstring)."""

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        faults: WebhookFaults | None = None,
        retry: WebhookRetry | None = None,
        output_limit: int = 64 * 1024,
        check: Callable[[dict[str, Any]], list[str]],
        violations: list[str],
    ) -> None:
        """``check`` gives the contract violations of an event (one with any is recorded in ``violations``
        instead of being sent)."""
        self.url, self.secret = url, secret
        self.faults, self.retry = faults or WebhookFaults(), retry or WebhookRetry()
        self.output_limit, self.check, self.violations = output_limit, check, violations
        self.deliveries: list[WebhookDelivery] = []
        self._queue: list[_Job] = []
        self._pending = 0
        self._order = itertools.count()
        self._events = itertools.count(1)
        self._last_ms = 0
        self._changed = threading.Condition()
        self._closed = False
        self._workers: list[threading.Thread] = []
        self._http = httpx.Client(timeout=self.retry.timeout, follow_redirects=False, trust_env=False)

    # ---- events, made on the server's loop -----------------------------------------------------------
    def created(self, run: RunRecord) -> None:
        """``run.created``: a top-level run, in its initial status."""
        self._emit("run.created", {"run": self._run(run)})

    def status_changed(self, run: RunRecord, previous: str) -> None:
        """``run.status_changed``: ``run`` moved from ``previous`` to its current status."""
        data = {"run": self._run(run), "previousStatus": previous, "currentStatus": run.status}
        self._emit("run.status_changed", data)

    def _run(self, run: RunRecord) -> dict[str, Any]:
        described: dict[str, Any] = {
            "id": run.id,
            "type": run.automation.type,
            "automationId": run.automation.id,
            "status": run.status,
            "triggerType": run.trigger,
        }
        if run.output is not None:
            if len(json.dumps(run.output, separators=(",", ":")).encode()) <= self.output_limit:
                described["output"] = run.output
            else:
                described["outputOmitted"] = True
        return described

    def _emit(self, kind: str, data: dict[str, Any]) -> None:
        with self._changed:
            if self._closed:
                return
            number = next(self._events)
            event_id = f"whev_{number:06d}{secrets.token_hex(6)}"
            event = {
                "id": event_id,
                "type": kind,
                "apiVersion": API_VERSION,
                "createdAt": self._created_at(),
                "test": False,
                "data": data,
            }
            problems = self.check(event)
            if problems:
                self.violations.extend(f"webhook {kind}: {problem}" for problem in problems)
                return
            body = json.dumps(event, separators=(",", ":")).encode()
            self._schedule_copies(number, event_id, kind, body)

    def _created_at(self) -> str:
        """Now, in milliseconds, strictly after the previous event's ``createdAt``."""
        self._last_ms = max(int(time.time() * 1000), self._last_ms + 1)
        return now_iso(self._last_ms / 1000)

    def _schedule_copies(self, number: int, event_id: str, kind: str, body: bytes) -> None:
        faults = self.faults
        chance = random.Random(f"{faults.seed}:{number}") if faults.seed is not None else random.Random()
        hold = chance.uniform(0, REORDER_HOLD) if faults.reorder else 0.0
        copies = [(False, 0)]
        if chance.random() < faults.duplicate:
            copies.append((False, 1))
        if chance.random() < faults.bad_signature:
            copies.append((True, 0))
        start = time.monotonic() + faults.delay
        for forged, copy in copies:
            due = start + (hold if not copy else chance.uniform(0, REORDER_HOLD) if faults.reorder else 0.0)
            job = _Job(due, next(self._order), event_id, kind, body, forged, copy)
            job.drop_first = faults.drop_first_attempt and not forged and not copy
            heapq.heappush(self._queue, job)
            self._pending += 1
        self._start_workers()
        self._changed.notify_all()

    # ---- delivery, in worker threads ---------------------------------------------------------------
    def _start_workers(self) -> None:
        if self._workers:
            return
        for index in range(WORKERS):
            worker = threading.Thread(
                target=self._work, name=f"eigenpal-emulator-webhooks-{index}", daemon=True
            )
            worker.start()
            self._workers.append(worker)

    def _work(self) -> None:
        while True:
            with self._changed:
                while not self._closed and (not self._queue or self._queue[0].due > time.monotonic()):
                    self._changed.wait(self._queue[0].due - time.monotonic() if self._queue else None)
                if self._closed:
                    return
                job = heapq.heappop(self._queue)
            outcome = self._attempt(job)
            with self._changed:
                self.deliveries.append(outcome)
                if self._retried(outcome) and job.attempt < self.retry.max_attempts and not job.forged:
                    job.due = time.monotonic() + self.retry.backoff(job.attempt)
                    job.attempt += 1
                    job.drop_first = False
                    heapq.heappush(self._queue, job)
                else:
                    self._pending -= 1
                self._changed.notify_all()

    def _attempt(self, job: _Job) -> WebhookDelivery:
        def record(status: int | None, error: str | None) -> WebhookDelivery:
            return WebhookDelivery(job.event_id, job.type, job.attempt, status, error, job.forged, job.copy)

        if job.drop_first:
            return record(None, "lost (drop_first_attempt fault)")
        secret = new_webhook_secret() if job.forged else self.secret
        headers = {**sign(job.body, secret, event_id=job.event_id), "content-type": "application/json"}
        try:
            answer = self._http.post(self.url, content=job.body, headers=headers)
        except httpx.HTTPError as exc:
            return record(None, f"{type(exc).__name__}: {exc}"[:200])
        return record(answer.status_code, None)

    @staticmethod
    def _retried(outcome: WebhookDelivery) -> bool:
        status = outcome.status
        return status is None or status in RETRIED_STATUSES or 500 <= status <= 599

    # ---- the test's side -------------------------------------------------------------------------------
    def wait(self, timeout: float) -> None:
        """Block until every event made so far is delivered or given up; ``EigenpalTimeoutError`` otherwise."""
        seconds = _seconds(timeout, "timeout", zero=True)
        with self._changed:
            done = self._changed.wait_for(lambda: self._pending == 0 or self._closed, seconds)
            pending = self._pending
        if not done or pending:
            why = "the emulator stopped" if self._closed else f"after {seconds:g} s"
            raise EigenpalTimeoutError(f"{pending} webhook deliveries still pending ({why}) to {self.url}")

    def close(self) -> None:
        """Stop delivering (what is pending is dropped) and join the workers."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        for worker in self._workers:
            worker.join()
        self._http.close()


def check_url(url: object) -> str:
    """``url`` when it is an http(s) URL with a host; the usage error naming ``webhook_url`` otherwise."""
    if isinstance(url, str):
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname:
            return url
    raise EigenpalUsageError(f"webhook_url: an http:// or https:// URL of a receiver; got {url!r}")

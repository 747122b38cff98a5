"""Routing production traffic for the calling application: shadow, ramp, cut over (blocking code).

    router = Router(client, "workflows.extract-invoice", Rollout("shadow"))
    total = router.route(order_id, {"invoice": path}, existing=lambda: legacy_extract(path))

Shadow calls run on a small bounded thread pool and never block or fail the caller: when the pool
is saturated the shadow call is dropped (and counted); errors are counted and logged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import EigenpalError
from .._logging import logger
from .._targets import Target
from ._policy import Decision, Rollout

if TYPE_CHECKING:
    from .._generated.models import Run
    from .._sync._client import EigenpalClient

T = TypeVar("T")


@dataclass
class RouterStats:
    """What the router did since it started."""

    existing: int = 0
    automation: int = 0
    fallbacks: int = 0
    shadow_started: int = 0
    shadow_succeeded: int = 0
    shadow_failed: int = 0
    shadow_dropped: int = 0


@dataclass(frozen=True)
class Routed:
    """The result of one routed request: the value to use, and where it came from."""

    value: Any
    source: str  # "existing" | "automation" | "fallback"
    decision: Decision
    run: Run | None = None


class Router:
    """Sends requests to the automation as the ``Rollout`` decides; the caller's path never waits on
    a shadow call. ``to_value`` turns a finished run into the value the application acts on (default:
    ``run.output``)."""

    def __init__(
        self,
        client: EigenpalClient,
        target: Target,
        rollout: Rollout | None = None,
        *,
        to_value: Callable[[Run], Any] | None = None,
        timeout_seconds: float = 120,
        shadow_workers: int = 4,
        max_pending_shadows: int = 64,
    ) -> None:
        self._client = client
        self.target = target
        self.rollout = rollout or Rollout("shadow")
        self._to_value = to_value or (lambda run: run.output)
        self._timeout = timeout_seconds
        self._pool = ThreadPoolExecutor(max_workers=shadow_workers, thread_name_prefix="eigenpal-shadow")
        self._slots = threading.BoundedSemaphore(max_pending_shadows)
        self._lock = threading.Lock()
        self.stats = RouterStats()

    def route(self, key: str, input: Mapping[str, Any], existing: Callable[[], T]) -> Routed:
        """Handle one request identified by ``key`` (same key, same ramp side). ``existing`` is today's
        process; it runs unless the decision is to use the automation, and is the fallback when the
        automation fails."""
        decision = self.rollout.decide(key)
        if decision.shadow:
            self._shadow(key, input, decision)
        if not decision.use_automation:
            self._count("existing")
            return Routed(existing(), "existing", decision)
        try:
            run = self._client.run_and_wait(
                self.target, input, metadata=decision.metadata(key), timeout_seconds=self._timeout
            )
            if run.execution.status != "completed":
                raise EigenpalError(f"run {run.id} ended {run.execution.status}: {run.error}")
        except EigenpalError as error:
            logger.warning(
                "rollout: automation failed for key %r (%s); using the existing process", key, error
            )
            self._count("fallbacks")
            return Routed(existing(), "fallback", decision)
        self._count("automation")
        return Routed(self._to_value(run), "automation", decision, run)

    def _shadow(self, key: str, input: Mapping[str, Any], decision: Decision) -> None:
        if not self._slots.acquire(blocking=False):
            self._count("shadow_dropped")
            return
        self._count("shadow_started")
        future = self._pool.submit(self._client.run, self.target, input, metadata=decision.metadata(key))
        future.add_done_callback(self._shadow_done)

    def _shadow_done(self, future: Future[Any]) -> None:
        self._slots.release()
        error = future.exception()
        if error is None:
            self._count("shadow_succeeded")
        else:
            self._count("shadow_failed")
            logger.warning("rollout: shadow run failed: %s", error)

    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self.stats, name, getattr(self.stats, name) + 1)

    def close(self) -> None:
        """Wait for the shadow calls in flight, then stop the pool."""
        self._pool.shutdown(wait=True)

    def __enter__(self) -> Router:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

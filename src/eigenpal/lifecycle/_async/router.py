"""Routing production traffic for the calling application: shadow, ramp, cut over.

    async with AsyncRouter(client, "workflows.extract-invoice", Rollout("ramp", 0.05)) as router:
        routed = await router.route(order_id, {"invoice": path}, existing=legacy_extract)

Shadow calls run in the background (``AsyncShadows``) and never block or fail the caller: beyond the
limit they are dropped, and their errors are counted and logged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from ... import EigenpalError
from .._concurrency import AsyncShadows
from .._policy import Decision, Rollout
from .._routing import Routed, RouterStats

if TYPE_CHECKING:
    from ... import AsyncEigenpalClient
    from ...spec import Target
    from ...types import Run

T = TypeVar("T")
logger = logging.getLogger("eigenpal")


class AsyncRouter:
    """Sends requests to the automation as the ``Rollout`` decides; the caller's path never waits on
    a shadow call. ``to_value`` turns a finished run into the value the application acts on (default:
    ``run.output``).

    At most ``max_pending_shadows`` shadow calls are in flight (more are dropped, and counted),
    ``shadow_workers`` of them running at once. Use the router as ``async with``: leaving the block (or
    ``aclose()``) waits for them.
    """

    def __init__(
        self,
        client: AsyncEigenpalClient,
        target: Target,
        rollout: Rollout | None = None,
        *,
        to_value: Callable[[Run], Any] | None = None,
        timeout_seconds: float = 120,
        shadow_workers: int | None = AsyncShadows.WORKERS,
        max_pending_shadows: int = 64,
    ) -> None:
        self._client = client
        self.target = target
        self.rollout = rollout or Rollout("shadow")
        self._to_value = to_value or (lambda run: run.output)
        self._timeout = timeout_seconds
        self._shadows = AsyncShadows(max_pending_shadows, shadow_workers)
        self._lock = threading.Lock()
        self.stats = RouterStats()

    async def route(self, key: str, input: Mapping[str, Any], existing: Callable[[], Awaitable[T]]) -> Routed:
        """Handle one request identified by ``key`` (same key, same ramp side). ``existing`` is today's
        process; it runs unless the decision is to use the automation, and is the fallback when the
        automation fails."""
        decision = self.rollout.decide(key)
        if decision.shadow:
            self._shadow(key, input, decision)
        if not decision.use_automation:
            self._count("existing")
            return Routed(await existing(), "existing", decision)
        try:
            run = await self._client.run_and_wait(
                self.target, input, metadata=decision.metadata(key), timeout_seconds=self._timeout
            )
            if run.execution.status != "completed":
                raise EigenpalError(f"run {run.id} ended {run.execution.status}: {run.error}")
        except EigenpalError as error:
            logger.warning(
                "rollout: automation failed for key %r (%s); using the existing process", key, error
            )
            self._count("fallbacks")
            return Routed(await existing(), "fallback", decision)
        self._count("automation")
        return Routed(self._to_value(run), "automation", decision, run)

    def _shadow(self, key: str, input: Mapping[str, Any], decision: Decision) -> None:
        if not self._shadows.claim():
            self._count("shadow_dropped")
            return
        self._count("shadow_started")
        self._shadows.start(self._run_shadow, key, dict(input), decision)

    async def _run_shadow(self, key: str, input: dict[str, Any], decision: Decision) -> None:
        try:
            await self._client.run(self.target, input, metadata=decision.metadata(key))
            self._count("shadow_succeeded")
        except Exception as error:  # a shadow failure must never reach the caller's path
            self._count("shadow_failed")
            logger.warning("rollout: shadow run for key %r failed: %s", key, error)

    def _count(self, name: str) -> None:
        with self._lock:
            setattr(self.stats, name, getattr(self.stats, name) + 1)

    async def aclose(self) -> None:
        """Wait for the shadow calls in flight, then stop taking new ones."""
        await self._shadows.aclose()

    async def __aenter__(self) -> AsyncRouter:
        await self._shadows.__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._shadows.__aexit__(kind, error, tb)

"""Routing production traffic for an async application: shadow, ramp, cut over.

    async with AsyncRouter(client, "workflows.extract-invoice", Rollout("ramp", 0.05)) as router:
        routed = await router.route(order_id, {"invoice": path}, existing=legacy_extract)

Shadow calls run as tasks of the router's task group (asyncio or trio) with a bound on how many are in
flight; they never block or fail the caller, and errors are counted and logged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.abc

from .._errors import EigenpalError, EigenpalUsageError
from .._logging import logger
from .._targets import Target
from ._policy import Decision, Rollout
from .router import Routed, RouterStats

if TYPE_CHECKING:
    from .._async._client import AsyncEigenpalClient
    from .._generated.models import Run

T = TypeVar("T")


class AsyncRouter:
    """``Router`` for async code; use it as ``async with`` so shadow tasks have a task group to run in."""

    def __init__(
        self,
        client: AsyncEigenpalClient,
        target: Target,
        rollout: Rollout | None = None,
        *,
        to_value: Callable[[Run], Any] | None = None,
        timeout_seconds: float = 120,
        max_pending_shadows: int = 64,
    ) -> None:
        self._client = client
        self.target = target
        self.rollout = rollout or Rollout("shadow")
        self._to_value = to_value or (lambda run: run.output)
        self._timeout = timeout_seconds
        self._max_pending = max_pending_shadows
        self._pending = 0
        self._group: anyio.abc.TaskGroup | None = None
        self.stats = RouterStats()

    async def __aenter__(self) -> AsyncRouter:
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._group is not None
        await self._group.__aexit__(kind, error, tb)
        self._group = None

    async def route(self, key: str, input: Mapping[str, Any], existing: Callable[[], Awaitable[T]]) -> Routed:
        """Handle one request; see ``Router.route``. ``existing`` is an async callable."""
        decision = self.rollout.decide(key)
        if decision.shadow:
            self._shadow(key, input, decision)
        if not decision.use_automation:
            self.stats.existing += 1
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
            self.stats.fallbacks += 1
            return Routed(await existing(), "fallback", decision)
        self.stats.automation += 1
        return Routed(self._to_value(run), "automation", decision, run)

    def _shadow(self, key: str, input: Mapping[str, Any], decision: Decision) -> None:
        if self._group is None:
            raise EigenpalUsageError(
                "use AsyncRouter as `async with AsyncRouter(...) as router:` so shadow calls can run."
            )
        if self._pending >= self._max_pending:
            self.stats.shadow_dropped += 1
            return
        self._pending += 1
        self.stats.shadow_started += 1
        self._group.start_soon(self._run_shadow, key, dict(input), decision)

    async def _run_shadow(self, key: str, input: dict[str, Any], decision: Decision) -> None:
        try:
            await self._client.run(self.target, input, metadata=decision.metadata(key))
            self.stats.shadow_succeeded += 1
        except Exception as error:  # a shadow failure must never reach the caller's path
            self.stats.shadow_failed += 1
            logger.warning("rollout: shadow run for key %r failed: %s", key, error)
        finally:
            self._pending -= 1

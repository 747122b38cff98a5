"""``client.runs``: inspect, list, cancel and promote runs (``/api/v1/runs``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..._errors import EigenpalUsageError
from ..._options import RequestOptions
from ..._params import bounded, choice, csv, flag, make_body, opt, required_id
from .._pagination import AsyncPage
from ._base import AsyncResource

if TYPE_CHECKING:
    from ..._generated.models import (
        PromoteRunRequest,
        PromoteRunResponse,
        Run,
        RunCancelResponse,
        RunEventsResponse,
        RunListItem,
        RunStepsResponse,
        RunUsageResponse,
    )
    from .run_artifacts import AsyncRunArtifacts
    from .run_feedback import AsyncRunFeedback
    from .run_scores import AsyncRunScores
    from .run_trace import AsyncRunTrace

Expand = Literal["input", "usage", "execution", "debug"]
FeedbackStatus = Literal["open", "resolved", "ignored"]
FeedbackRating = Literal["pass", "fail", "partial", "none"]
EXPAND = ("input", "usage", "execution", "debug")


class AsyncRuns(AsyncResource):
    """Runs of workflows and agents. Start them with ``client.run``; everything after lives here."""

    @functools.cached_property
    def artifacts(self) -> AsyncRunArtifacts:
        from .run_artifacts import AsyncRunArtifacts

        return AsyncRunArtifacts(self._pipeline)

    @functools.cached_property
    def feedback(self) -> AsyncRunFeedback:
        from .run_feedback import AsyncRunFeedback

        return AsyncRunFeedback(self._pipeline)

    @functools.cached_property
    def scores(self) -> AsyncRunScores:
        from .run_scores import AsyncRunScores

        return AsyncRunScores(self._pipeline)

    @functools.cached_property
    def trace(self) -> AsyncRunTrace:
        from .run_trace import AsyncRunTrace

        return AsyncRunTrace(self._pipeline)

    async def get(
        self,
        id: str,
        *,
        expand: Expand | Sequence[Expand] | None = None,
        options: RequestOptions | None = None,
    ) -> Run:
        """One run (``GET /api/v1/runs/{id}``). Terminal runs include ``output``, ``files`` and ``error``;
        ``expand`` adds ``input``, ``usage``, ``execution`` (steps, feedback, expected) and ``debug``."""
        from ..._generated.api.operations import runs_get

        sections = [expand] if isinstance(expand, str) else expand
        wire = csv(sections or None, "expand")
        for section in sections or ():
            choice(section, EXPAND, "expand")
        return await self._pipeline.send(runs_get.request(required_id(id, "id"), expand=wire), options)

    async def list(
        self,
        *,
        type: Literal["workflow", "agent"] | None = None,
        source: str | None = None,
        status: str | Sequence[str] | None = None,
        trigger: str | None = None,
        triggered_by: str | None = None,
        source_ref: str | None = None,
        batch_id: str | None = None,
        example_id: str | None = None,
        example_id_contains: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        completed_after: str | None = None,
        completed_before: str | None = None,
        ids: str | Sequence[str] | None = None,
        has_feedback: bool | None = None,
        no_feedback: bool | None = None,
        feedback_status: FeedbackStatus | None = None,
        feedback_rating: FeedbackRating | None = None,
        has_expected: bool | None = None,
        promoted_to_example: bool | None = None,
        since_last_resolved: bool | None = None,
        cursor: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPage[RunListItem]:
        """One page of runs, newest first (``GET /api/v1/runs``); ``page.iter_all()`` walks every page.

        Pages follow ``nextCursor``; with a feedback filter (``has_feedback`` … ``since_last_resolved``)
        or an ``offset`` they page by offset instead, as the service does.
        """
        from ..._generated.api.operations import runs_list

        arguments: dict[str, Any] = dict(
            type=type, source=source, status=status, trigger=trigger, triggered_by=triggered_by,
            source_ref=source_ref, batch_id=batch_id, example_id=example_id,
            example_id_contains=example_id_contains, from_=from_, to=to, created_after=created_after,
            created_before=created_before, completed_after=completed_after, completed_before=completed_before,
            ids=ids, has_feedback=has_feedback, no_feedback=no_feedback, feedback_status=feedback_status,
            feedback_rating=feedback_rating, has_expected=has_expected, promoted_to_example=promoted_to_example,
            since_last_resolved=since_last_resolved, cursor=cursor, offset=offset, limit=limit, options=options,
        )  # fmt: skip
        request = runs_list.request(
            type_=choice(type, ("workflow", "agent"), "type"),
            source=opt(source),
            status=csv(status, "status"),
            trigger=opt(trigger),
            triggered_by=opt(triggered_by),
            source_ref=opt(source_ref),
            batch_id=opt(batch_id),
            example_id=opt(example_id),
            example_id_contains=opt(example_id_contains),
            from_=opt(from_),
            to=opt(to),
            created_after=opt(created_after),
            created_before=opt(created_before),
            completed_after=opt(completed_after),
            completed_before=opt(completed_before),
            ids=csv(ids, "ids"),
            has_feedback=flag(has_feedback),
            no_feedback=flag(no_feedback),
            feedback_status=choice(feedback_status, ("open", "resolved", "ignored"), "feedback_status"),
            feedback_rating=choice(feedback_rating, ("pass", "fail", "partial", "none"), "feedback_rating"),
            has_expected=flag(has_expected),
            promoted_to_example=flag(promoted_to_example),
            since_last_resolved=flag(since_last_resolved),
            cursor=opt(cursor),
            offset=bounded(offset, "offset", 0),
            limit=bounded(limit, "limit", 1, 100),
        )
        response = await self._pipeline.send(request, options)
        items = list(response.runs or [])
        following = functools.partial(self.list, **arguments)
        feedback_filtered = any(
            arguments[name]
            for name in ("has_feedback", "no_feedback", "feedback_status", "feedback_rating", "has_expected",
                         "promoted_to_example", "since_last_resolved")
        )  # fmt: skip
        if offset is not None or feedback_filtered:
            start = offset or 0
            more = bool(items) and len(items) >= (limit or len(items))
            fetch = functools.partial(following, offset=start + len(items)) if more else None
        else:
            next_cursor = response.next_cursor
            fetch = (
                functools.partial(following, cursor=next_cursor)
                if isinstance(next_cursor, str) and next_cursor
                else None
            )
        return AsyncPage(response, items, fetch)

    async def cancel(self, id: str, *, options: RequestOptions | None = None) -> RunCancelResponse:
        """Cancel a queued run, or ask a running one to stop (``POST /api/v1/runs/{id}/cancel``)."""
        from ..._generated.api.operations import runs_cancel

        return await self._pipeline.send(runs_cancel.request(required_id(id, "id")), options)

    async def events(self, id: str, *, options: RequestOptions | None = None) -> RunEventsResponse:
        """The run's lifecycle timeline, oldest first (``GET /api/v1/runs/{id}/events``)."""
        from ..._generated.api.operations import runs_events_list

        return await self._pipeline.send(runs_events_list.request(required_id(id, "id")), options)

    async def steps(self, id: str, *, options: RequestOptions | None = None) -> RunStepsResponse:
        """Workflow steps, or an agent's step summary (``GET /api/v1/runs/{id}/steps``)."""
        from ..._generated.api.operations import runs_steps_list

        return await self._pipeline.send(runs_steps_list.request(required_id(id, "id")), options)

    async def usage(self, id: str, *, options: RequestOptions | None = None) -> RunUsageResponse:
        """Tokens, credits and duration the run used (``GET /api/v1/runs/{id}/usage``)."""
        from ..._generated.api.operations import runs_usage_get

        return await self._pipeline.send(runs_usage_get.request(required_id(id, "id")), options)

    async def promote(
        self,
        id: str,
        data: PromoteRunRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None = None,
        options: RequestOptions | None = None,
    ) -> PromoteRunResponse:
        """Turn a reviewed run into a dataset example (``POST /api/v1/runs/{id}/promote``).

        The example copies the run input and the expected output and files on its feedback *now*:
        attach the corrected output first, or the example has no ground truth.
        """
        from ..._generated.api.operations import runs_promote
        from ..._generated.models import PromoteRunRequest

        if name is not None and not 1 <= len(name) <= 128:
            raise EigenpalUsageError(f"name={name!r} must be 1 to 128 characters long.")
        body = make_body(PromoteRunRequest, data, name=opt(name))
        return await self._pipeline.send(runs_promote.request(required_id(id, "id"), body=body), options)

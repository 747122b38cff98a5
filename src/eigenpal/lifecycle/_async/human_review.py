"""Working the queue of human review tasks: runs held (status ``waiting``) until a person confirms,
corrects, approves or rejects the fields a step was unsure of.

queue = AsyncHumanReviewQueue(client, "workflows.review-invoice")
async for listed in queue.pending():
    task = await queue.get(listed)
    await queue.approve(task, corrections={"total": 1200.0})   # the run resumes and completes with 1200.0
await queue.reject("htask_...", reason="not an invoice")          # the run ends ``rejected``

Every write carries the version of the task it was decided on (the service refuses a stale one, raised
here as the same error with a message saying to re-read the task; ``is_stale_decision`` tells it apart), and the writes that take an
idempotency key get a fresh one per call, so the pipeline's retries of that call change nothing twice.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Generator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ... import EigenpalAPIError
from ...spec import Target, automation_ref
from .._human_review import (
    FieldValue,
    TaskRef,
    check_paths,
    checked_corrections,
    checked_page_size,
    field_value,
    instant,
    is_stale_decision,
    reason_text,
    refuse_unconfirmed,
    seen_version,
    stale,
    task_id_of,
    unconfirmed_required,
)

if TYPE_CHECKING:
    import datetime

    from ... import AsyncEigenpalClient, AsyncPage
    from ...types import HumanReviewListResponseTasksItem, HumanReviewTaskDetail


class AsyncHumanReviewQueue:
    """The pending human review tasks (optionally of one automation, or waiting since before an instant),
    and the decisions on them.

    A task given as read (from ``get`` or ``pending``) is decided at the version it was read at, so a
    change by someone else in between is refused (``is_stale_decision``) rather than overwritten; a task given by id is
    read first and decided at its current version.
    """

    def __init__(
        self,
        client: AsyncEigenpalClient,
        automation: Target | None = None,
        *,
        waiting_before: str | datetime.datetime | None = None,
        page_size: int = 50,
    ) -> None:
        self._client = client
        self.automation = None if automation is None else automation_ref(automation, argument="automation")
        self.waiting_before = instant(waiting_before)
        self.page_size = checked_page_size(page_size)
        self._automation_id: str | None = None

    async def pending(self) -> AsyncIterator[HumanReviewListResponseTasksItem]:
        """Every pending task, oldest first, page after page."""
        page: AsyncPage[HumanReviewListResponseTasksItem] | None = await self.page()
        while page is not None:
            for task in page:
                yield task
            page = await page.next_page()

    async def page(self, cursor: str | None = None) -> AsyncPage[HumanReviewListResponseTasksItem]:
        """One page of pending tasks: the first, or the one ``cursor`` (a page's ``next_cursor``) names."""
        return await self._client.human_reviews.list(
            automation_id=await self._automation_filter(),
            waiting_before=self.waiting_before,
            cursor=cursor,
            limit=self.page_size,
        )

    async def _automation_filter(self) -> str | None:
        """The automation's id, which the list filters on (a rooted path is resolved once)."""
        if self.automation is None or not self.automation.startswith(("workflows.", "agents.")):
            return self.automation
        if self._automation_id is None:
            self._automation_id = (await self._client.automations.get(self.automation)).id
        return self._automation_id

    async def get(self, task: TaskRef) -> HumanReviewTaskDetail:
        """The task in full, as it stands now: fields, decisions, files, input and version."""
        return (await self._client.human_reviews.get(task_id_of(task))).task

    async def confirm(self, task: TaskRef, path: str, value: FieldValue) -> HumanReviewTaskDetail:
        """Set the field at ``path`` to ``value`` and mark it confirmed: its current value confirms it,
        another corrects it. Returns the task at its new version."""
        task_id = task_id_of(task)
        value = field_value(value, "value")
        current = await self._read(task_id, task)
        check_paths(current, [path])
        return await self._confirm(task_id, _version(task, current), path, value, _key())

    async def approve(
        self,
        task: TaskRef,
        corrections: Mapping[str, FieldValue] | None = None,
        *,
        confirm_remaining: bool = False,
    ) -> HumanReviewTaskDetail:
        """Confirm each correction (``{path: value}``), then approve: the run resumes and completes with
        the task's values, corrections included.

        The service approves only a task whose required fields (those the step was unsure of) are all
        confirmed. Those left out of ``corrections`` are refused before anything is written, naming
        them, unless ``confirm_remaining=True`` confirms them as they stand: a required field is one a
        person should look at, so accepting it unseen is a choice made explicitly. Unknown paths are
        refused before anything is written too. Each write goes at the version the one before it left.
        """
        task_id = task_id_of(task)
        wanted = checked_corrections(corrections)
        current = await self._read(task_id, task)
        check_paths(current, list(wanted))
        remaining = [path for path in unconfirmed_required(current) if path not in wanted]
        if remaining and not confirm_remaining:
            raise refuse_unconfirmed(task_id, remaining)
        by_path = {decision.path: decision.current_value for decision in current.decisions}
        writes = {**wanted, **{path: by_path[path] for path in remaining}}
        key = _key()
        version = _version(task, current)
        for path, value in writes.items():
            version = (await self._confirm(task_id, version, path, value, f"{key}:{path}")).version
        with _stale_explained(task_id):
            return (await self._client.human_reviews.approve(task_id, expected_version=version)).task

    async def reject(self, task: TaskRef, reason: str) -> HumanReviewTaskDetail:
        """Reject the task with ``reason``: the run ends ``rejected``, with the reason as its error."""
        task_id = task_id_of(task)
        reason = reason_text(reason)
        version = seen_version(task)
        if version is None:
            version = (await self.get(task_id)).version
        with _stale_explained(task_id):
            answer = await self._client.human_reviews.reject(
                task_id, expected_version=version, idempotency_key=_key(), reason=reason
            )
        return answer.task

    async def _read(self, task_id: str, task: TaskRef) -> HumanReviewTaskDetail:
        """The task's fields and decisions: the task given, when it is one read in full, else a fresh read."""
        from ...types import HumanReviewTaskDetail

        return task if isinstance(task, HumanReviewTaskDetail) else await self.get(task_id)

    async def _confirm(
        self, task_id: str, version: int, path: str, value: FieldValue, key: str
    ) -> HumanReviewTaskDetail:
        with _stale_explained(task_id):
            answer = await self._client.human_reviews.confirm_field(
                task_id, expected_version=version, idempotency_key=key, path=path, value=value
            )
        return answer.task


def _version(task: TaskRef, current: HumanReviewTaskDetail) -> int:
    """The version to decide at: the one the caller read the task at, else the current one."""
    seen = seen_version(task)
    return current.version if seen is None else seen


def _key() -> str:
    """A fresh idempotency key, made once per call so the pipeline's retries of it send the same one."""
    return f"eigenpal-py-{uuid.uuid4()}"


@contextmanager
def _stale_explained(task_id: str) -> Generator[None, None, None]:
    """A stale decision, raised with the advice to re-read the task; other errors as they are."""
    try:
        yield
    except EigenpalAPIError as error:
        if not is_stale_decision(error):
            raise
        raise stale(task_id, error) from error

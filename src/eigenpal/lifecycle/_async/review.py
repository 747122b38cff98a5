"""The review loop of the production guide, for one automation: sample, judge, promote, close.

queue = AsyncReviewQueue(client, "workflows.extract-invoice", rate=0.15)
async for run in queue.pending():
    await queue.fail(run.id, expected=corrected, files=["corrected.pdf"])
    await queue.promote(run.id)
outcomes = await queue.close_loop()   # after fixing the workflow
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from ... import EigenpalTimeoutError, EigenpalUsageError
from ...spec import Target, automation_ref
from ...types import UNSET, Unset
from .._concurrency import asleep
from .._outcome import LoopOutcome
from .._sampling import check_rate, sampled

if TYPE_CHECKING:
    from ... import AsyncEigenpalClient
    from ...types import PromoteRunResponse, RunFeedbackDetail, RunListItem


class AsyncReviewQueue:
    """Completed runs of one automation that still need a human verdict, and the verdict helpers.

    Sampling is deterministic per run id and nested across rates (see ``eigenpal.lifecycle.sampled``):
    lowering ``rate`` from 0.15 to 0.05 keeps a subset of the runs sampled before.
    """

    def __init__(
        self,
        client: AsyncEigenpalClient,
        automation: Target,
        *,
        rate: float = 0.15,
        salt: str = "",
        page_size: int = 50,
    ) -> None:
        self._client = client
        self.automation = automation_ref(automation, argument="automation")
        self.rate = check_rate(rate)
        self.salt = salt
        self.page_size = page_size

    def is_sampled(self, run_id: str) -> bool:
        """Whether this run is in the review sample at the queue's rate."""
        return sampled(run_id, self.rate, salt=self.salt)

    async def pending(self) -> AsyncIterator[RunListItem]:
        """Sampled completed runs with no feedback yet, newest first (feedback filters page by offset)."""
        page = await self._client.runs.list(
            source=self.automation, status="completed", no_feedback=True, limit=self.page_size
        )
        async for run in page.iter_all():
            if self.is_sampled(run.id):
                yield run

    async def open(self) -> AsyncIterator[RunListItem]:
        """Runs whose review is open: flagged, waiting for the workflow to be fixed."""
        page = await self._client.runs.list(
            source=self.automation, feedback_status="open", limit=self.page_size
        )
        async for run in page.iter_all():
            yield run

    async def pass_(self, run_id: str, *, note: str | None = None) -> RunFeedbackDetail:
        """Verdict ``pass``; the review is ``resolved`` (nothing to follow up)."""
        return await self._client.runs.feedback.update(
            run_id, rating="pass", status="resolved", body=_note(note)
        )

    async def fail(
        self,
        run_id: str,
        *,
        expected: Any | Unset = UNSET,
        files: Sequence[Any] = (),
        note: str | None = None,
    ) -> RunFeedbackDetail:
        """Verdict ``fail``, review left ``open``, with the corrected JSON (``expected``) and corrected files
        (paths, binary files, file dicts, or ``(name, file)`` pairs) attached for promotion."""
        return await self._judge(run_id, "fail", expected, files, note)

    async def partial(
        self,
        run_id: str,
        *,
        expected: Any | Unset = UNSET,
        files: Sequence[Any] = (),
        note: str | None = None,
    ) -> RunFeedbackDetail:
        """Verdict ``partial``, review left ``open``, with corrections attached like ``fail``."""
        return await self._judge(run_id, "partial", expected, files, note)

    async def _judge(
        self, run_id: str, rating: Any, expected: Any, files: Sequence[Any], note: str | None
    ) -> RunFeedbackDetail:
        if isinstance(files, (str, bytes)) or not isinstance(files, Sequence):
            raise EigenpalUsageError("files must be a list of files or (name, file) pairs.")
        await self._client.runs.feedback.update(
            run_id, rating=rating, status="open", expected=expected, body=_note(note)
        )
        for item in files:
            name, file = item if isinstance(item, tuple) else (None, item)
            await self._client.runs.feedback.upload_expected(run_id, file, name=name)
        return await self._client.runs.feedback.get(run_id)

    async def promote(
        self, run_id: str, *, name: str | None = None, allow_without_expected: bool = False
    ) -> PromoteRunResponse:
        """Promote the run to a dataset example with the expected output and files it has *now*.

        Refuses a run with no expected output and no expected files (the example would have no ground
        truth) unless ``allow_without_expected=True``.
        """
        state = await self._client.runs.feedback.list_expected(run_id)
        if state.expected is None and not state.files and not allow_without_expected:
            raise EigenpalUsageError(
                f"run {run_id} has no expected output or expected files yet, so promoting it would create an "
                "example without ground truth. Attach the correction first (fail(run_id, expected=...) or "
                "runs.feedback.update(run_id, expected=...)), or pass allow_without_expected=True."
            )
        return await self._client.runs.promote(run_id, name=UNSET if name is None else name)

    async def close_loop(
        self, *, timeout_seconds: float = 600, poll_interval_seconds: float = 0.25
    ) -> list[LoopOutcome]:
        """Re-run the experiment on the examples promoted from open reviews; resolve each review whose
        example passes now. Reviews whose example still fails stay open."""
        open_runs = await self._open_promoted_runs()
        if not open_runs:
            return []
        examples = await self._example_ids(set(open_runs.values()))
        wanted = {run_id: examples[name] for run_id, name in open_runs.items() if name in examples}
        if not wanted:
            return []
        created = await self._client.automations.experiments.create(
            self.automation, examples=sorted(set(wanted.values()))
        )
        detail = await self._wait_for_experiment(created.id, timeout_seconds, poll_interval_seconds)
        passed_examples = {
            run.example_id
            for run in detail.runs
            if run.example_id
            and (detail.results_by_run.additional_properties.get(run.id) or [])
            and all(result.passed for result in detail.results_by_run.additional_properties[run.id])
        }
        outcomes = []
        for run_id, example_id in sorted(wanted.items()):
            passed = example_id in passed_examples
            if passed:
                await self._client.runs.feedback.update(run_id, status="resolved")
            outcomes.append(LoopOutcome(run_id, example_id, created.id, passed, resolved=passed))
        return outcomes

    async def _open_promoted_runs(self) -> dict[str, str]:
        page = await self._client.runs.list(
            source=self.automation, feedback_status="open", promoted_to_example=True, limit=self.page_size
        )
        found = {}
        async for run in page.iter_all():
            feedback = await self._client.runs.feedback.get(run.id)
            if feedback.feedback and feedback.feedback.promoted_example_name:
                found[run.id] = feedback.feedback.promoted_example_name
        return found

    async def _example_ids(self, names: set[str]) -> dict[str, str]:
        page = await self._client.automations.examples.list(self.automation, limit=100)
        return {example.name: example.id async for example in page.iter_all() if example.name in names}

    async def _wait_for_experiment(self, experiment_id: str, timeout_seconds: float, interval: float) -> Any:
        deadline = time.monotonic() + timeout_seconds
        while True:
            detail = await self._client.automations.experiments.get(self.automation, experiment_id)
            if detail.status == "completed":
                return detail
            if time.monotonic() >= deadline:
                raise EigenpalTimeoutError(
                    f"experiment {experiment_id} did not complete within {timeout_seconds:g} s; it keeps running.",
                )
            await asleep(interval)


def _note(note: str | None) -> str | Unset:
    return UNSET if note is None else note

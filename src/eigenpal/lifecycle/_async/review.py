"""The review loop of the production guide, for one automation: sample, judge, promote, close.

queue = AsyncReviewQueue(client, "workflows.extract-invoice", rate=0.15)
async for run in queue.pending():
    await queue.incorrect(run.id, corrected_output=corrected, files=["corrected.pdf"])
    await queue.promote(run.id)
outcomes = await queue.close_loop()   # after fixing the workflow
advice = await queue.recommend_rate()  # 15% → 5% → automate, from the service's review health

The June names (``pass_``, ``fail``, ``partial``) stay as deprecated aliases of ``correct`` and
``incorrect``; ``partial`` has no verdict today and is refused.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from typing_extensions import deprecated

from ... import EigenpalTimeoutError, EigenpalUsageError
from ...spec import Target, automation_ref
from ...types import UNSET, Unset
from .._concurrency import asleep
from .._outcome import LoopOutcome
from .._promotion import PROMOTED_FROM, promoted_from
from .._review_rate import RateRecommendation, ReviewRatePolicy, recommend_review_rate
from .._sampling import check_rate, check_sample_rank

if TYPE_CHECKING:
    from ... import AsyncEigenpalClient
    from ...types import DatasetExample, PromoteRunResponse, RunListItem, RunReviewDetail


class AsyncReviewQueue:
    """Completed runs of one automation that still need a human verdict, and the verdict helpers.

    The sample is the server's: ``pending()`` asks ``runs.list(sample_rate=rate)``, which keeps the runs
    whose stable ``sampleRank`` is below ``rate``. So a run is always in or out at a given rate, and
    lowering ``rate`` from 0.15 to 0.05 keeps a subset of the runs sampled before.
    """

    def __init__(
        self,
        client: AsyncEigenpalClient,
        automation: Target,
        *,
        rate: float = 0.15,
        salt: str | None = None,
        page_size: int = 50,
    ) -> None:
        self._client = client
        self.automation = automation_ref(automation, argument="automation")
        self.rate = check_rate(rate)
        if salt is not None:
            warnings.warn(
                "salt is deprecated and has no effect: the review sample is the server's per-run sampleRank "
                "(runs.list(sample_rate=...)), which takes no salt.",
                DeprecationWarning,
                stacklevel=2,
            )
        self.page_size = page_size

    def is_sampled(self, run: Mapping[str, Any]) -> bool:
        """Whether this run (a ``Run``, a ``RunListItem`` or its wire JSON) is in the review sample: its
        ``sampleRank`` is below the queue's rate."""
        return check_sample_rank(run) < self.rate

    async def pending(self) -> AsyncIterator[RunListItem]:
        """Sampled completed runs with no review yet, newest first (review filters page by offset)."""
        page = await self._client.runs.list(
            source=self.automation,
            status="completed",
            no_review=True,
            sample_rate=self.rate,
            limit=self.page_size,
        )
        async for run in page.iter_all():
            yield run

    async def open(self) -> AsyncIterator[RunListItem]:
        """Runs whose review is open: judged incorrect, waiting for the workflow to be fixed."""
        page = await self._client.runs.list(
            source=self.automation, review_status="open", limit=self.page_size
        )
        async for run in page.iter_all():
            yield run

    async def recommend_rate(
        self, *, policy: ReviewRatePolicy | None = None, from_: str | None = None, to: str | None = None
    ) -> RateRecommendation:
        """The review rate to use next (``recommend_review_rate``), from the automation's review health over
        ``from_``..``to`` (the service's default: the last 30 days) and its open reviews."""
        health = await self._client.automations.reviews.health(self.automation, from_=from_, to=to)
        open_reviews = [run.id async for run in self.open()]
        return recommend_review_rate(health, open_reviews=len(open_reviews), policy=policy)

    async def correct(self, run_id: str, *, note: str | None = None) -> RunReviewDetail:
        """Verdict ``correct``; the review is ``closed`` (nothing to follow up)."""
        return await self._client.runs.reviews.update(
            run_id, verdict="correct", status="closed", note=_note(note)
        )

    async def incorrect(
        self,
        run_id: str,
        *,
        corrected_output: Any | Unset = UNSET,
        corrections: Sequence[Mapping[str, Any]] | Unset = UNSET,
        files: Sequence[Any] = (),
        note: str | None = None,
    ) -> RunReviewDetail:
        """Verdict ``incorrect``, review left ``open``, with what promotion copies into the example: the
        ``corrected_output`` (JSON) and corrected ``files`` (paths, binary files, file dicts, or ``(name,
        file)`` pairs). ``corrections`` (``{"kind": "field", "path": "/total", "correctedValue": ...}``)
        replace the review's field-level corrections when given."""
        _check_sequence(files, "files", "a list of files or (name, file) pairs")
        if not isinstance(corrections, Unset):
            _check_sequence(corrections, "corrections", 'a list of {"kind": ..., "path": ...} objects')
        await self._client.runs.reviews.update(
            run_id,
            verdict="incorrect",
            status="open",
            note=_note(note),
            corrected_output=corrected_output,
            corrections=corrections,
        )
        for item in files:
            name, file = item if isinstance(item, tuple) else (None, item)
            await self._client.runs.reviews.upload_expected(run_id, file, name=name)
        return await self._client.runs.reviews.get(run_id)

    async def close(self, run_id: str, *, wont_fix: bool = False, note: str | None = None) -> RunReviewDetail:
        """Close the run's open review as handled (``closed``), or as ``wont_fix``; the verdict, corrections
        and expected files stay."""
        return await self._client.runs.reviews.close(
            run_id, status="wont_fix" if wont_fix else "closed", note=_note(note)
        )

    @deprecated("pass_() is deprecated: use correct(run_id, note=...)")
    async def pass_(self, run_id: str, *, note: str | None = None) -> RunReviewDetail:
        """Deprecated: ``correct``."""
        return await self.correct(run_id, note=note)

    @deprecated("fail() is deprecated: use incorrect(run_id, corrected_output=..., files=..., note=...)")
    async def fail(
        self,
        run_id: str,
        *,
        expected: Any | Unset = UNSET,
        files: Sequence[Any] = (),
        note: str | None = None,
    ) -> RunReviewDetail:
        """Deprecated: ``incorrect``, with ``expected`` sent as the ``corrected_output``."""
        return await self.incorrect(run_id, corrected_output=expected, files=files, note=note)

    @deprecated("partial() is refused: reviews have no partial verdict; use incorrect(...) or correct(...)")
    async def partial(
        self,
        run_id: str,
        *,
        expected: Any | Unset = UNSET,
        files: Sequence[Any] = (),
        note: str | None = None,
    ) -> NoReturn:
        """Refused before anything is sent: a June ``partial`` verdict has no review verdict today, and
        guessing one would change the automation's accuracy figures."""
        raise EigenpalUsageError(
            "partial() is gone: a review's verdict is correct, incorrect or none, and guessing one for "
            f"'partial' would change the automation's accuracy. For a partly wrong output of run {run_id}, "
            "call incorrect(run_id, corrected_output=..., corrections=[...]); for a remark that is no "
            "verdict, client.runs.reviews.update(run_id, verdict=None, note=...)."
        )

    async def promote(
        self, run_id: str, *, name: str | None = None, allow_without_expected: bool = False
    ) -> PromoteRunResponse:
        """Promote the run to a dataset example with the corrected output and expected files it has *now*,
        and record in the example's metadata (``promotedFrom.runId``) which run it came from, so
        ``close_loop`` can find it.

        Refuses a run with no corrected output and no expected files (the example would have no ground
        truth) unless ``allow_without_expected=True``.
        """
        if not allow_without_expected and not await self._has_ground_truth(run_id):
            raise EigenpalUsageError(
                f"run {run_id} has no corrected output or expected files yet, so promoting it would create "
                "an example without ground truth. Attach the correction first (incorrect(run_id, "
                "corrected_output=...) or runs.reviews.update(run_id, corrected_output=...)), or pass "
                "allow_without_expected=True."
            )
        promoted = await self._client.runs.promote(run_id, name=UNSET if name is None else name)
        example = await self._client.automations.examples.get(self.automation, promoted.example_id)
        metadata = example.to_dict().get("metadata") or {}
        await self._client.automations.examples.update(
            self.automation, promoted.example_id, metadata={**metadata, PROMOTED_FROM: {"runId": run_id}}
        )
        return promoted

    async def _has_ground_truth(self, run_id: str) -> bool:
        review = (await self._client.runs.reviews.get(run_id)).review
        if (
            review is not None
            and review.corrected_output is not None
            and not isinstance(review.corrected_output, Unset)
        ):
            return True
        return bool((await self._client.runs.reviews.list_expected(run_id)).files)

    async def promotions(self) -> list[tuple[str, DatasetExample]]:
        """``(run id, example)`` for every example of the automation promoted by ``promote``, in the
        order the dataset lists them."""
        page = await self._client.automations.examples.list(self.automation, limit=100)
        found = []
        async for example in page.iter_all():
            run_id = promoted_from(example.to_dict())
            if run_id is not None:
                found.append((run_id, example))
        return found

    async def close_loop(
        self, *, timeout_seconds: float = 600, poll_interval_seconds: float = 0.25
    ) -> list[LoopOutcome]:
        """Run an experiment on the examples promoted from open reviews; close each review whose examples
        all pass now (with a note naming the experiment). Reviews whose example still fails stay open."""
        open_runs = {run.id async for run in self.open()}
        wanted = sorted(
            (run_id, example.id) for run_id, example in await self.promotions() if run_id in open_runs
        )
        if not wanted:
            return []
        created = await self._client.automations.experiments.create(
            self.automation, examples=sorted({example_id for _, example_id in wanted})
        )
        detail = await self._wait_for_experiment(created.id, timeout_seconds, poll_interval_seconds)
        passed_examples = {
            run.example_id
            for run in detail.runs
            if run.example_id
            and (detail.results_by_run.additional_properties.get(run.id) or [])
            and all(result.passed for result in detail.results_by_run.additional_properties[run.id])
        }
        failing_runs = {run_id for run_id, example_id in wanted if example_id not in passed_examples}
        for run_id in sorted({run_id for run_id, _ in wanted} - failing_runs):
            await self.close(run_id, note=f"its promoted example passes in experiment {created.id}")
        return [
            LoopOutcome(
                run_id, example_id, created.id, example_id in passed_examples, run_id not in failing_runs
            )
            for run_id, example_id in wanted
        ]

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


def _check_sequence(value: Any, argument: str, what: str) -> None:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise EigenpalUsageError(f"{argument} must be {what}, not {type(value).__name__}.")

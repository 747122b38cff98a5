"""The review queue in today's review terms, on both clients: closing a review, the June names kept as
deprecated aliases (``pass_``, ``fail``, ``partial`` refused, ``LoopOutcome.resolved``, ``salt``) for
Python and for type checkers, and the checks of its arguments."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal.lifecycle import AsyncReviewQueue, LoopOutcome, ReviewQueue
from tests.support.either import collect, maybe

TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


def queue_for(client: Any, **options: Any) -> Any:
    """The queue of the client's kind: ``ReviewQueue`` or ``AsyncReviewQueue``."""
    kind = AsyncReviewQueue if isinstance(client, AsyncEigenpalClient) else ReviewQueue
    return kind(client, TARGET, **options)


async def finished(client: Any, count: int = 1) -> list[str]:
    return [(await maybe(client.run_and_wait(TARGET, {"n": n}))).id for n in range(count)]


async def test_close_keeps_the_verdict_and_records_why(client: Any) -> None:
    handled, declined = await finished(client, 2)
    queue = queue_for(client, rate=1.0)
    for run_id in (handled, declined):
        await maybe(queue.incorrect(run_id, corrected_output={"total": 1}))
    closed = await maybe(queue.close(handled, note="fixed in v2"))
    wont = await maybe(queue.close(declined, wont_fix=True))
    assert (closed.review.verdict, closed.review.status, closed.review.closed_note) == (
        "incorrect",
        "closed",
        "fixed in v2",
    )
    assert (wont.review.status, wont.review.corrected_output) == ("wont_fix", {"total": 1})
    assert [run.id for run in await collect(queue.open())] == []


async def test_the_june_verdicts_warn_and_map_to_review_terms(client: Any) -> None:
    passed, failed = await finished(client, 2)
    queue = queue_for(client, rate=1.0)
    with pytest.warns(DeprecationWarning, match=r"use correct\(run_id"):
        await maybe(queue.pass_(passed, note="fine"))
    with pytest.warns(DeprecationWarning, match=r"use incorrect\(run_id"):
        await maybe(queue.fail(failed, expected={"total": 2}, files=[("fix.json", {"content": b"{}"})]))
    right = (await maybe(client.runs.reviews.get(passed))).review
    wrong = (await maybe(client.runs.reviews.get(failed))).review
    assert (right.verdict, right.status, right.note) == ("correct", "closed", "fine")
    assert (wrong.verdict, wrong.status, wrong.corrected_output) == ("incorrect", "open", {"total": 2})
    assert [f.name for f in (await maybe(client.runs.reviews.list_expected(failed))).files] == ["fix.json"]


async def test_partial_is_refused_before_anything_is_sent(client: Any) -> None:
    """A June ``partial`` has no verdict today: guessing one would move the accuracy figures."""
    (run_id,) = await finished(client)
    queue = queue_for(client, rate=1.0)
    with (
        pytest.warns(DeprecationWarning, match="partial"),
        pytest.raises(EigenpalUsageError, match=r"no.*partial|partial.*gone") as refused,
    ):
        await maybe(queue.partial(run_id, expected={"total": 1}))
    assert "incorrect(run_id, corrected_output=" in refused.value.message
    assert (await maybe(client.runs.reviews.get(run_id))).review is None


def test_loop_outcome_resolved_and_salt_are_deprecated() -> None:
    outcome = LoopOutcome("run_1", "ex_1", "exp_1", passed=True, closed=True)
    with pytest.warns(DeprecationWarning, match="LoopOutcome.closed"):
        assert outcome.resolved is True
    client = EigenpalClient(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.warns(DeprecationWarning, match="salt"):
        ReviewQueue(client, TARGET, salt="old")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ReviewQueue(client, TARGET)  # today's arguments: no warning


@given(rate=st.one_of(st.floats(allow_nan=True), st.integers(), st.booleans(), st.text(max_size=3)))
def test_rate_is_a_fraction_or_refused(rate: Any) -> None:
    client = EigenpalClient(api_key="k", base_url="http://127.0.0.1:9")  # nothing is sent
    fraction = not isinstance(rate, (bool, str)) and 0 <= rate <= 1
    if fraction:
        assert ReviewQueue(client, TARGET, rate=rate).rate == float(rate)
    else:
        with pytest.raises(EigenpalUsageError, match=r"rate=.*fraction from 0\.0 to 1\.0"):
            ReviewQueue(client, TARGET, rate=rate)


@given(
    rank=st.floats(min_value=0, max_value=1, exclude_max=True),
    rate=st.floats(min_value=0, max_value=1),
)
def test_is_sampled_is_the_services_rule(rank: float, rate: float) -> None:
    """In the sample exactly when ``sampleRank < rate``, as ``runs.list(sample_rate=...)`` keeps runs."""
    queue = ReviewQueue(EigenpalClient(api_key="k", base_url="http://127.0.0.1:9"), TARGET, rate=rate)
    assert queue.is_sampled({"id": "run_1", "sampleRank": rank}) is (rank < rate)


@given(run=st.one_of(st.text(), st.none(), st.dictionaries(st.sampled_from(["id", "rank"]), st.text())))
def test_is_sampled_needs_the_run_not_its_id(run: Any) -> None:
    queue = ReviewQueue(EigenpalClient(api_key="k", base_url="http://127.0.0.1:9"), TARGET)
    with pytest.raises(EigenpalUsageError, match=r"no sampleRank; pass the run itself"):
        queue.is_sampled(run)


USER_CODE = """
from eigenpal import EigenpalClient
from eigenpal.lifecycle import LoopOutcome, ReviewQueue

queue = ReviewQueue(EigenpalClient(), "workflows.x")
queue.correct("run_1")
queue.pass_("run_1")
queue.fail("run_1", expected={})
LoopOutcome("r", "e", "x", True, True).resolved
queue.partial("run_1")
"""


@pytest.mark.slow
def test_type_checkers_flag_the_june_names(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--enable-error-code", "deprecated",
         str(tmp_path / "user.py")],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    flagged = [line for line in result.stdout.splitlines() if "[deprecated]" in line]
    assert [line.split(":")[1] for line in flagged] == ["7", "8", "9", "10"], result.stdout
    assert "use correct(run_id" in flagged[0] and "LoopOutcome.closed" in flagged[2]

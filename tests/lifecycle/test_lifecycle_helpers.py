"""Lifecycle helpers against the emulator: sampling, the review queue and verdicts, routing."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from eigenpal import EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator
from eigenpal.lifecycle import (
    AsyncReviewQueue,
    AsyncRouter,
    ReviewQueue,
    Rollout,
    Router,
    sample_point,
    sampled,
)

TARGET = "workflows.extract-invoice"


def test_sampling_is_deterministic_and_nested() -> None:
    keys = [f"run_{n}" for n in range(4000)]
    at_15 = {k for k in keys if sampled(k, 0.15)}
    at_5 = {k for k in keys if sampled(k, 0.05)}
    assert at_5 < at_15
    assert 0.12 < len(at_15) / len(keys) < 0.18 and 0.03 < len(at_5) / len(keys) < 0.07
    assert all(sampled(k, 0.15) == (k in at_15) for k in keys)  # stable
    assert sample_point("x", salt="a") != sample_point("x", salt="b")
    assert not any(sampled(k, 0.0) for k in keys) and all(sampled(k, 1.0) for k in keys)
    with pytest.raises(EigenpalUsageError, match="rate"):
        sampled("x", 1.5)


def _completed_runs(client: EigenpalClient, count: int) -> list[str]:
    return [client.run_and_wait(TARGET, {"n": n}).id for n in range(count)]


def test_review_queue_samples_completed_unreviewed_runs(emu: Emulator) -> None:
    queries: list[httpx.QueryParams] = []
    watched = httpx.Client(event_hooks={"request": [lambda request: queries.append(request.url.params)]})
    client = emu.client(http_client=watched)
    ids = _completed_runs(client, 30)
    ranks = {run_id: client.runs.get(run_id).sample_rank for run_id in ids}
    queue = ReviewQueue(client, TARGET, rate=0.3)
    pending = [run.id for run in queue.pending()]
    assert set(pending) == {i for i in ids if ranks[i] < 0.3}  # the service's stable sample
    assert queries[-1]["sampleRate"] == "0.3" and queries[-1]["noReview"] == "true"
    assert all(queue.is_sampled(run) for run in queue.pending())
    lower = [run.id for run in ReviewQueue(client, TARGET, rate=0.1).pending()]
    assert set(lower) <= set(pending)
    queue.correct(pending[0], note="looks right")
    assert pending[0] not in {run.id for run in queue.pending()}
    review = client.runs.reviews.get(pending[0]).review
    assert (review.verdict, review.status, review.note) == ("correct", "closed", "looks right")


def test_incorrect_attaches_corrections_and_promote_guards_ground_truth(emu: Emulator, tmp_path: Any) -> None:
    client = emu.client()
    run_id, bare_id = _completed_runs(client, 2)
    queue = ReviewQueue(client, TARGET, rate=1.0)
    corrected_file = tmp_path / "corrected.pdf"
    corrected_file.write_bytes(b"%PDF corrected")
    detail = queue.incorrect(
        run_id,
        corrected_output={"total": 3},
        corrections=[{"kind": "field", "path": "/total", "originalValue": 0, "correctedValue": 3}],
        files=[corrected_file, ("notes.txt", {"content": b"n"})],
        note="x",
    )
    assert (detail.review.verdict, detail.review.status, detail.review.note) == ("incorrect", "open", "x")
    assert detail.review.corrected_output == {"total": 3}
    assert [(c.path, c.corrected_value) for c in detail.review.corrections] == [("/total", 3)]
    expected_files = client.runs.reviews.list_expected(run_id).files
    assert sorted(f.name for f in expected_files) == ["corrected.pdf", "notes.txt"]
    promoted = queue.promote(run_id, name="case-1")
    example = client.automations.examples.get(TARGET, promoted.example_id)
    assert example.expected == {"total": 3} and sorted(f.name for f in example.expected_files) == [
        "corrected.pdf",
        "notes.txt",
    ]
    assert [(linked, found.id) for linked, found in queue.promotions()] == [(run_id, example.id)]
    assert [run.id for run in queue.open()] == [run_id]

    runs_before = len(emu.world.store.runs)
    with pytest.raises(EigenpalUsageError, match="without ground truth"):
        queue.promote(bare_id)
    assert (
        len(client.automations.examples.list(TARGET).data) == 1 and len(emu.world.store.runs) == runs_before
    )
    allowed = queue.promote(bare_id, allow_without_expected=True)
    assert client.automations.examples.get(TARGET, allowed.example_id).expected is None


def test_close_loop_closes_only_what_passes_after_the_fix(emu: Emulator) -> None:
    emu.register(TARGET, lambda input, files: {"total": 0})
    client = emu.client()
    run_id = _completed_runs(client, 1)[0]
    queue = ReviewQueue(client, TARGET, rate=1.0)
    queue.incorrect(run_id, corrected_output={"total": 7})
    example_id = queue.promote(run_id).example_id
    (before,) = queue.close_loop()
    assert (before.run_id, before.example_id, before.passed, before.closed) == (
        run_id,
        example_id,
        False,
        False,
    )
    assert client.runs.reviews.get(run_id).review.status == "open"
    emu.register(TARGET, lambda input, files: {"total": 7})
    (after,) = queue.close_loop()
    assert (after.passed, after.closed) == (True, True)
    review = client.runs.reviews.get(run_id).review
    assert review.status == "closed" and after.experiment_id in review.closed_note
    assert queue.close_loop() == []


@pytest.mark.anyio
async def test_async_review_queue(emu: Emulator) -> None:
    async with emu.async_client() as client:
        ids = [(await client.run_and_wait(TARGET, {"n": n})).id for n in range(6)]
        queue = AsyncReviewQueue(client, TARGET, rate=1.0)
        pending = [run.id async for run in queue.pending()]
        assert set(pending) == set(ids)
        await queue.incorrect(ids[0], corrected_output={"ok": True})
        await queue.promote(ids[0])
        assert [run.id async for run in queue.open()] == [ids[0]]


def test_rollout_modes_and_kill_switch() -> None:
    rollout = Rollout("shadow")
    assert rollout.decide("k").shadow and not rollout.decide("k").use_automation
    rollout.set("ramp", 0.25)
    chosen = {k for k in (f"key-{n}" for n in range(2000)) if rollout.decide(k).use_automation}
    assert 0.2 < len(chosen) / 2000 < 0.3
    rollout.set("ramp", 0.5)
    assert chosen <= {k for k in (f"key-{n}" for n in range(2000)) if rollout.decide(k).use_automation}
    rollout.set("cutover")
    assert rollout.decide("k").use_automation and rollout.decide("k").metadata("k") == {
        "rollout": {"mode": "cutover", "fraction": 0.5, "key": "k"}
    }
    rollout.kill()
    assert rollout.mode == "off" and not rollout.decide("k").use_automation and not rollout.decide("k").shadow
    with pytest.raises(EigenpalUsageError):
        rollout.set("blue-green")  # type: ignore[arg-type]


def test_router_shadow_never_blocks_and_records_metadata(emu: Emulator) -> None:
    emu.add_latency("runs.start", 2.0)  # the shadow call itself is slow to answer
    client = emu.client()
    with Router(client, TARGET, Rollout("shadow")) as router:
        routed = router.route("order-1", {"n": 1}, existing=lambda: "legacy")
        assert routed.value == "legacy" and routed.source == "existing"
        # The caller has its answer while the shadow request is still in flight.
        assert router.stats.shadow_started == 1 and router.stats.shadow_succeeded == 0
    assert router.stats.shadow_succeeded == 1
    (run,) = client.runs.list(source=TARGET).runs
    metadata = client.runs.get(run.id, expand="input")["input"].metadata
    assert metadata == {"rollout": {"mode": "shadow", "fraction": 0.0, "key": "order-1"}}


def test_router_shadow_failures_are_counted_not_raised(emu: Emulator) -> None:
    emu.set_api_trigger(TARGET, False)
    with Router(emu.client(max_retries=0), TARGET, Rollout("shadow")) as router:
        assert router.route("k", {}, existing=lambda: 1).value == 1
    assert router.stats.shadow_failed == 1


def test_router_ramp_cutover_and_fallback(emu: Emulator) -> None:
    emu.register(TARGET, lambda input, files: {"total": input["n"] * 2})
    rollout = Rollout("ramp", 0.5)
    with Router(emu.client(), TARGET, rollout, to_value=lambda run: run.output["total"]) as router:
        results = {
            key: router.route(key, {"n": 2}, existing=lambda: -1) for key in (f"c{n}" for n in range(20))
        }
        for key, routed in results.items():
            assert routed.value == (4 if rollout.decide(key).use_automation else -1)
        assert (
            results["c1"].source == router.route("c1", {"n": 2}, existing=lambda: -1).source
        )  # stable per key
        rollout.set("cutover")
        assert router.route("x", {"n": 5}, existing=lambda: -1).value == 10
        emu.register(TARGET, lambda input, files: (_ for _ in ()).throw(RuntimeError("model down")))
        fallback = router.route("y", {"n": 5}, existing=lambda: -1)
        assert (fallback.source, fallback.value) == ("fallback", -1)
        rollout.kill()
        assert router.route("z", {"n": 5}, existing=lambda: -1).source == "existing"
    assert router.stats.fallbacks == 1


@pytest.mark.anyio
async def test_async_router_shadows_in_its_task_group(emu: Emulator) -> None:
    async with emu.async_client() as client:
        async with AsyncRouter(client, TARGET, Rollout("shadow")) as router:

            async def existing() -> str:
                return "legacy"

            routed = await router.route("order-9", {"n": 9}, existing=existing)
            assert routed.value == "legacy"
        assert router.stats.shadow_succeeded == 1
        page = await client.runs.list(source=TARGET)
        assert len(page.runs) == 1
        await anyio.sleep(0)


class _Watching:
    """The async client with its ``run`` watched: how many shadow starts were in flight at once."""

    def __init__(self, client: Any) -> None:
        self._client, self.running, self.most = client, 0, 0

    async def run(self, *args: Any, **kwargs: Any) -> Any:
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            return await self._client.run(*args, **kwargs)
        finally:
            self.running -= 1


@pytest.mark.anyio
@pytest.mark.parametrize(("workers", "most"), [(1, 1), (None, 4)])
async def test_async_router_runs_at_most_shadow_workers_at_once_and_aclose_waits(
    emu: Emulator, workers: int | None, most: int
) -> None:
    emu.add_latency("runs.start", 0.2)
    async with emu.async_client() as client:
        watched = _Watching(client)
        router = AsyncRouter(watched, TARGET, Rollout("shadow"), shadow_workers=workers)  # type: ignore[arg-type]
        await router.__aenter__()

        async def existing() -> str:
            return "legacy"

        for key in ("a", "b", "c", "d"):
            assert (await router.route(key, {"n": 1}, existing=existing)).value == "legacy"
        await router.aclose()  # waits for every shadow call
        assert router.stats.shadow_succeeded == 4 and watched.running == 0
        assert watched.most == most
        with pytest.raises(EigenpalUsageError, match="async with"):
            await router.route("e", {"n": 1}, existing=existing)

"""``automations.experiments`` and ``experiments.resolve``: run a dataset, follow it, export its scores."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from .._errors import not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._state import Automation, Experiment, RunRecord, now_iso


def _runs(ctx: Ctx, experiment: Experiment) -> list[RunRecord]:
    return [ctx.world.store.runs[i] for i in experiment.run_ids if i in ctx.world.store.runs]


def _experiment_json(ctx: Ctx, experiment: Experiment) -> dict[str, Any]:
    runs = _runs(ctx, experiment)
    finished = [run for run in runs if run.finished]
    scores = [run.score for run in finished if run.score is not None]
    return {
        "id": experiment.id,
        "automationId": experiment.automation.id,
        "automationType": experiment.automation.type,
        "status": experiment.status,
        "runCount": len(experiment.run_ids),
        "completedCount": len(finished),
        "passedCount": sum(1 for run in finished if run.passed is True),
        "failedCount": sum(1 for run in finished if run.passed is False),
        "avgScore": sum(scores) / len(scores) if scores else None,
        "createdAt": experiment.created_at,
        "completedAt": experiment.completed_at,
        "version": experiment.version,
    }


def _detail_json(ctx: Ctx, experiment: Experiment) -> dict[str, Any]:
    runs = _runs(ctx, experiment)
    return {
        **_experiment_json(ctx, experiment),
        "runs": [
            {
                "id": run.id,
                "status": run.status,
                "exampleId": run.example_id,
                "exampleName": run.example_name,
                "evalScore": run.score,
                "evalPassed": run.passed,
                "createdAt": now_iso(run.created),
                "completedAt": now_iso(run.completed) if run.completed else None,
            }
            for run in runs
        ],
        "resultsByRun": {
            run.id: [r.to_json() for r in ctx.world.store.scores.get(run.id, [])] for run in runs
        },
    }


def _experiment(ctx: Ctx) -> tuple[Automation, Experiment]:
    automation = ctx.world.automation(ctx.path["id"])
    experiment = ctx.world.store.experiments.get(ctx.path["experimentId"])
    if experiment is None or experiment.automation is not automation:
        raise not_found("Experiment", ctx.path["experimentId"], "experimentId")
    return automation, experiment


async def experiments_list(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    found = [e for e in ctx.world.store.experiments.values() if e.automation is automation]
    since, until = ctx.query.get("fromDate"), ctx.query.get("toDate")
    found = [
        e
        for e in found
        if (not since or e.created_at >= since) and (not until or e.created_at[: len(until)] <= until)
    ]
    found.sort(key=lambda e: e.created_at, reverse=True)
    return json_response(offset_page([_experiment_json(ctx, e) for e in found], ctx))


def _start(ctx: Ctx) -> Experiment:
    body = ctx.body or {}
    return ctx.world.start_experiment(
        ctx.world.automation(ctx.path["id"]),
        body.get("examples"),
        body.get("batchConcurrency"),
        body.get("sourceRef"),
    )


async def experiments_create(ctx: Ctx) -> Response:
    experiment = _start(ctx)
    runs = [{"id": run.id, "exampleId": run.example_id} for run in _runs(ctx, experiment)]
    return json_response({"id": experiment.id, "runs": runs, "total": len(runs)}, 202)


async def experiments_get(ctx: Ctx) -> Response:
    return json_response(_detail_json(ctx, _experiment(ctx)[1]))


async def experiments_cancel(ctx: Ctx) -> Response:
    experiment = _experiment(ctx)[1]
    ctx.world.cancel_experiment(experiment)
    return json_response(_detail_json(ctx, experiment))


async def experiments_stream(ctx: Ctx) -> Response:
    experiment = _start(ctx)
    runs = _runs(ctx, experiment)

    async def events() -> AsyncIterator[bytes]:
        yield _line({"type": "experiment.started", "experimentId": experiment.id, "total": len(runs)})
        pending = {run.id: run for run in runs}
        completed = 0
        while pending:
            done = [run for run in pending.values() if run.finished]
            if not done:
                await _first_done(list(pending.values()))
                continue
            for run in done:
                del pending[run.id]
                completed += 1
                yield _line(
                    {
                        "type": "run.completed",
                        "experimentId": experiment.id,
                        "runId": run.id,
                        "exampleId": run.example_id,
                        "status": run.status,
                        "score": run.score,
                        "passed": run.passed,
                        "completed": completed,
                        "total": len(runs),
                    }
                )
        summary = _experiment_json(ctx, experiment)
        yield _line(
            {
                "type": "experiment.completed",
                "experimentId": experiment.id,
                "status": "completed",
                "passedCount": summary["passedCount"],
                "failedCount": summary["failedCount"],
                "avgScore": summary["avgScore"],
            }
        )

    return StreamingResponse(events(), media_type="application/x-ndjson")


async def _first_done(runs: list[RunRecord]) -> None:
    waiters = [asyncio.ensure_future(run.done.wait()) for run in runs]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


def _line(event: dict[str, Any]) -> bytes:
    return (json.dumps(event, separators=(",", ":")) + "\n").encode()


ROW_FIELDS = ["experimentId", "runId", "exampleId", "exampleName", "evaluatorName", "evaluatorType", "score",
              "passed", "label", "weight", "passThreshold", "error"]  # fmt: skip


def _rows(ctx: Ctx, experiments: list[Experiment]) -> list[dict[str, Any]]:
    rows = []
    for experiment in experiments:
        for run in _runs(ctx, experiment):
            for result in ctx.world.store.scores.get(run.id, []):
                data = result.to_json()
                rows.append({**{k: data.get(k) for k in ROW_FIELDS}, "experimentId": experiment.id,
                             "exampleId": run.example_id, "exampleName": run.example_name})  # fmt: skip
    return rows


def _export(rows: list[dict[str, Any]], form: str) -> Response:
    if form == "json":
        return Response(json.dumps(rows), media_type="application/json")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv")


async def experiments_export(ctx: Ctx) -> Response:
    return _export(_rows(ctx, [_experiment(ctx)[1]]), ctx.query["format"])


async def experiments_export_all(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    experiments = [e for e in ctx.world.store.experiments.values() if e.automation is automation]
    return _export(_rows(ctx, experiments), ctx.query["format"])


async def experiments_resolve(ctx: Ctx) -> Response:
    experiment = ctx.world.store.experiments.get(ctx.path["experimentId"])
    if experiment is None:
        raise not_found("Experiment", ctx.path["experimentId"], "experimentId")
    return json_response({"id": experiment.id, "automationId": experiment.automation.id})


HANDLERS: dict[str, Handler] = {
    "automations.experiments.list": experiments_list,
    "automations.experiments.create": experiments_create,
    "automations.experiments.get": experiments_get,
    "automations.experiments.cancel": experiments_cancel,
    "automations.experiments.createStream": experiments_stream,
    "automations.experiments.export": experiments_export,
    "automations.experiments.exportAll": experiments_export_all,
    "experiments.resolve": experiments_resolve,
}

"""Human views of the API's answers: which fields and columns a person reads, from the wire JSON.

Each view takes the wire JSON (the same dict ``--json`` prints) and a ``Printer``; nested values are
summarised or cut by the printer, so a view only picks and orders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._output import Printer, flatten

View = Callable[[Any, Printer], None]


def fields(data: Mapping[str, Any], printer: Printer) -> None:
    printer.fields(data)


def alias(kind: Any, slug: Any) -> str | None:
    """``workflows.finance.extract-invoice`` from the type and the slug (folders joined by ``/``)."""
    if not kind or not slug:
        return None
    return f"{kind}s.{str(slug).replace('/', '.')}"


def duration(milliseconds: Any) -> str | None:
    if milliseconds is None:
        return None
    seconds = float(milliseconds) / 1000
    return f"{float(milliseconds):.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def run_summary(run: Mapping[str, Any]) -> dict[str, Any]:
    """A run's fields worth reading, in reading order; expansions (``--expand``) follow."""
    source, timing = run.get("source") or {}, run.get("timing") or {}
    execution = run.get("execution") or {}
    summary = {
        "id": run.get("id"),
        "automation": alias(run.get("type"), source.get("slug")),
        "version": source.get("version"),
        "status": execution.get("status") or ("finished" if run.get("finished") else "not finished"),
        "trigger": (run.get("trigger") or {}).get("type"),
        "created": timing.get("createdAt"),
        "duration": duration(timing.get("durationMs")),
        "error": run.get("error"),
        "output": run.get("output"),
        "files": ", ".join(item.get("path", "") for item in run.get("files") or []) or None,
        "input": run.get("input"),
        "usage": run.get("usage"),
        "steps": _step_summary(execution.get("steps")),
        "review": _review_summary(execution.get("feedback")),
    }
    return {key: value for key, value in summary.items() if value is not None}


def _step_summary(steps: Any) -> str | None:
    if not isinstance(steps, list):
        return None
    return ", ".join(f"{step.get('name')} {step.get('status')}" for step in steps) or "(none)"


def _review_summary(feedback: Any) -> str | None:
    """``fail, open, promoted as late-invoice`` from the run's embedded feedback."""
    if not isinstance(feedback, Mapping):
        return None
    parts = [feedback.get("rating"), feedback.get("status")]
    if feedback.get("promotedExampleName"):
        parts.append(f"promoted as {feedback['promotedExampleName']}")
    return ", ".join(str(part) for part in parts if part)


def run(data: Mapping[str, Any], printer: Printer) -> None:
    printer.fields(run_summary(data))


def run_row(run: Mapping[str, Any]) -> list[Any]:
    """id, the target with its version (``workflows.x@v3``, as ``eigenpal run`` takes it), status, trigger, created."""
    summary = run_summary(run)
    target = "@".join(str(summary[key]) for key in ("automation", "version") if summary.get(key))
    return [
        summary.get("id"),
        target or None,
        summary.get("status"),
        summary.get("trigger"),
        summary.get("created"),
    ]


def runs(data: Sequence[Mapping[str, Any]], printer: Printer) -> None:
    headers = ["id", "automation", "status", "trigger", "created"]
    printer.table(headers, [run_row(item) for item in data], empty="no runs")


def steps(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["step", "status", "started", "completed", "error"],
        [[s.get("name"), s.get("status"), s.get("startedAt"), s.get("completedAt"), s.get("error")]
         for s in data.get("steps") or []],
        empty="no steps",
    )  # fmt: skip


def usage(data: Mapping[str, Any], printer: Printer) -> None:
    recorded = data.get("usage") or {}
    printer.table(["metric", "value"], list(flatten(recorded)), empty="no usage recorded yet")


def events(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["time", "type", "status", "message"],
        [[e.get("timestamp"), e.get("type"), e.get("status"), e.get("message")] for e in data.get("events") or []],
        empty="no events",
    )  # fmt: skip


def trace(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["phase", "step", "status", "started", "completed", "message"],
        [[e.get("phase"), e.get("stepName"), e.get("status"), e.get("startedAt"), e.get("completedAt"), e.get("message")]
         for e in data.get("events") or []],
        empty="no trace events",
    )  # fmt: skip


def artifacts(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["path", "role", "type", "size"],
        [[a.get("path"), a.get("role"), a.get("contentType"), a.get("size")] for a in data.get("artifacts") or []],
        empty="no artifacts",
    )  # fmt: skip


def feedback(data: Mapping[str, Any], printer: Printer) -> None:
    given = data.get("feedback") or {}
    printer.fields(
        {
            "rating": given.get("rating"),
            "status": given.get("status"),
            "note": given.get("body") or None,
            "expected": data.get("expected"),
            "expected files": ", ".join(f.get("name", "") for f in data.get("expectedFiles") or []) or None,
            "promoted as": given.get("promotedExampleName"),
        }
    )


def experiment(data: Mapping[str, Any], printer: Printer) -> None:
    """The counts, then one row per evaluator result: run, example, evaluator, score, pass."""
    printer.fields(
        {
            "id": data.get("id"),
            "status": data.get("status"),
            "version": data.get("version"),
            "runs": f"{data.get('completedCount')}/{data.get('runCount')} completed",
            "passed": data.get("passedCount"),
            "failed": data.get("failedCount"),
            "avg score": data.get("avgScore"),
            "created": data.get("createdAt"),
            "completed": data.get("completedAt"),
        }
    )
    printer.blank()
    printer.table(
        ["run", "example", "status", "evaluator", "score", "pass"], _result_rows(data), empty="no runs"
    )


def _result_rows(data: Mapping[str, Any]) -> list[list[Any]]:
    results = data.get("resultsByRun") or {}
    rows: list[list[Any]] = []
    for item in data.get("runs") or []:
        head = [item.get("id"), item.get("exampleName") or item.get("exampleId"), item.get("status")]
        found = results.get(item.get("id")) or [{}]
        rows.extend([*head, r.get("evaluatorName"), r.get("score"), r.get("passed")] for r in found)
    return rows

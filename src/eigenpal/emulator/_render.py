"""A run as the wire JSON shows it: accepted, listed, read in full, its usage, review and artifacts.

Pure functions of the stored objects: ``runs`` (the store's runs by id) resolves the retry chain, and
``key`` is who is asking, who the emulator says triggered the run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from ._state import ApiKey, RunRecord, StoredFile, now_iso


def commit_sha(automation_id: str, version: str) -> str:
    """The Git commit an automation's version is said to be released from (stable per version)."""
    return hashlib.sha1(f"{automation_id}@{version}".encode()).hexdigest()


def accepted_json(run: RunRecord) -> dict[str, Any]:
    return {"id": run.id, "type": run.automation.type, "finished": False, "source": _source(run)}


def sample_rank(run_id: str) -> float:
    """A run's stable place in [0, 1) for sampling: the same number on every read (``sampleRate``)."""
    return int(hashlib.sha256(run_id.encode()).hexdigest()[:13], 16) / 16**13


def _head(run: RunRecord, key: ApiKey, execution: dict[str, Any]) -> dict[str, Any]:
    """The fields a run has in a list and in full alike, with ``execution`` in the form asked for."""
    head = {
        "id": run.id,
        "type": run.automation.type,
        "tags": list(run.tags),
        "finished": run.finished,
        "sampleRank": sample_rank(run.id),
        "timing": _timing(run),
        "source": _source(run),
        "trigger": _trigger(run, key),
        "execution": execution,
    }
    if (evaluation := _eval(run)) is not None:
        head["eval"] = evaluation
    return head


def list_item_json(run: RunRecord, runs: Mapping[str, RunRecord], key: ApiKey) -> dict[str, Any]:
    item = _head(run, key, _meta(run, runs))
    if run.finished:
        item["error"] = run.error
    return item


def run_json(run: RunRecord, runs: Mapping[str, RunRecord], key: ApiKey, expand: set[str]) -> dict[str, Any]:
    """The full run, with the ``expand`` sections (input, usage, execution, debug)."""
    body = _head(run, key, _execution(run, runs) if "execution" in expand else _meta(run, runs))
    if run.finished:
        body["output"] = run.output
        body["files"] = [artifact_json(f"output/{n}", "output", f) for n, f in run.output_files.items()]
        body["error"] = run.error
    if "input" in expand:
        files = [{"name": f"{name}/{f.filename}"} for name, fs in run.input_files.items() for f in fs]
        body["input"] = {"args": run.input, "files": files, "metadata": run.metadata}
    if "usage" in expand:
        body["usage"] = usage_json(run)
    if "debug" in expand:
        body["debug"] = {"observability": {"phases": run.trace}, "traceId": f"trace_{run.id}"}
    return body


def usage_json(run: RunRecord) -> dict[str, Any] | None:
    if not run.finished:
        return None
    size = len(json.dumps(run.input)) + sum(f.size for files in run.input_files.values() for f in files)
    return {
        "tokens": {
            "input": size // 4 + 100,
            "output": len(json.dumps(run.output)) // 4,
            "cacheRead": 0,
            "cacheWrite": 0,
        },
        "creditsCharged": round(0.001 * (size // 4 + 100), 6),
        "durationMs": round(((run.completed or run.created) - run.created) * 1000, 3),
        "llmCallCount": 1 if run.status == "completed" else 0,
        "ocrPagesProcessed": sum(len(files) for files in run.input_files.values()),
        "agentTurns": 1 if run.automation.type == "agent" else None,
    }


def review_detail_json(run: RunRecord) -> dict[str, Any]:
    """A run's review in full, or ``null`` when it has none."""
    return {"review": run.review.to_json() if run.review else None}


def expected_files_json(run: RunRecord) -> list[dict[str, str]]:
    """The expected files on a run's review, by name."""
    return [{"name": name} for name in run.expected_files]


def run_artifacts(run: RunRecord) -> dict[str, tuple[str, StoredFile]]:
    """Every downloadable file of a run by path, with its role: input snapshots and outputs."""
    found: dict[str, tuple[str, StoredFile]] = {}
    for key, files in run.input_files.items():
        for stored in files:
            found[f"input/{key}/{stored.filename}"] = ("input", stored)
    for name, stored in run.output_files.items():
        found[f"output/{name}"] = ("output", stored)
    return found


def artifact_json(path: str, role: str, stored: StoredFile) -> dict[str, Any]:
    return {
        "name": stored.filename,
        "role": role,
        "path": path,
        "stepName": "run",
        "contentType": stored.content_type,
        "size": stored.size,
    }


def _iso(moment: float | None) -> str | None:
    return now_iso(moment) if moment is not None else None


def _timing(run: RunRecord) -> dict[str, Any]:
    duration = round((run.completed - run.created) * 1000, 3) if run.completed is not None else None
    return {
        "createdAt": now_iso(run.created),
        "startedAt": _iso(run.started),
        "completedAt": _iso(run.completed),
        "durationMs": duration,
        "cancelRequestedAt": _iso(run.cancel_requested),
    }


def _source(run: RunRecord) -> dict[str, Any]:
    automation = run.automation
    return {
        "id": automation.id,
        "name": automation.name,
        "version": run.version,
        "versionId": automation.version_id(run.version),
        "slug": automation.slug,
        "model": None,
        "git": {
            "requestedRef": run.version,
            "resolvedRef": run.version,
            "resolvedTag": f"{automation.slug}@{run.version}",
            "commitSha": commit_sha(automation.id, run.version),
        },
        "implementationAvailable": not automation.deleted,
        "automationFound": not automation.deleted,
        "currentVersion": None if automation.deleted else automation.current_version,
    }


def _trigger(run: RunRecord, key: ApiKey) -> dict[str, Any]:
    return {"type": run.trigger, "by": {"id": key.user["id"], "name": key.name, "email": key.user["email"]}}


def _retry_number(run: RunRecord, runs: Mapping[str, RunRecord]) -> int:
    number, previous = 0, run.previous_run_id
    while previous is not None and previous in runs:
        number += 1
        previous = runs[previous].previous_run_id
    return number


def _meta(run: RunRecord, runs: Mapping[str, RunRecord]) -> dict[str, Any]:
    following = runs.get(run.next_run_id or "")
    return {
        "status": run.status,
        "schemaValid": True if run.status == "completed" else None,
        "batchId": run.batch_id,
        "retry": {
            "number": _retry_number(run, runs),
            "previousRunId": run.previous_run_id,
            "nextRun": {"id": following.id, "status": following.status} if following else None,
        },
        "review": run.review.summary_json() if run.review else None,
        "humanReview": _human_review(run),
    }


def _human_review(run: RunRecord) -> dict[str, Any] | None:
    """The pending human review task holding the run, ``null`` once decided or when there is none."""
    task = run.human_task
    return task.summary_json() if task is not None and task.status == "pending" else None


def _eval(run: RunRecord) -> dict[str, Any] | None:
    if run.example_id is None:
        return None
    return {
        "example": run.example_name,
        "exampleId": run.example_id,
        "score": run.score,
        "passed": run.passed,
    }


def _execution(run: RunRecord, runs: Mapping[str, RunRecord]) -> dict[str, Any]:
    review = run.review
    expected = {"output": review.corrected_output if review else None, "files": expected_files_json(run)}
    shared = {**_meta(run, runs), "review": review.to_json() if review else None, "expected": expected}
    if run.automation.type == "workflow":
        return {
            **shared,
            "steps": run.steps,
            "definitionSnapshot": {"automation": run.automation.alias, "version": run.version},
        }
    return {**shared, "files": {"output": [{"name": n} for n in run.output_files]}, "comparison": None}

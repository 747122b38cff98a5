"""Human review tasks: the step that holds a run in ``waiting`` until a person confirms its fields.

An automation with a ``HumanReviewStep`` (the seeded ``workflows.review-invoice``, or any automation
given one with ``Emulator.add_automation(..., human_review=HumanReviewStep(...))``) opens a task when its
machine output is ready: one decision per scalar leaf of the output (dotted paths, list items by index:
``lines.0.sku``), required when the field's confidence is below the step's threshold (``low_confidence``)
or missing (``missing_confidence``), not required at or above it (``threshold_met``). The run resumes
with the draft (the machine values as corrected) when the task is approved, ends ``rejected`` when it is
rejected and ``cancelled`` (task too) when the run is cancelled.

Where the contract is silent, the emulator decides as the service most plausibly behaves:

- every change (a field, approve, reject, cancel) bumps the task ``version`` by one; a decision's
  ``version`` is the task version its last change made; ``confirmed: false`` sets the value but leaves
  (or makes) the field unconfirmed;
- ``confirmedCount`` counts the required fields that are confirmed (what approve waits for);
- checks run in this order: unknown task 404; an ``idempotencyKey`` seen before on this task answers the
  first result as it was (the same key with another request is a 400 naming ``idempotencyKey``); a decided
  task 400 (``task_decided``, field ``status``); a stale ``expectedVersion`` 400 (``version_conflict``); an
  unknown ``path`` 400; approve with unconfirmed required fields 400, one issue per path (code
  ``unconfirmed_field``). These are 400s, not 409s, because openapi.yaml (the official 0.20.93 facts)
  declares no 409 for these operations and every answer of the emulator must fit the spec; the codes tell
  the refusals apart (``eigenpal.lifecycle.is_stale_decision``);
- the run's ``error`` after a rejection is ``Rejected in human review: <reason>``; a cancelled task's
  ``outcomeReason`` is ``Run cancelled``;
- an agent's task comes from a tool (``sourceKind: agent_tool``), a workflow's from a step
  (``workflow_step``); a run of an experiment waits like any other, and its experiment completes once
  every task is decided;
- a task's files are the run's input files with ids of their own (``file_…``), ``artifactPath`` as the
  run's artifacts name them (``input/<key>/<filename>``) and ``fieldName`` the input key.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._errors import EigenpalUsageError
from ._errors import ApiError, Issue, fail
from ._state import Bounded, RunRecord, StoredFile, new_id, now_iso

Confidences = Mapping[str, float] | Callable[[dict[str, Any]], Mapping[str, float]]


@dataclass(frozen=True)
class HumanReviewStep:
    """A step that holds each run for a person to confirm the fields of its output.

    ``confidences`` gives each field path a confidence from 0 to 1, or is a function of the machine output
    that does; ``threshold`` is the confidence a field needs not to be required. ``labels`` names fields for
    the reviewer (default: the path); ``label`` is the task's ``sourceLabel``. A threshold or a
    confidence outside 0..1 is an ``EigenpalUsageError`` (when the step is made, or, from a function, the
    run fails).
    """

    confidences: Confidences = field(default_factory=dict)
    threshold: float = 0.8
    labels: Mapping[str, str] = field(default_factory=dict)
    label: str = "Review extracted fields"
    instructions: str | None = None

    def __post_init__(self) -> None:
        if (
            isinstance(self.threshold, bool)
            or not isinstance(self.threshold, (int, float))
            or not 0 <= self.threshold <= 1
        ):
            raise EigenpalUsageError(f"threshold must be a number from 0 to 1, got {self.threshold!r}")
        if isinstance(self.confidences, Mapping):
            _check_confidences(self.confidences)

    def confidences_of(self, machine: dict[str, Any]) -> Mapping[str, float]:
        if isinstance(self.confidences, Mapping):
            return self.confidences
        confidences = self.confidences(machine)
        _check_confidences(confidences)
        return confidences


def _check_confidences(confidences: Mapping[str, float]) -> None:
    for path, value in confidences.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise EigenpalUsageError(
                f"confidences: the confidence of {path!r} must be a number from 0 to 1, got {value!r}"
            )


REVIEW_INVOICE = HumanReviewStep(
    confidences={"supplier": 0.97, "currency": 0.99, "total": 0.42},
    labels={"supplier": "Supplier", "total": "Total", "currency": "Currency"},
)
"""The human step of the seeded ``workflows.review-invoice``."""


def review_invoice(input: dict[str, Any], files: dict[str, list[StoredFile]]) -> dict[str, Any]:
    """The machine output of ``workflows.review-invoice``: deterministic from the input."""
    return {
        "supplier": input.get("supplier", "ACME GmbH"),
        "total": input.get("total", 1180.0),
        "currency": input.get("currency", "EUR"),
    }


@dataclass
class Decision:
    """The reviewer's state of one field."""

    id: str
    path: str
    at: tuple[str | int, ...]
    """The keys and list indexes that lead to the field in the output (``path`` joins them with dots)."""
    original: Any
    current: Any
    required: bool
    reason: str
    confirmed_by: str | None = None
    confirmed_at: str | None = None
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "originalValue": self.original,
            "currentValue": self.current,
            "required": self.required,
            "reason": self.reason,
            "confirmedBy": self.confirmed_by,
            "confirmedAt": self.confirmed_at,
            "version": self.version,
        }


@dataclass
class HumanTask:
    """A task holding one run in ``waiting``: its fields, files and outcome."""

    id: str
    run: RunRecord
    step: HumanReviewStep
    machine: dict[str, Any]
    confidences: Mapping[str, float]
    decisions: dict[str, Decision]
    files: dict[str, tuple[str, StoredFile]]
    """The run's input files by the id the task gives them, with their input key."""
    created: float = field(default_factory=time.time)
    status: str = "pending"  # pending | approved | rejected | cancelled
    version: int = 1
    updated_at: str = ""
    completed_by: str | None = None
    completed_at: str | None = None
    outcome_reason: str | None = None
    replays: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    """Answers by idempotency key: the request they answered (as JSON text) and the answer."""
    decided: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or now_iso(self.created)

    # ---- state ---------------------------------------------------------------------------------
    @property
    def required(self) -> list[Decision]:
        return [d for d in self.decisions.values() if d.required]

    def draft(self) -> dict[str, Any]:
        """The machine output with every field's current value."""
        draft = copy.deepcopy(self.machine)
        for decision in self.decisions.values():
            _put(draft, decision.at, decision.current)
        return draft

    def replay(self, key: str, request: dict[str, Any]) -> dict[str, Any] | None:
        """The first answer to ``key``, if it was used; 400 when it answered another request."""
        seen = self.replays.get(key)
        if seen is None:
            return None
        if seen[0] != json.dumps(request, sort_keys=True):
            raise fail(
                400,
                "idempotencyKey",
                f"idempotencyKey {key!r} was used for another request on task {self.id}; use a new key",
                "idempotency_key_reused",
            )
        return seen[1]

    def remember(self, key: str, request: dict[str, Any], answer: dict[str, Any]) -> None:
        self.replays[key] = (json.dumps(request, sort_keys=True), answer)

    def check(self, expected_version: int) -> None:
        """400 (``task_decided``, ``version_conflict``) unless the task is pending at ``expected_version``."""
        if self.status != "pending":
            raise fail(
                400, "status", f"Task {self.id} is {self.status} and takes no more decisions", "task_decided"
            )
        if expected_version != self.version:
            raise fail(
                400,
                "expectedVersion",
                f"Task {self.id} is at version {self.version}, not {expected_version}; read it again, retry",
                "version_conflict",
            )

    def confirm(self, path: str, value: Any, confirmed: bool, user: str) -> None:
        decision = self.decisions.get(path)
        if decision is None:
            raise fail(
                400, "path", f"Task {self.id} has no field {path!r}; use one of {sorted(self.decisions)}"
            )
        self.version += 1
        decision.current, decision.version = value, self.version
        decision.confirmed_by, decision.confirmed_at = (user, now_iso()) if confirmed else (None, None)
        self.updated_at = now_iso()

    def approve(self, user: str) -> None:
        unconfirmed = [d.path for d in self.required if d.confirmed_at is None]
        if unconfirmed:
            raise ApiError(
                400,
                [
                    Issue(path, f"Required field {path!r} is not confirmed", "unconfirmed_field")
                    for path in unconfirmed
                ],
                hint=f"Confirm {', '.join(unconfirmed)} with humanReviews.fields.confirm first",
            )
        self._close("approved", user, None)

    def reject(self, user: str, reason: str) -> None:
        self._close("rejected", user, reason)

    def cancel(self) -> None:
        self._close("cancelled", None, "Run cancelled")

    def _close(self, status: str, user: str | None, reason: str | None) -> None:
        self.version += 1
        self.status, self.outcome_reason = status, reason
        self.completed_by, self.completed_at = user, now_iso()
        self.updated_at = self.completed_at
        self.decided.set()

    # ---- wire JSON -----------------------------------------------------------------------------
    def summary_json(self) -> dict[str, Any]:
        """The task as a run's ``execution.humanReview`` shows it while pending."""
        return {
            "taskId": self.id,
            "sourceKind": "agent_tool" if self.run.automation.type == "agent" else "workflow_step",
            "sourceLabel": self.step.label,
            "status": "pending",
            "requiredCount": len(self.required),
            "confirmedCount": sum(d.confirmed_at is not None for d in self.required),
            "version": self.version,
        }

    def list_json(self) -> dict[str, Any]:
        automation = self.run.automation
        summary = self.summary_json()
        return {
            "id": self.id,
            "executionId": self.run.id,
            "automationId": automation.id,
            "automationName": automation.name,
            **{k: summary[k] for k in ("sourceKind", "sourceLabel", "requiredCount", "confirmedCount")},
            "status": self.status,
            "version": self.version,
            "createdAt": now_iso(self.created),
            "updatedAt": self.updated_at,
        }

    def detail_json(self) -> dict[str, Any]:
        return {
            **self.list_json(),
            "files": [
                {
                    "fileId": file_id,
                    "filename": stored.filename,
                    "artifactPath": f"input/{key}/{stored.filename}",
                    "mimeType": stored.content_type or "application/octet-stream",
                    "size": stored.size,
                    "fieldName": key,
                    "role": "run_input",
                }
                for file_id, (key, stored) in self.files.items()
            ],
            "input": {"status": "available", "data": self.run.input},
            "machineData": self.machine,
            "draftData": self.draft(),
            "schema": self.run.automation.output_schema,
            "fieldMetadata": {
                path: {
                    **({"confidence": self.confidences[path]} if path in self.confidences else {}),
                    "label": self.step.labels.get(path, path),
                }
                for path in self.decisions
            },
            "requiredPaths": [d.path for d in self.required],
            "selectionReasons": {d.path: d.reason for d in self.decisions.values()},
            "decisions": [d.to_json() for d in self.decisions.values()],
            "instructions": self.step.instructions,
            "completedBy": self.completed_by,
            "completedAt": self.completed_at,
            "outcomeReason": self.outcome_reason,
        }


class HumanReviews:
    """The human steps of automations (by automation id) and every task, oldest first."""

    def __init__(self, limit: int) -> None:
        self.steps: dict[str, HumanReviewStep] = {}
        self.tasks: Bounded[str, HumanTask] = Bounded(limit)

    def open(self, run: RunRecord, machine: dict[str, Any], step: HumanReviewStep) -> HumanTask:
        """Open a task on ``run`` for its machine output ``machine``."""
        confidences = step.confidences_of(machine)
        decisions = {}
        for at, value in _leaves(machine):
            path = ".".join(map(str, at))
            confidence = confidences.get(path)
            if confidence is None:
                required, reason = True, "missing_confidence"
            else:
                required = confidence < step.threshold
                reason = "low_confidence" if required else "threshold_met"
            decisions[path] = Decision(new_id("hdec"), path, at, value, value, required, reason)
        files = {
            new_id("file"): (key, stored)
            for key, stored_files in run.input_files.items()
            for stored in stored_files
        }
        task = HumanTask(new_id("htask"), run, step, copy.deepcopy(machine), confidences, decisions, files)
        self.tasks[task.id] = task
        run.human_task = task
        return task


SCALARS = (str, int, float, bool, type(None))


def _leaves(value: Any, at: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every scalar leaf of ``value`` with the keys and indexes leading to it (non-finite numbers skipped)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, (*at, index))
    elif isinstance(value, SCALARS) and not (isinstance(value, float) and not math.isfinite(value)):
        yield at, value


def _put(target: Any, at: tuple[str | int, ...], value: Any) -> None:
    """Set the leaf that the keys and indexes ``at`` lead to."""
    *parents, last = at
    for key in parents:
        target = target[key]
    target[last] = value

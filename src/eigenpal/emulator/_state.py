"""The emulator's in-memory world: API keys, automations, files, runs and their reviews, datasets and experiments.

Everything lives in plain objects guarded by the server's single event loop, with caps on how many
of each are kept (oldest dropped first) so a long test session cannot grow without bound.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Generic, Protocol, TypeVar


class HeldTask(Protocol):
    """What a run needs of the human review task holding it (``_human.HumanTask``): its status, its summary
    in the run's ``humanReview``, and being cancelled with the run."""

    status: str

    def cancel(self) -> None: ...

    def summary_json(self) -> dict[str, Any]: ...


K = TypeVar("K")
V = TypeVar("V")

TERMINAL = frozenset({"completed", "failed", "cancelled", "rejected"})
_counter = itertools.count(1)


def now_iso(at: float | None = None) -> str:
    """A timestamp as the service writes it: ISO 8601 UTC with milliseconds and ``Z``."""
    moment = datetime.fromtimestamp(time.time() if at is None else at, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def new_id(prefix: str) -> str:
    """A unique, sortable id such as ``run_000042_…``."""
    return f"{prefix}_{next(_counter):06d}{int(time.time() * 1000) % 100000:05d}"


class Bounded(OrderedDict[K, V], Generic[K, V]):
    """An insertion-ordered dict that forgets its oldest entries beyond ``limit``."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: K, value: V) -> None:
        super().__setitem__(key, value)
        while len(self) > self.limit:
            self.popitem(last=False)


@dataclass
class StoredFile:
    """A file's bytes and metadata, as uploaded or produced."""

    filename: str
    content: bytes
    content_type: str | None = None

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass
class UploadedFile:
    id: str
    file: StoredFile
    created_at: str
    purpose: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "filename": self.file.filename,
            "contentType": self.file.content_type,
            "size": self.file.size,
            "purpose": self.purpose,
            "createdAt": self.created_at,
        }


@dataclass
class Automation:
    id: str
    type: str  # workflow | agent
    slug: str
    name: str
    description: str
    versions: list[str]
    created_at: str
    triggers: dict[str, bool] = field(
        default_factory=lambda: {"api": True, "email": False, "manual": True, "cron": False}
    )
    evaluator_yaml: str = ""
    input_schema: dict[str, Any] | None = None
    output_schema: dict[str, Any] | None = None
    examples: Bounded[str, DatasetExample] = field(default_factory=lambda: Bounded(2000))
    current: str | None = None
    """The version runs use by default; the newest when none was promoted."""
    version_dates: dict[str, str] = field(default_factory=dict)
    """When each version made through the API was created (the seeded ones date from the automation)."""
    updated_at: str | None = None
    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Each version's definition (the YAML it was created from, parsed), by label; seeded versions have none."""
    deleted: bool = False
    """Set by ``automations.delete``: its runs stay readable, and say the automation is gone."""

    @property
    def alias(self) -> str:
        """The rooted path: ``workflows.<folders…>.<slug>`` (a folder slug ``a/b`` is ``a.b`` here)."""
        return f"{self.type}s.{self.slug.replace('/', '.')}"

    @property
    def folder_path(self) -> str:
        """The path of the folder the automation lives in (``finance``), ``""`` at the root."""
        return self.slug.rpartition("/")[0]

    @property
    def current_version(self) -> str:
        return self.current or self.versions[-1]

    def version_id(self, label: str) -> str:
        """A version's id: stable for the automation and label, and without ``@`` so ``target@<id>`` works."""
        return "ver_" + hashlib.sha1(f"{self.id}@{label}".encode()).hexdigest()[:16]

    def find_version(self, ref: str) -> str | None:
        """The label of the version ``ref`` names, by label or by id; ``None`` when none does."""
        if ref in self.versions:
            return ref
        return next((label for label in self.versions if self.version_id(label) == ref), None)

    def summary_json(self, folder_id: str | None) -> dict[str, Any]:
        """The automation as listed; ``folder_id`` is the id of the folder at ``folder_path``."""
        return {
            "id": self.id,
            "type": self.type,
            "slug": self.slug,
            "name": self.name,
            "folderId": folder_id,
            "folderPath": self.folder_path or None,
            "description": self.description,
            "status": "active",
            "version": self.current_version,
            "triggers": dict(self.triggers),
            "implementationAvailable": True,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at or self.created_at,
        }

    def detail_json(self, folder_id: str | None) -> dict[str, Any]:
        return {
            **self.summary_json(folder_id),
            "inputSchema": self.input_schema,
            "outputSchema": self.output_schema,
        }


@dataclass
class Review:
    """A run's review: a verdict, its status, a note, the corrected output and field or file corrections.

    Who reviewed is the key's user of the last ``PUT``; who closed, the user of the request that closed it.
    """

    id: str
    created_at: str
    verdict: str | None = None
    status: str = "open"
    note: str = ""
    corrected_output: Any = None
    corrections: list[dict[str, Any]] = field(default_factory=list)
    reviewed_by: dict[str, Any] | None = None
    reviewed_at: str = ""
    updated_at: str = ""
    closed_by: dict[str, Any] | None = None
    closed_at: str | None = None
    closed_note: str | None = None
    created: float = 0.0
    """The review's moments as epoch seconds, for the ``runs.list`` review filters."""
    updated: float = 0.0
    closed: float | None = None

    def to_json(self) -> dict[str, Any]:
        reviewer, closer = self.reviewed_by or {}, self.closed_by or {}
        return {
            "id": self.id,
            "verdict": self.verdict,
            "status": self.status,
            "note": self.note,
            "correctedOutput": self.corrected_output,
            "corrections": self.corrections,
            "reviewedBy": reviewer.get("id"),
            "reviewedByEmail": reviewer.get("email"),
            "reviewedAt": self.reviewed_at,
            "closedBy": closer.get("id"),
            "closedByEmail": closer.get("email"),
            "closedAt": self.closed_at,
            "closedNote": self.closed_note,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }

    def summary_json(self) -> dict[str, Any]:
        """The review as a run's list item carries it."""
        return {
            "verdict": self.verdict,
            "status": self.status,
            "hasNote": bool(self.note),
            "correctionCount": len(self.corrections),
        }


@dataclass
class RunRecord:
    id: str
    automation: Automation
    version: str
    trigger: str
    input: dict[str, Any]
    input_files: dict[str, list[StoredFile]]
    metadata: dict[str, Any]
    overrides: dict[str, Any]
    created: float
    status: str = "created"
    started: float | None = None
    completed: float | None = None
    cancel_requested: float | None = None
    output: dict[str, Any] | None = None
    output_files: dict[str, StoredFile] = field(default_factory=dict)
    error: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)
    batch_id: str | None = None
    example_id: str | None = None
    example_name: str | None = None
    score: float | None = None
    passed: bool | None = None
    previous_run_id: str | None = None
    next_run_id: str | None = None
    tags: list[str] = field(default_factory=list)
    review: Review | None = None
    expected_files: dict[str, StoredFile] = field(default_factory=dict)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    settled: asyncio.Event = field(default_factory=asyncio.Event)
    """Set while the run is terminal or ``waiting`` for a person: what a long-poll start waits for."""
    human_task: HeldTask | None = None
    """The human review task the run waits (or waited) on."""

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL

    def event(self, kind: str, message: str | None = None, **metadata: Any) -> None:
        self.events.append(
            {
                "type": kind,
                "timestamp": now_iso(),
                "status": self.status,
                "message": message,
                "metadata": metadata,
            }
        )


@dataclass
class DatasetExample:
    id: str
    name: str
    automation: Automation
    input: dict[str, Any] | None
    expected: Any
    metadata: dict[str, Any] | None = None
    annotation: str | None = None
    row_order: int | None = None
    overrides: dict[str, Any] | None = None
    input_files: dict[str, StoredFile] = field(default_factory=dict)
    expected_files: dict[str, StoredFile] = field(default_factory=dict)
    latest_run_id: str | None = None
    created_at: str = field(default_factory=now_iso)
    updated_at: str | None = None

    def folder(self, name: str) -> dict[str, StoredFile]:
        """The files of the ``input`` or the ``expected`` folder, by path."""
        return self.input_files if name == "input" else self.expected_files

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "automationId": self.automation.id,
            "automationType": self.automation.type,
            "input": self.input,
            "expected": self.expected,
            "expectedFiles": [{"name": name} for name in sorted(self.expected_files)],
            "metadata": self.metadata,
            "annotation": self.annotation,
            "rowOrder": self.row_order,
            "overrides": self.overrides,
            "latestRunId": self.latest_run_id,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }


@dataclass
class Experiment:
    id: str
    automation: Automation
    version: str
    run_ids: list[str]
    created_at: str
    status: str = "queued"
    completed_at: str | None = None
    cancelled: bool = False


@dataclass
class EvalResultRecord:
    id: str
    run_id: str
    automation_id: str
    evaluator_name: str
    evaluator_type: str
    score: float
    passed: bool
    weight: float
    pass_threshold: float
    details: Any
    created_at: str = field(default_factory=now_iso)
    description: str | None = None
    label: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "runId": self.run_id,
            "automationId": self.automation_id,
            "evaluatorName": self.evaluator_name,
            "evaluatorType": self.evaluator_type,
            "score": self.score,
            "passed": self.passed,
            "label": self.label if self.label is not None else ("pass" if self.passed else "fail"),
            "weight": self.weight,
            "passThreshold": self.pass_threshold,
            "description": self.description,
            "details": self.details,
            "error": self.error,
            "createdAt": self.created_at,
        }


@dataclass
class ApiKey:
    """A bearer key the emulator accepts, and who it speaks for."""

    key: str
    key_id: str
    tenant_id: str = "ten_emulator"
    tenant_slug: str = "emulator"
    tenant_name: str | None = "Eigenpal Emulator"
    user_id: str | None = "usr_emulator"
    email: str | None = "dev@emulator.local"
    name: str | None = "Emulator key"
    scopes: list[str] = field(default_factory=lambda: ["*"])

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.user_id or "usr_unknown", "email": self.email or "unknown@emulator.local"}


@dataclass
class Limits:
    """Caps that keep the emulator's memory bounded."""

    runs: int = 5000
    files: int = 2000
    experiments: int = 500
    examples_per_automation: int = 2000
    archive_entries: int = 10_000
    """Entries a dataset ZIP may hold (its inflated size is bounded by the upload cap)."""
    records: int = 1000
    """Folders, templates, email servers, upload sessions and dataset review requests kept, of each."""


class Store:
    """Every object the emulator holds, by id."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.automations: dict[str, Automation] = {}
        self.files: Bounded[str, UploadedFile] = Bounded(limits.files)
        self.runs: Bounded[str, RunRecord] = Bounded(limits.runs)
        self.experiments: Bounded[str, Experiment] = Bounded(limits.experiments)
        self.scores: Bounded[str, list[EvalResultRecord]] = Bounded(limits.runs)
        self.last_closed: dict[str, float] = {}
        """When a review of each automation's runs was last closed (epoch seconds), by automation id."""

    def automation(self, ref: str) -> Automation | None:
        """An automation by id, rooted path (``workflows.finance.extract``) or rooted id (``workflows.wf_1``)."""
        if ref in self.automations:
            return self.automations[ref]
        root, _, rest = ref.partition(".")
        by_id = self.automations.get(rest)
        if by_id is not None and f"{by_id.type}s" == root:
            return by_id
        for automation in self.automations.values():
            if automation.alias == ref:
                return automation
        return None

    def add_automation(self, automation: Automation) -> Automation:
        automation.examples = Bounded(self.limits.examples_per_automation)
        self.automations[automation.id] = automation
        return automation

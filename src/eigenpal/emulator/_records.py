"""The records of the newer areas of the API: folders, templates, email servers, upload sessions and dataset
review requests. Each knows its wire JSON; ``Catalog`` holds them all, bounded like the ``Store``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ._sessions import UploadSession
from ._state import Bounded, Limits, StoredFile, UploadedFile, new_id, now_iso


@dataclass
class Folder:
    id: str
    type: str  # workflow | template
    name: str
    parent_id: str | None
    created_at: str = field(default_factory=now_iso)


@dataclass
class TemplateRevision:
    id: str
    number: int
    file: StoredFile
    created_at: str = field(default_factory=now_iso)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.file.content).hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "number": self.number, "sha256": self.sha256, "createdAt": self.created_at}


@dataclass
class Template:
    id: str
    name: str
    format: str  # docx | xlsx
    mime_type: str
    description: str | None
    revisions: list[TemplateRevision]
    tokens: list[dict[str, Any]]
    cleanup_proof: str | None = None
    """Set while the template is staged: the proof ``templates.staging`` needs to finalize or clean it up."""
    created_at: str = field(default_factory=now_iso)
    updated_at: str | None = None

    @property
    def current(self) -> TemplateRevision:
        return self.revisions[-1]

    def to_json(self) -> dict[str, Any]:
        current = self.current
        return {
            "id": self.id,
            "name": self.name,
            "filename": current.file.filename,
            "format": self.format,
            "mimeType": self.mime_type,
            "tokens": self.tokens,
            "grammar": {"syntax": "mustache", "tokenDiscovery": True, "capabilities": ["variables", "loops"]},
            "createdAt": self.created_at,
            "description": self.description,
            "size": current.file.size,
            "sha256": current.sha256,
            "currentRevision": current.to_json(),
            "updatedAt": self.updated_at,
        }


@dataclass(frozen=True)
class EmulatedModel:
    """A model the emulated tenant has: ``models.list`` lists it, and parser readiness uses the first configured
    model with the ``ocr`` and with the ``vision`` capability. An unconfigured one is listed but used by nothing."""

    id: str
    kind: str  # llm | ocr
    capabilities: tuple[str, ...]
    configured: bool = True
    label: str = ""

    def to_json(self, default_for: list[str]) -> dict[str, Any]:
        """The model as listed; ``default_for`` names the capabilities it is the tenant's default for."""
        return {
            "id": self.id,
            "kind": self.kind,
            "provider": "emulator",
            "label": self.label or self.id,
            "capabilities": list(self.capabilities),
            "configured": self.configured,
            "available": self.configured,
            "health": "configured" if self.configured else "unconfigured",
            "defaultFor": default_for,
            "location": "local",
            "aliases": [],
            "tags": ["emulated"],
            "cost": {"unit": "credits", "creditsPerPage": 0.0},
            "capabilityRank": 1,
        }


DEFAULT_MODELS = (
    EmulatedModel("emulator/text-vision", "llm", ("text", "vision"), label="Emulated language model"),
    EmulatedModel("emulator/ocr", "ocr", ("ocr",), label="Emulated OCR"),
)
"""A language model that reads text and images, and an OCR model: a parser that is ready."""


SECRETS = {"apiKey": "apiKeyConfigured", "password": "passwordConfigured", "caPem": "caPemConfigured"}
"""The secret fields of an email server and the flag that says one is set: a secret is never sent back."""
SETTINGS = {
    "resend": ("fromEmail", "fromName"),
    "smtp": ("fromEmail", "fromName", "host", "port", "security", "username"),
}
"""The fields each transport of an email server shows, besides its name, state and secret flags."""


@dataclass
class EmailServer:
    id: str
    name: str
    transport: str  # resend | smtp
    enabled: bool
    settings: dict[str, Any]
    secrets: dict[str, str]
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "enabled": self.enabled,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "transport": self.transport,
        }
        defaults = {"port": 587, "security": "starttls", "username": None}
        body.update({name: self.settings.get(name, defaults.get(name)) for name in SETTINGS[self.transport]})
        secrets = ("apiKey",) if self.transport == "resend" else ("password", "caPem")
        body.update({SECRETS[name]: bool(self.secrets.get(name)) for name in secrets})
        return body


@dataclass
class DatasetReviewItem:
    """One example under review: a snapshot of it when the request was made, and the reviewer's decision."""

    id: str
    review_id: str
    example_name: str
    input: dict[str, Any] | None
    expected: Any
    expected_files: list[str]
    metadata: dict[str, Any] | None
    status: str = "pending"  # pending | approved | edited | removed
    current_expected: Any = None
    field_decisions: dict[str, dict[str, Any]] = field(default_factory=dict)
    file_decisions: dict[str, dict[str, Any]] = field(default_factory=dict)
    edited_files: dict[str, UploadedFile] = field(default_factory=dict)
    """Expected files the reviewer uploaded (``edit-file``): path → the new bytes, kept with the item."""
    renamed_files: dict[str, str] = field(default_factory=dict)
    """Snapshot expected files an ``edit-file`` with ``newPath`` moved: new path → the snapshot's path."""
    input_hashes: dict[str, str] = field(default_factory=dict)
    """The snapshot's input files: path → sha256 of their bytes."""
    input_drifted: bool = False
    """Whether the example's input (JSON or files) changed since the snapshot; the handler keeps it so."""
    updated_by: str | None = None
    updated_at: str = field(default_factory=now_iso)

    def corrects(self, path: str) -> bool:
        """Whether the upload at ``path`` replaces a file of the snapshot (else it adds one)."""
        return path in self.expected_files or path in self.renamed_files

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reviewId": self.review_id,
            "exampleName": self.example_name,
            "snapshotInputJson": self.input,
            "snapshotExpectedJson": self.expected,
            "snapshotManifest": {
                "expectedFiles": [{"name": name} for name in self.expected_files],
                "metadata": self.metadata,
                "inputFileHashes": [{"path": p, "sha256": h} for p, h in sorted(self.input_hashes.items())],
            },
            "status": self.status,
            "currentExpectedJson": self.current_expected,
            "fieldDecisions": self.field_decisions,
            "currentExpectedFiles": [
                {
                    "path": path,
                    "fileId": uploaded.id,
                    "filename": uploaded.file.filename,
                    "origin": "corrected" if self.corrects(path) else "uploaded",
                }
                for path, uploaded in self.edited_files.items()
            ]
            or None,
            "fileDecisions": self.file_decisions,
            "inputDrifted": self.input_drifted,
            "updatedBy": self.updated_by,
            "updatedAt": self.updated_at,
        }


@dataclass
class DatasetReview:
    """A request to review some examples of an automation's dataset, item by item."""

    id: str
    automation_id: str
    automation_name: str
    title: str
    instructions: str | None
    focus_fields: list[dict[str, Any]]
    ignored_fields: list[str]
    status: str
    items: list[DatasetReviewItem]
    created_by: str | None
    events: list[dict[str, Any]] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    closed_at: str | None = None

    def progress(self) -> dict[str, Any]:
        counts = {status: 0 for status in ("pending", "approved", "edited", "removed")}
        for item in self.items:
            counts[item.status] += 1
        remaining = counts["pending"]
        return {"total": len(self.items), **counts, "remaining": remaining, "complete": remaining == 0}

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "automationId": self.automation_id,
            "title": self.title,
            "instructions": self.instructions,
            "focusFields": [{"path": f["path"], "reason": f.get("reason")} for f in self.focus_fields],
            "ignoredFields": self.ignored_fields,
            "status": self.status,
            "exampleNames": [item.example_name for item in self.items],
            "progress": self.progress(),
            "createdBy": self.created_by,
            "createdAt": self.created_at,
            "closedAt": self.closed_at,
        }

    def detail_json(self) -> dict[str, Any]:
        return {**self.to_json(), "items": [i.to_json() for i in self.items], "events": self.events}


class Catalog:
    """Every record of the newer areas, by id; each kind keeps at most ``Limits.records``."""

    def __init__(self, limits: Limits) -> None:
        self.folders: Bounded[str, Folder] = Bounded(limits.records)
        self.templates: Bounded[str, Template] = Bounded(limits.records)
        self.email_servers: Bounded[str, EmailServer] = Bounded(limits.records)
        self.uploads: Bounded[str, UploadSession] = Bounded(limits.records)
        self.upload_keys: Bounded[tuple[str, str], str] = Bounded(limits.records)
        """Upload sessions by (API key id, idempotency key), so a replayed create answers the same one."""
        self.dataset_reviews: Bounded[str, DatasetReview] = Bounded(limits.records)

    def folder_path(self, folder: Folder) -> str:
        """The folder's path of names from the root (``finance/invoices``)."""
        names: list[str] = []
        seen: set[str] = set()
        current: Folder | None = folder
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(current.name)
            current = self.folders.get(current.parent_id or "")
        return "/".join(reversed(names))

    def find_path(self, kind: str, path: str) -> Folder | None:
        """The ``kind`` folder at ``path`` (names from the root), if there is one."""
        return next(
            (f for f in self.folders.values() if f.type == kind and self.folder_path(f) == path), None
        )

    def ensure_path(self, kind: str, path: str) -> Folder | None:
        """The ``kind`` folder at ``path``, made with its missing parents; ``None`` for the root (``""``)."""
        parent: Folder | None = None
        for depth, name in enumerate(path.split("/") if path else []):
            found = self.find_path(kind, "/".join(path.split("/")[: depth + 1]))
            if found is None:
                found = Folder(new_id("fld"), kind, name, parent.id if parent else None)
                self.folders[found.id] = found
            parent = found
        return parent

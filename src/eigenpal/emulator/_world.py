"""The emulated service's behaviour: seeded automations, run execution, evaluators and experiments."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from ._errors import ApiError, Issue, fail, not_found
from ._human import REVIEW_INVOICE, HumanReviews, HumanReviewStep, review_invoice
from ._records import DEFAULT_MODELS, Catalog, EmulatedModel
from ._state import (
    ApiKey,
    Automation,
    DatasetExample,
    EvalResultRecord,
    Experiment,
    Limits,
    RunRecord,
    Store,
    StoredFile,
    new_id,
    now_iso,
)
from ._storage import Storage
from ._webhooks import WebhookSender


@dataclass
class Output:
    """What a behaviour returns when it produces files as well as JSON: ``Output({"total": 3}, {"a.pdf": b"..."})``."""

    output: dict[str, Any]
    files: Mapping[str, bytes | StoredFile] = field(default_factory=dict)


Behaviour = Callable[[dict[str, Any], dict[str, list[StoredFile]]], "dict[str, Any] | Output"]

DEFAULT_EVALUATORS = """\
# Score each run's output against the example's expected output.
passThreshold: 1.0
evaluators:
  - name: exact_output
    type: exact_match
"""
EVALUATOR_TYPES = {"exact_match", "json_field_match"}


def default_behaviour(input: dict[str, Any], files: dict[str, list[StoredFile]]) -> Output:
    """Accept any JSON and files; answer deterministically from them, with one output file."""
    described = {
        key: [
            {"filename": f.filename, "size": f.size, "sha256": hashlib.sha256(f.content).hexdigest()[:16]}
            for f in values
        ]
        for key, values in sorted(files.items())
    }
    output = {"input": input, "fields": sorted(input), "files": described}
    summary = json.dumps(output, sort_keys=True, indent=2).encode()
    return Output(output, {"summary.json": StoredFile("summary.json", summary, "application/json")})


DEFAULT_BODY_LIMIT = int(4.5 * 1024 * 1024)
"""The cloud's request-body limit (its functions' ~4.5 MiB)."""


@dataclass
class Config:
    """How the emulator behaves; every field has a test-friendly default."""

    api_key: str = "ep_test_emulator"
    latency: float = 0.05
    """Seconds from a run's creation to its end (split over pending, running and finishing)."""
    max_upload_bytes: int = 512 * 1024 * 1024
    """Largest request body, and largest total a dataset archive may inflate to."""
    rate_limit: tuple[int, float] | None = None
    """(requests, per seconds) per key; ``None`` for no limit."""
    validate_responses: bool = True
    """Test mode: check every response against the spec; violations answer 500 and are recorded."""
    max_wait_seconds: float = 600.0
    limits: Limits = field(default_factory=Limits)
    admin_requires_key: bool = False
    """Whether the ``/_emulator/faults`` control routes need the API key too (on when it was configured)."""
    header_timeout: float = 10.0
    """Seconds a client has to send a request's head before its connection is closed."""
    models: tuple[EmulatedModel, ...] = DEFAULT_MODELS
    """The tenant's models: ``models.list`` and parser readiness (no configured OCR or vision model: not ready)."""
    body_limit: int | None = DEFAULT_BODY_LIMIT
    """Largest request body the API routes take (413 past it), as the cloud's ~4.5 MiB function limit;
    ``None`` for none (a self-hosted service). The storage origin has no such limit."""
    upload_transport: str = "auto"
    """How upload sessions move bytes: ``auto`` (one presigned PUT up to ``presigned_put_max_bytes``,
    presigned multipart parts above), or always ``multipart``, ``presigned-put``, ``presigned-multipart``
    or ``http-chunked``."""
    presigned_put_max_bytes: int = 32 * 1024 * 1024
    """Largest file ``auto`` sends as one presigned PUT."""
    part_bytes: int = 8 * 1024 * 1024
    """Size of a presigned multipart upload's parts (more when a file would need over 10,000)."""
    redirect_downloads: bool = True
    """Whether downloads whose operation declares a 302 redirect to a signed storage URL, as the cloud's do."""
    presign_seconds: int = 900
    """How long a signed storage URL is valid."""


class World:
    """The service state plus the engine that moves runs and experiments forward."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.store = Store(config.limits)
        self.catalog = Catalog(config.limits)
        self.keys: dict[str, ApiKey] = {config.api_key: ApiKey(config.api_key, "key_emulator")}
        self.behaviours: dict[str, Behaviour] = {}
        self.human = HumanReviews(config.limits.records)
        self.tasks: set[asyncio.Task[Any]] = set()
        self.violations: list[str] = []
        self.largest_request_body = 0
        """The most bytes any request to the API routes carried (the storage origin's are not counted)."""
        self.storage = Storage(config.presign_seconds, config.limits.records)
        self.field_reads: dict[tuple[str, str], set[str]] = {}
        """Test mode: the query and body keys each operation's handler looked up, by (operationId, where)."""
        self.webhooks: WebhookSender | None = None
        """Sends ``run.created`` and ``run.status_changed`` when the emulator has a ``webhook_url``."""
        self._seed()

    # ---- automations ----------------------------------------------------------------------
    def _seed(self) -> None:
        created = now_iso()
        self.register_automation(
            Automation(
                "wf_extract_invoice",
                "workflow",
                "extract-invoice",
                "Extract invoice",
                "Extracts supplier, totals and line items from an invoice document.",
                ["v1", "v2", "v3"],
                created,
                evaluator_yaml=DEFAULT_EVALUATORS,
                input_schema={"type": "object", "additionalProperties": True},
                output_schema={"type": "object", "additionalProperties": True},
            )
        )
        self.register_automation(
            Automation(
                "wf_finance_extract_invoice",
                "workflow",
                "finance/extract-invoice",
                "Extract invoice (finance)",
                "The finance team's invoice extraction, in the folder finance.",
                ["v1"],
                created,
                evaluator_yaml=DEFAULT_EVALUATORS,
            )
        )
        self.register_automation(
            Automation(
                "wf_classify_document",
                "workflow",
                "classify-document",
                "Classify document",
                "Classifies an incoming document by type.",
                ["v1"],
                created,
                triggers={"api": False, "email": False, "manual": True, "cron": False},
                evaluator_yaml=DEFAULT_EVALUATORS,
            )
        )
        self.register_automation(
            Automation(
                "ag_invoice_agent",
                "agent",
                "invoice-agent",
                "Invoice agent",
                "A Git-backed agent that reconciles invoices against purchase orders.",
                ["v1", "v2"],
                created,
                evaluator_yaml=DEFAULT_EVALUATORS,
            )
        )
        review = self.register_automation(
            Automation(
                "wf_review_invoice",
                "workflow",
                "review-invoice",
                "Extract invoice with review",
                "Extracts supplier, total and currency; a person confirms the fields it is unsure of.",
                ["v1"],
                created,
                evaluator_yaml=DEFAULT_EVALUATORS,
            )
        )
        self.behaviours[review.alias] = review_invoice
        self.human.steps[review.id] = REVIEW_INVOICE

    def automation(self, ref: str, field_name: str = "id") -> Automation:
        automation = self.store.automation(ref)
        if automation is None:
            message = (
                f"Automation {ref!r} not found: no workflow or agent has this id or path "
                "(one moved to another folder runs at its new path; list automations to find it)"
            )
            raise fail(404, field_name, message, "not_found")
        return automation

    def add_automation(
        self,
        alias: str,
        *,
        name: str | None = None,
        versions: list[str] | None = None,
        api_trigger: bool = True,
        human_review: HumanReviewStep | None = None,
    ) -> Automation:
        """Register an automation; with ``human_review`` each of its runs waits for a person to confirm
        the fields of its output (see ``HumanReviewStep``)."""
        kind, _, path = alias.partition(".")
        if kind not in ("workflows", "agents") or not path or "" in path.split("."):
            raise ValueError(
                f"alias must look like workflows.<slug> or agents.<folder>.<slug>, got {alias!r}"
            )
        slug = path.replace(".", "/")
        automation = Automation(
            f"{kind[:2]}_{re.sub('[^A-Za-z0-9]', '_', path)}",
            kind[:-1],
            slug,
            name or path.rsplit(".", 1)[-1].replace("-", " ").capitalize(),
            "",
            versions or ["v1"],
            now_iso(),
            evaluator_yaml=DEFAULT_EVALUATORS,
        )
        automation.triggers["api"] = api_trigger
        if human_review is not None:
            self.human.steps[automation.id] = human_review
        return self.register_automation(automation)

    def register_automation(self, automation: Automation) -> Automation:
        """Store ``automation``, with the folders of its path (automations live in ``workflow`` folders)."""
        self.catalog.ensure_path("workflow", automation.folder_path)
        return self.store.add_automation(automation)

    def folder_id(self, automation: Automation) -> str | None:
        """The id of the folder ``automation`` lives in, ``None`` at the root."""
        folder = (
            self.catalog.find_path("workflow", automation.folder_path) if automation.folder_path else None
        )
        return folder.id if folder else None

    # ---- runs -------------------------------------------------------------------------------
    def run(self, run_id: str) -> RunRecord:
        run = self.store.runs.get(run_id)
        if run is None:
            raise not_found("Run", run_id)
        return run

    def start_run(
        self,
        automation: Automation,
        *,
        version: str | None,
        trigger: str,
        input: dict[str, Any],
        input_files: dict[str, list[StoredFile]],
        metadata: dict[str, Any] | None = None,
        overrides: dict[str, Any] | None = None,
        batch_id: str | None = None,
        example: DatasetExample | None = None,
    ) -> RunRecord:
        if automation.deleted:
            message = f"{automation.alias} was deleted: its runs stay readable, none can start"
            raise fail(404, "id", message, "not_found")
        run = RunRecord(
            id=new_id("run"),
            automation=automation,
            version=self.resolve_version(automation, version, "version"),
            trigger=trigger,
            input=input,
            input_files=input_files,
            metadata=metadata or {},
            overrides=overrides or {},
            created=time.time(),
            batch_id=batch_id,
            example_id=example.id if example else None,
            example_name=example.name if example else None,
        )
        run.event("run.created", "Run created")
        self.store.runs[run.id] = run
        if self.webhooks is not None:
            self.webhooks.created(run)
        if example is not None:
            example.latest_run_id = run.id
        self.spawn(self._execute(run))
        return run

    def resolve_version(self, automation: Automation, ref: str | None, field_name: str) -> str:
        """The label of the version a run of ``ref`` executes: the current one for none or ``latest``, else the
        version with that label or id; 404 naming ``field_name`` when there is none."""
        if ref in (None, "latest"):
            return automation.current_version
        label = automation.find_version(ref)
        if label is None:
            known = ", ".join(automation.versions)
            message = f"Version {ref!r} of {automation.alias} not found; it has {known} (by label or id)"
            raise fail(404, field_name, message, "not_found")
        return label

    def behaviour_for(self, run: RunRecord) -> Behaviour:
        """What a run executes: its version's constant ``output`` when the definition sets one, else the
        behaviour registered for the automation's path, else ``default_behaviour``."""
        constant = run.automation.definitions.get(run.version, {}).get("output")
        if isinstance(constant, dict):
            return lambda _input, _files: Output(dict(constant))
        return self.behaviours.get(run.automation.alias, default_behaviour)

    def spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _execute(self, run: RunRecord) -> None:
        step = self.config.latency / 3
        await asyncio.sleep(0)
        self._set_status(run, "pending")
        await asyncio.sleep(step)
        if run.cancel_requested:
            return self._finish(run, "cancelled", error="Run cancelled")
        run.started = time.time()
        self._set_status(run, "running")
        run.trace.append(
            {
                "type": "phase",
                "phase": "execute",
                "stepName": "run",
                "status": "running",
                "startedAt": now_iso(run.started),
                "completedAt": None,
            }
        )
        behaviour = self.behaviour_for(run)
        try:
            arguments = (dict(run.input), {k: list(v) for k, v in run.input_files.items()})
            if inspect.iscoroutinefunction(behaviour):
                result = await behaviour(*arguments)
            else:  # a blocking behaviour runs in a worker thread, never on the server's loop
                result = await asyncio.to_thread(behaviour, *arguments)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:  # a behaviour's failure is the run's failure
            await asyncio.sleep(step)
            return self._finish(run, "failed", error=f"{type(exc).__name__}: {exc}")
        await asyncio.sleep(step)
        if run.cancel_requested:
            return self._finish(run, "cancelled", error="Run cancelled")
        output = result if isinstance(result, Output) else Output(dict(result))
        step_config = self.human.steps.get(run.automation.id)
        if step_config is not None:
            draft = await self._hold_for_review(run, output.output, step_config)
            if draft is None:
                return None
            output = Output(draft, output.files)
        run.output = output.output
        for name, content in output.files.items():
            stored = content if isinstance(content, StoredFile) else StoredFile(name, content, None)
            run.output_files[name] = StoredFile(name, stored.content, stored.content_type)
        self._finish(run, "completed")

    async def _hold_for_review(
        self, run: RunRecord, machine: dict[str, Any], step: HumanReviewStep
    ) -> dict[str, Any] | None:
        """Hold ``run`` in ``waiting`` with a task open until a person decides it. The approved values
        (the run resumes); ``None`` when the run ended instead (rejected, or cancelled by ``cancel_run``)."""
        try:
            task = self.human.open(run, machine, step)
        except Exception as exc:  # a step's confidences function failing is the run's failure
            self._finish(run, "failed", error=f"{type(exc).__name__}: {exc}")
            return None
        self._set_status(run, "waiting")
        await task.decided.wait()
        if task.status == "rejected":
            self._finish(run, "rejected", error=f"Rejected in human review: {task.outcome_reason}")
        if task.status != "approved":
            return None
        self._set_status(run, "running")
        await asyncio.sleep(self.config.latency / 3)
        if run.cancel_requested:
            self._finish(run, "cancelled", error="Run cancelled")
            return None
        return task.draft()

    def _set_status(self, run: RunRecord, status: str) -> None:
        previous, run.status = run.status, status
        if run.finished or status == "waiting":
            run.settled.set()
        else:
            run.settled.clear()
        run.event(f"run.{status}", f"Run {status}")
        if self.webhooks is not None and previous != status:
            self.webhooks.status_changed(run, previous)

    def _finish(self, run: RunRecord, status: str, error: str | None = None) -> None:
        run.completed = time.time()
        run.error = error
        run.steps = [
            {
                "id": f"step_{run.id.removeprefix('run_')}_1",
                "name": "run",
                "status": status,
                "startedAt": now_iso(run.started) if run.started else None,
                "completedAt": now_iso(run.completed),
                "error": error,
            }
        ]
        run.trace.append(
            {
                "type": "phase",
                "phase": "finish",
                "stepName": "run",
                "status": status,
                "startedAt": now_iso(run.started or run.created),
                "completedAt": now_iso(run.completed),
                "message": error,
            }
        )
        self._set_status(run, status)
        if run.batch_id:
            self.score_run(run)
        run.done.set()

    def cancel_run(self, run: RunRecord) -> str:
        """Request cancellation; answer the cancellation state."""
        if run.finished:
            return "already_terminal"
        run.cancel_requested = time.time()
        if run.status == "waiting" and run.human_task is not None:
            run.human_task.cancel()
        if run.status in ("created", "pending", "waiting"):
            self._finish(run, "cancelled", error="Run cancelled")
            return "cancelled"
        return "requested"

    async def wait(self, run: RunRecord, seconds: float) -> bool:
        """Hold until the run is terminal or waits for a person, or ``seconds`` pass; whether it is."""
        if not run.settled.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(run.settled.wait(), timeout=min(seconds, self.config.max_wait_seconds))
        return run.settled.is_set()

    # ---- evaluation ------------------------------------------------------------------------------
    def parse_evaluators(self, text: str) -> dict[str, Any]:
        """Validate evaluator YAML; raise a 400 naming what is wrong."""
        config = load_yaml(text, "Evaluator YAML")
        if (
            not isinstance(config, dict)
            or not isinstance(config.get("evaluators"), list)
            or not config["evaluators"]
        ):
            raise fail(400, "yaml", "Evaluator YAML must be a mapping with a non-empty `evaluators` list")
        issues = []
        threshold = config.get("passThreshold", 1.0)
        if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
            issues.append(Issue("yaml.passThreshold", "passThreshold must be a number from 0 to 1"))
        names = set()
        for index, evaluator in enumerate(config["evaluators"]):
            where = f"yaml.evaluators.{index}"
            if not isinstance(evaluator, dict):
                issues.append(Issue(where, "Each evaluator must be a mapping"))
                continue
            if not isinstance(evaluator.get("name"), str) or not evaluator["name"]:
                issues.append(Issue(f"{where}.name", "Each evaluator needs a name"))
            elif evaluator["name"] in names:
                issues.append(Issue(f"{where}.name", f"Duplicate evaluator name {evaluator['name']!r}"))
            names.add(evaluator.get("name"))
            if evaluator.get("type") not in EVALUATOR_TYPES:
                issues.append(
                    Issue(
                        f"{where}.type",
                        f"Unknown evaluator type {evaluator.get('type')!r}; use one of {sorted(EVALUATOR_TYPES)}",
                    )
                )
            if evaluator.get("type") == "json_field_match" and not isinstance(evaluator.get("field"), str):
                issues.append(
                    Issue(f"{where}.field", "json_field_match needs `field`, a dotted path into the output")
                )
            if not isinstance(evaluator.get("description", ""), (str, type(None))):
                issues.append(Issue(f"{where}.description", "description must be text"))
            weight = evaluator.get("weight", 1)
            if not isinstance(weight, (int, float)) or weight <= 0:
                issues.append(Issue(f"{where}.weight", "weight must be a positive number"))
        if issues:
            raise ApiError(400, issues)
        return {"evaluators": config["evaluators"], "passThreshold": float(threshold)}

    def score_run(self, run: RunRecord) -> list[EvalResultRecord]:
        """Score a finished run against its dataset example with the automation's evaluators."""
        example = run.automation.examples.get(run.example_id or "")
        config = self.parse_evaluators(run.automation.evaluator_yaml)
        expected = example.expected if example else None
        results = []
        total_weight = weighted = 0.0
        for evaluator in config["evaluators"]:
            weight = float(evaluator.get("weight", 1))
            details: dict[str, Any]
            if run.status != "completed":
                score, details = 0.0, {"reason": f"run {run.status}"}
            elif evaluator["type"] == "exact_match":
                score = 1.0 if run.output == expected else 0.0
                details = {"expected": expected, "actual": run.output}
            else:
                actual_value = _dig(run.output, evaluator["field"])
                expected_value = _dig(expected, evaluator["field"])
                score = 1.0 if actual_value == expected_value and expected_value is not _MISSING else 0.0
                details = {
                    "field": evaluator["field"],
                    "expected": None if expected_value is _MISSING else expected_value,
                    "actual": None if actual_value is _MISSING else actual_value,
                }
            total_weight += weight
            weighted += score * weight
            results.append(
                EvalResultRecord(
                    new_id("eval"),
                    run.id,
                    run.automation.id,
                    evaluator["name"],
                    evaluator["type"],
                    score,
                    score >= config["passThreshold"],
                    weight,
                    config["passThreshold"],
                    details,
                    description=evaluator.get("description"),
                )
            )
        run.score = weighted / total_weight if total_weight else 0.0
        run.passed = run.score >= config["passThreshold"]
        self.store.scores[run.id] = results
        return results

    def start_experiment(
        self,
        automation: Automation,
        example_ids: list[str] | None,
        concurrency: int | None,
        source_ref: str | None,
    ) -> Experiment:
        version = self.resolve_version(automation, source_ref, "sourceRef")
        if example_ids is None:
            examples = list(automation.examples.values())
        else:
            missing = [e for e in example_ids if e not in automation.examples]
            if missing:
                raise fail(404, "examples", f"Dataset examples not found: {', '.join(missing)}", "not_found")
            examples = [automation.examples[e] for e in example_ids]
        if not examples:
            raise fail(400, "examples", f"The dataset of {automation.alias} has no examples to run")
        experiment = Experiment(new_id("exp"), automation, version, [], now_iso())
        self.store.experiments[experiment.id] = experiment
        runs = [
            self.start_run(
                automation,
                version=experiment.version,
                trigger="experiment",
                input=dict(example.input or {}),
                input_files=example_input_files(example),
                overrides=example.overrides,
                batch_id=experiment.id,
                example=example,
            )
            for example in examples
        ]
        experiment.run_ids = [run.id for run in runs]
        experiment.status = "running"
        self.spawn(self._finish_experiment(experiment, runs))
        del concurrency  # every example runs at once here; the service bounds concurrency server-side
        return experiment

    async def _finish_experiment(self, experiment: Experiment, runs: list[RunRecord]) -> None:
        await asyncio.gather(*(run.done.wait() for run in runs))
        experiment.status = "completed"
        experiment.completed_at = now_iso()

    def cancel_experiment(self, experiment: Experiment) -> None:
        experiment.cancelled = True
        for run_id in experiment.run_ids:
            run = self.store.runs.get(run_id)
            if run is not None:
                self.cancel_run(run)


MAX_YAML_NESTING = 100
"""Deepest nesting read from evaluator YAML: PyYAML takes quadratic time to refuse deep flow nesting
(``[[[…]]]``), so deeper text is refused before it is parsed."""


def load_yaml(text: str, what: str) -> Any:
    """YAML sent as the ``yaml`` field, parsed; a 400 naming ``yaml`` when it is invalid or nests deeper
    than ``MAX_YAML_NESTING`` (checked before parsing, so a hostile document costs nothing)."""
    if _nesting(text) > MAX_YAML_NESTING:
        raise fail(400, "yaml", f"{what} nests too deeply")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise fail(400, "yaml", f"Invalid YAML: {exc}".splitlines()[0]) from exc
    except RecursionError:
        raise fail(400, "yaml", f"{what} nests too deeply") from None


def _nesting(text: str) -> int:
    """How deep YAML text nests at most: open flow brackets, or indentation columns over two."""
    depth = deepest = 0
    for character in text:
        if character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    indent = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    return max(deepest, indent // 2)


def example_input_files(example: DatasetExample) -> dict[str, list[StoredFile]]:
    """An example's input folder as run file inputs: ``contract/a.pdf`` feeds input ``contract``,
    a top-level ``a.pdf`` feeds input ``a``."""
    files: dict[str, list[StoredFile]] = {}
    for path, stored in sorted(example.input_files.items()):
        key = path.split("/", 1)[0] if "/" in path else path.rsplit(".", 1)[0]
        files.setdefault(key, []).append(stored)
    return files


_MISSING = object()


def _dig(value: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value

"""What each command does: one handler per command, over the blocking client.

Handlers take the parsed arguments, call the SDK, and print with ``show`` (a human view, or the wire
JSON with ``--json``). Failures are raised (``CliError`` or the SDK's errors) and reported by ``run_command``.
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _views as views
from ._args import collect_inputs, query_rule
from ._automations import known_automation
from ._messages import CliError, Hint, usage_error
from ._output import Printer, ProgressBar, note, print_json, to_jsonable
from ._waits import experiment_hints, run_hints, wait_for_experiment, wait_for_run

if TYPE_CHECKING:
    from .. import EigenpalClient
    from .._generated.models import Run, RunAccepted
    from ..lifecycle import ReviewQueue

Handler = Callable[[argparse.Namespace], None]


def client_for(args: argparse.Namespace) -> EigenpalClient:
    from .. import EigenpalClient

    return EigenpalClient(api_key=args.api_key, base_url=args.base_url, timeout_seconds=args.timeout)


def show(args: argparse.Namespace, value: Any, view: views.View = views.fields) -> None:
    """The wire JSON with ``--json``, else the human view."""
    data = to_jsonable(value)
    if args.json:
        print_json(data)
    else:
        view(data, Printer(wide=args.wide))


def suggest_next(args: argparse.Namespace, hints: Sequence[Hint]) -> None:
    """Commands worth running next, on stderr, for a person (not with ``--json``)."""
    if not args.json:
        for what, command in hints:
            note(f"{what}: {command}")


# ---- run and runs -----------------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> None:
    client = client_for(args)
    inputs = collect_inputs(args.inputs, args.input, args.file)
    with ProgressBar("upload") as bar:
        started = client.run(args.target, inputs, version=args.version, trigger="cli", progress=bar)
    _follow(args, client, started)


def _follow(args: argparse.Namespace, client: EigenpalClient, started: Run | RunAccepted) -> None:
    """A run just started: waited for with ``--wait``, else shown with the command that waits for it."""
    hints = run_hints(started.id, args)
    if args.wait:
        show(args, wait_for_run(client, started.id, args.wait_timeout, hints), views.run)
    else:
        show(args, started, views.run)
        suggest_next(args, hints[:1])


def cmd_runs_list(args: argparse.Namespace) -> None:
    client = client_for(args)
    source = known_automation(client, args.automation) if args.automation else None
    page = client.runs.list(
        source=source, status=args.status, limit=args.limit, feedback_status=args.feedback_status,
        feedback_rating=args.feedback_rating, no_feedback=args.no_feedback or None,
        has_feedback=args.has_feedback or None,
    )  # fmt: skip
    found = list(page.iter_all()) if args.all else list(page)
    show(args, found, views.runs)
    if not args.all and page.has_next_page():
        most = query_rule("runs.list", "limit")["maximum"]
        note(f"more runs exist: raise --limit (at most {most}) or pass --all to list every page")


def cmd_runs_get(args: argparse.Namespace) -> None:
    show(args, client_for(args).runs.get(args.run_id, expand=args.expand), views.run)


def cmd_runs_wait(args: argparse.Namespace) -> None:
    hints = run_hints(args.run_id, args)
    show(args, wait_for_run(client_for(args), args.run_id, args.wait_timeout, hints), views.run)


def cmd_run_detail(fetch: Callable[[EigenpalClient, str], Any], view: views.View) -> Handler:
    """A command that reads one thing about a run (``runs steps``, ``runs usage``, …)."""

    def handler(args: argparse.Namespace) -> None:
        show(args, fetch(client_for(args), args.run_id), view)

    return handler


def cmd_runs_rerun(args: argparse.Namespace) -> None:
    client = client_for(args)
    started = client.rerun(args.run_id, version=args.version)
    _follow(args, client, started)


def cmd_artifacts_list(args: argparse.Namespace) -> None:
    show(args, client_for(args).runs.artifacts.list(args.run_id), views.artifacts)


def cmd_artifacts_download(args: argparse.Namespace) -> None:
    target = args.output or Path(args.path).name
    with ProgressBar(f"download {args.path}") as bar:
        written = client_for(args).runs.artifacts.download(args.run_id, args.path, to=target, progress=bar)
    show(args, {"path": str(target), "bytes": written})


# ---- review -----------------------------------------------------------------------------------------------
def _queue_of_run(client: EigenpalClient, run_id: str) -> ReviewQueue:
    """The review queue of the run's automation (which also checks that the run exists)."""
    from ..lifecycle import ReviewQueue

    return ReviewQueue(client, client.runs.get(run_id).source.id)


def cmd_review_queue(args: argparse.Namespace) -> None:
    from ..lifecycle import ReviewQueue

    client = client_for(args)
    queue = ReviewQueue(client, known_automation(client, args.automation), rate=args.rate)
    pending = queue.pending()
    found = list(itertools.islice(pending, args.limit))
    show(args, found, views.runs)
    if args.limit and next(pending, None) is not None:
        note("more runs need review: raise --limit, or leave it out to list them all")


def cmd_review_verdict(verdict: str) -> Handler:
    def handler(args: argparse.Namespace) -> None:
        queue = _queue_of_run(client_for(args), args.run_id)
        if verdict == "pass":
            detail = queue.pass_(args.run_id, note=args.note)
        else:
            judge = queue.fail if verdict == "fail" else queue.partial
            detail = judge(args.run_id, expected=args.expected, files=args.file, note=args.note)
        show(args, detail, views.feedback)

    return handler


def cmd_promote(args: argparse.Namespace) -> None:
    client = client_for(args)
    queue = _queue_of_run(client, args.run_id)
    if not args.force:
        _refuse_promoted_twice(client, args.run_id)
    promoted = queue.promote(
        args.run_id, name=args.name or args.run_id, allow_without_expected=args.allow_without_expected
    )
    show(args, promoted)


def _refuse_promoted_twice(client: EigenpalClient, run_id: str) -> None:
    """A second promotion would add an identical example; the run's feedback names the first one."""
    feedback = client.runs.feedback.get(run_id).feedback
    if feedback is not None and feedback.promoted_example_name:
        raise usage_error(
            f"run {run_id} was already promoted to the example {feedback.promoted_example_name!r}.",
            [("promote it again", f"eigenpal promote {run_id} --force")],
        )


# ---- experiments, auth --------------------------------------------------------------------------------------
def cmd_experiments_create(args: argparse.Namespace) -> None:
    from .._generated.types import UNSET

    client = client_for(args)
    automation = known_automation(client, args.automation)
    created = client.automations.experiments.create(automation, examples=args.example or UNSET)
    hints = experiment_hints(args.automation, created.id, args)
    if args.wait:
        detail = wait_for_experiment(client, automation, created.id, args.wait_timeout, hints)
        show(args, detail, views.experiment)
        return
    show(args, created)
    suggest_next(args, hints)


def cmd_experiments_get(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    show(args, client.automations.experiments.get(automation, args.experiment_id), views.experiment)


def cmd_experiments_wait(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    hints = experiment_hints(args.automation, args.experiment_id, args)
    detail = wait_for_experiment(client, automation, args.experiment_id, args.wait_timeout, hints)
    show(args, detail, views.experiment)


def cmd_experiments_export(args: argparse.Namespace) -> None:
    client = client_for(args)
    automation = known_automation(client, args.automation)
    text = client.automations.experiments.export(automation, args.experiment_id, format=args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_auth_check(args: argparse.Namespace) -> None:
    show(args, client_for(args).auth.check())


# ---- emulator -----------------------------------------------------------------------------------------------
def cmd_emulator(args: argparse.Namespace) -> None:
    """Serve the emulator until Ctrl-C or SIGTERM; stdout gets ``export`` lines to paste into a shell."""
    try:
        from ..emulator import Emulator
        from ..emulator._server import new_api_key
    except ImportError as error:
        raise CliError(str(error)) from None
    # A key is always set: other programs on this machine can reach the server.
    emulator = Emulator(
        host=args.host, port=args.port, api_key=args.api_key or new_api_key(), latency=args.latency
    )
    try:
        emulator.start()
    except OSError as error:
        raise CliError(
            f"cannot listen on {args.host}:{args.port}: {error.strerror or error}",
            hints=[("pick a free port", "eigenpal emulator --port 0")],
        ) from None
    try:
        note(f"Eigenpal emulator listening on {emulator.url} (Ctrl-C stops it)")
        print(f"export EIGENPAL_BASE_URL={shlex.quote(emulator.url)}")
        print(f"export EIGENPAL_API_KEY={shlex.quote(emulator.api_key)}", flush=True)
        _serve_until_stopped()
    finally:
        emulator.stop()


def _serve_until_stopped() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        return

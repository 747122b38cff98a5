"""The commands of the ``eigenpal`` command line, built with argparse (standard library only)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._errors import EigenpalError, EigenpalUsageError
from . import EXIT_API_ERROR, EXIT_OK, EXIT_USAGE
from ._output import ProgressBar, print_fields, print_json, print_table

Handler = Callable[[argparse.Namespace], Any]


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with code 2 and a hint, as argparse does, but through our return path."""

    def error(self, message: str) -> Any:
        raise _UsageExit(f"{self.prog}: {message}\n(run `{self.prog} --help` for usage)")


class _UsageExit(Exception):
    pass


def _client(args: argparse.Namespace) -> Any:
    from .. import EigenpalClient

    return EigenpalClient(api_key=args.api_key, base_url=args.base_url, timeout_seconds=args.timeout)


def _values(operation: str, parameter: str) -> list[str]:
    """A query parameter's allowed values, from the spec (``eigenpal._generated.rules``)."""
    from .._generated.rules import QUERY_RULES

    return list(QUERY_RULES[operation][parameter]["values"])


def _key_values(pairs: list[str], option: str) -> dict[str, str]:
    found = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise EigenpalUsageError(f"{option} {pair!r}: expected KEY=VALUE.")
        found[key] = value
    return found


def _parse_value(text: str) -> Any:
    """``--input`` values: JSON when they parse (numbers, true, objects), text otherwise."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _show(
    args: argparse.Namespace,
    value: Any,
    rows: Callable[[Any], tuple[list[list[Any]], list[str]]] | None = None,
) -> None:
    if args.json:
        print_json(value)
    elif rows is not None:
        table, headers = rows(value)
        print_table(table, headers)
    else:
        print_fields(value)


# ---- run and runs ---------------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> Any:
    client = _client(args)
    inputs: dict[str, Any] = {k: _parse_value(v) for k, v in _key_values(args.input, "--input").items()}
    if args.input_json:
        inputs.update(
            json.loads(Path(args.input_json).read_text())
            if Path(args.input_json).is_file()
            else json.loads(args.input_json)
        )
    for key, path in _key_values(args.file, "--file").items():
        inputs.setdefault(key, [])
        inputs[key] = (
            [*inputs[key], Path(path)] if isinstance(inputs[key], list) else [inputs[key], Path(path)]
        )
    inputs = {
        k: v[0] if isinstance(v, list) and len(v) == 1 and isinstance(v[0], Path) else v
        for k, v in inputs.items()
    }
    bar = ProgressBar("upload")
    if args.wait:
        waiting = ProgressBar("waiting")
        waiting.tick("for the run to finish…")
        run = client.run_and_wait(
            args.target, inputs, version=args.version, timeout_seconds=args.wait_timeout, progress=bar
        )
        waiting.finish()
    else:
        run = client.run(args.target, inputs, version=args.version, progress=bar)
    bar.finish()
    _show(args, run)
    return run


def _run_rows(page: Any) -> tuple[list[list[Any]], list[str]]:
    rows = [
        [run.id, run.type_, run.execution.status, run.source.slug, run.source.version, run.timing.created_at]
        for run in page
    ]
    return rows, ["id", "type", "status", "automation", "version", "created"]


def cmd_runs_list(args: argparse.Namespace) -> Any:
    client = _client(args)
    page = client.runs.list(
        source=args.automation, status=args.status, limit=args.limit, feedback_status=args.feedback_status,
        feedback_rating=args.feedback_rating, no_feedback=args.no_feedback or None, has_feedback=args.has_feedback or None,
    )  # fmt: skip
    runs = list(page.iter_all()) if args.all else list(page)
    _show(args, runs, lambda value: _run_rows(value))
    return runs


def cmd_runs_get(args: argparse.Namespace) -> Any:
    run = _client(args).runs.get(args.run_id, expand=args.expand.split(",") if args.expand else None)
    _show(args, run)
    return run


def cmd_runs_simple(method: str) -> Handler:
    def handler(args: argparse.Namespace) -> Any:
        value = getattr(_client(args).runs, method)(args.run_id)
        _show(args, value)
        return value

    return handler


def cmd_runs_rerun(args: argparse.Namespace) -> Any:
    run = _client(args).rerun(args.run_id, version=args.version, wait_for_completion=args.wait_for)
    _show(args, run)
    return run


def cmd_runs_trace(args: argparse.Namespace) -> Any:
    trace = _client(args).runs.trace.get(args.run_id)
    _show(
        args,
        trace,
        lambda value: (
            [[e.get("phase"), e.get("stepName"), e.get("status"), e.get("startedAt"), e.get("completedAt"), e.get("message")]
             for e in value.events],
            ["phase", "step", "status", "started", "completed", "message"],
        ),
    )  # fmt: skip
    return trace


def cmd_runs_events(args: argparse.Namespace) -> Any:
    events = _client(args).runs.events(args.run_id)
    _show(
        args,
        events,
        lambda v: (
            [[e.timestamp, e.type_, e.get("status"), e.get("message")] for e in v.events],
            ["time", "type", "status", "message"],
        ),
    )
    return events


def cmd_artifacts_list(args: argparse.Namespace) -> Any:
    listing = _client(args).runs.artifacts.list(args.run_id)
    _show(
        args,
        listing,
        lambda v: (
            [[a.path, a.role, a.get("contentType"), a.get("size")] for a in v.artifacts],
            ["path", "role", "type", "size"],
        ),
    )
    return listing


def cmd_artifacts_download(args: argparse.Namespace) -> Any:
    bar = ProgressBar(f"download {args.path}")
    target = args.output or Path(args.path).name
    written = _client(args).runs.artifacts.download(args.run_id, args.path, to=target, progress=bar)
    bar.finish()
    result = {"path": str(target), "bytes": written}
    _show(args, result)
    return result


# ---- review ---------------------------------------------------------------------------------------------------
def _queue(args: argparse.Namespace, automation: str | None = None) -> Any:
    from ..lifecycle import ReviewQueue

    return ReviewQueue(_client(args), automation or args.automation, rate=getattr(args, "rate", 1.0))


def cmd_review_queue(args: argparse.Namespace) -> Any:
    queue = _queue(args)
    runs = []
    for run in queue.pending():
        runs.append(run)
        if args.limit and len(runs) >= args.limit:
            break
    _show(args, runs, _run_rows)
    return runs


def _expected(args: argparse.Namespace) -> Any:
    from .._generated.types import UNSET

    if not args.expected:
        return UNSET
    path = Path(args.expected)
    return json.loads(path.read_text(encoding="utf-8") if path.is_file() else args.expected)


def cmd_review_verdict(verdict: str) -> Handler:
    def handler(args: argparse.Namespace) -> Any:
        from ..lifecycle import ReviewQueue

        client = _client(args)
        queue = ReviewQueue(client, client.runs.get(args.run_id).source.id)
        if verdict == "pass":
            detail = queue.pass_(args.run_id, note=args.note)
        else:
            files = [Path(f) for f in args.file]
            detail = getattr(queue, verdict)(
                args.run_id, expected=_expected(args), files=files, note=args.note
            )
        _show(args, detail)
        return detail

    return handler


def cmd_promote(args: argparse.Namespace) -> Any:
    from ..lifecycle import ReviewQueue

    client = _client(args)
    queue = ReviewQueue(client, client.runs.get(args.run_id).source.id)
    promoted = queue.promote(args.run_id, name=args.name, allow_without_expected=args.allow_without_expected)
    _show(args, promoted)
    return promoted


# ---- experiments, auth, emulator ----------------------------------------------------------------------------
def cmd_experiments_create(args: argparse.Namespace) -> Any:
    from .._generated.types import UNSET

    client = _client(args)
    created = client.automations.experiments.create(args.automation, examples=args.example or UNSET)
    if not args.wait:
        _show(args, created)
        return created
    bar = ProgressBar("experiment")
    deadline = time.monotonic() + args.wait_timeout
    while True:
        detail = client.automations.experiments.get(args.automation, created.id)
        bar.tick(f"{detail.completed_count}/{detail.run_count} runs")
        if detail.status == "completed" or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    bar.finish()
    _show(args, detail)
    return detail


def cmd_experiments_get(args: argparse.Namespace) -> Any:
    detail = _client(args).automations.experiments.get(args.automation, args.experiment_id)
    _show(args, detail)
    return detail


def cmd_experiments_export(args: argparse.Namespace) -> Any:
    text = _client(args).automations.experiments.export(
        args.automation, args.experiment_id, format=args.format
    )
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return text


def cmd_auth_check(args: argparse.Namespace) -> Any:
    identity = _client(args).auth.check()
    _show(args, identity)
    return identity


def cmd_emulator(args: argparse.Namespace) -> Any:
    try:
        from ..emulator.__main__ import main as emulator_main
    except ImportError as error:
        raise EigenpalUsageError(str(error)) from error
    return emulator_main(["--port", str(args.port), "--latency", str(args.latency)])


# ---- the parser -------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="eigenpal", description="The Eigenpal API from the command line.")
    parser.add_argument("--base-url", help="API base URL (default: $EIGENPAL_BASE_URL, then production)")
    parser.add_argument("--api-key", help="API key (default: $EIGENPAL_API_KEY)")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-request timeout in seconds")
    parser.add_argument("--json", action="store_true", help="print the wire JSON instead of a table")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = commands.add_parser("run", help="start a run")
    run.add_argument(
        "target",
        help="workflows.<slug> or agents.<slug>, folders joined by dots (workflows.finance.x), optionally @<version>",
    )
    run.add_argument(
        "--input", action="append", default=[], metavar="KEY=VALUE", help="an input value (JSON or text)"
    )
    run.add_argument("--input-json", metavar="JSON|FILE", help="all inputs as a JSON object or a JSON file")
    run.add_argument(
        "--file", action="append", default=[], metavar="KEY=PATH", help="a file input (repeat for several)"
    )
    run.add_argument("--version", help="release or Git ref")
    run.add_argument("--wait", action="store_true", help="wait for the run to finish")
    run.add_argument("--wait-timeout", type=float, default=300, help="seconds to wait with --wait")
    run.set_defaults(handler=cmd_run)

    runs = commands.add_parser("runs", help="inspect runs").add_subparsers(
        dest="runs_command", required=True, parser_class=_Parser
    )
    listing = runs.add_parser("list", help="list runs, newest first")
    listing.add_argument("--automation", help="only runs of this automation")
    listing.add_argument("--status", help="only runs in these statuses (comma-separated)")
    listing.add_argument("--feedback-status", choices=_values("runs.list", "feedbackStatus"))
    listing.add_argument("--feedback-rating", choices=_values("runs.list", "feedbackRating"))
    listing.add_argument("--no-feedback", action="store_true", help="only runs without feedback")
    listing.add_argument("--has-feedback", action="store_true", help="only runs with feedback")
    listing.add_argument("--limit", type=int, default=20)
    listing.add_argument("--all", action="store_true", help="follow every page")
    listing.set_defaults(handler=cmd_runs_list)
    get = runs.add_parser("get", help="show one run")
    get.add_argument("run_id")
    get.add_argument("--expand", help="input,usage,execution,debug")
    get.set_defaults(handler=cmd_runs_get)
    for name, method, help_text in (
        ("cancel", "cancel", "cancel a run"),
        ("steps", "steps", "a run's steps"),
        ("usage", "usage", "a run's usage"),
    ):
        sub = runs.add_parser(name, help=help_text)
        sub.add_argument("run_id")
        sub.set_defaults(handler=cmd_runs_simple(method))
    for name, handler, help_text in (
        ("trace", cmd_runs_trace, "a run's trace"),
        ("events", cmd_runs_events, "a run's events"),
    ):
        sub = runs.add_parser(name, help=help_text)
        sub.add_argument("run_id")
        sub.set_defaults(handler=handler)
    rerun = runs.add_parser("rerun", help="start a new run from a run's input")
    rerun.add_argument("run_id")
    rerun.add_argument("--version", help="a version, or 'original' to pin the source run's")
    rerun.add_argument("--wait-for", type=int, metavar="SECONDS", help="let the server hold the request")
    rerun.set_defaults(handler=cmd_runs_rerun)
    artifacts = runs.add_parser("artifacts", help="a run's files").add_subparsers(
        dest="artifacts_command", required=True, parser_class=_Parser
    )
    artifacts_list = artifacts.add_parser("list", help="list a run's artifacts")
    artifacts_list.add_argument("run_id")
    artifacts_list.set_defaults(handler=cmd_artifacts_list)
    download = artifacts.add_parser("download", help="download one artifact")
    download.add_argument("run_id")
    download.add_argument("path")
    download.add_argument("-o", "--output", help="file to write (default: the artifact's name)")
    download.set_defaults(handler=cmd_artifacts_download)

    review = commands.add_parser("review", help="human review of runs").add_subparsers(
        dest="review_command", required=True, parser_class=_Parser
    )
    queue = review.add_parser("queue", help="sampled completed runs that need a verdict")
    queue.add_argument("--automation", required=True)
    queue.add_argument("--rate", type=float, default=0.15, help="review sample rate (default 0.15)")
    queue.add_argument("--limit", type=int, help="show at most this many")
    queue.set_defaults(handler=cmd_review_queue)
    for verdict in ("pass", "fail", "partial"):
        sub = review.add_parser(verdict, help=f"record a {verdict} verdict")
        sub.add_argument("run_id")
        sub.add_argument("--note", help="the reviewer's note")
        if verdict != "pass":
            sub.add_argument(
                "--expected", metavar="JSON|FILE", help="the corrected output (JSON or a JSON file)"
            )
            sub.add_argument(
                "--file", action="append", default=[], metavar="PATH", help="a corrected file (repeatable)"
            )
        sub.set_defaults(handler=cmd_review_verdict(verdict))

    promote = commands.add_parser("promote", help="turn a reviewed run into a dataset example")
    promote.add_argument("run_id")
    promote.add_argument("--name", help="example name")
    promote.add_argument(
        "--allow-without-expected", action="store_true", help="promote even without a corrected output"
    )
    promote.set_defaults(handler=cmd_promote)

    experiments = commands.add_parser("experiments", help="evaluate against the dataset").add_subparsers(
        dest="experiments_command", required=True, parser_class=_Parser
    )
    create = experiments.add_parser("create", help="start an experiment")
    create.add_argument("--automation", required=True)
    create.add_argument("--example", action="append", help="only this example id (repeatable)")
    create.add_argument("--wait", action="store_true", help="wait until it completes")
    create.add_argument("--wait-timeout", type=float, default=600)
    create.set_defaults(handler=cmd_experiments_create)
    show = experiments.add_parser("get", help="show an experiment and its scores")
    show.add_argument("--automation", required=True)
    show.add_argument("experiment_id")
    show.set_defaults(handler=cmd_experiments_get)
    export = experiments.add_parser("export", help="export eval result rows")
    export.add_argument("--automation", required=True)
    export.add_argument("experiment_id")
    export.add_argument(
        "--format", choices=_values("automations.experiments.export", "format"), default="csv"
    )
    export.add_argument("-o", "--output", help="file to write (default: stdout)")
    export.set_defaults(handler=cmd_experiments_export)

    auth = commands.add_parser("auth", help="API key identity").add_subparsers(
        dest="auth_command", required=True, parser_class=_Parser
    )
    auth.add_parser("check", help="who this key belongs to").set_defaults(handler=cmd_auth_check)

    emulator = commands.add_parser("emulator", help="serve a local Eigenpal API (needs eigenpal[emulator])")
    emulator.add_argument("--port", type=int, default=8787)
    emulator.add_argument("--latency", type=float, default=0.5)
    emulator.set_defaults(handler=cmd_emulator)
    return parser


def run_command(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.handler(args)
    except _UsageExit as usage:
        print(str(usage), file=sys.stderr)
        return EXIT_USAGE
    except EigenpalUsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except EigenpalError as error:
        print(f"error: {error}", file=sys.stderr)
        if error.request_id:
            print(f"request id: {error.request_id}", file=sys.stderr)
        return EXIT_API_ERROR
    except BrokenPipeError:  # the reader went away (`eigenpal ... | head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from failing on flush
        return EXIT_OK
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return EXIT_OK

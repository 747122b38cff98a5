"""The ``eigenpal`` argument parser: commands, their options and examples, and the global options.

The global options are added to every parser, so they work before or after the command and every
``--help`` lists them; below the top level their default is ``SUPPRESS``, so one given before the command
is not reset by the command's parser. Abbreviated options are refused (no silent typos), and a group
without its command (``eigenpal runs``) prints its help and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from .._version import __version__
from . import _args as types
from . import _commands as commands
from . import _views as views
from ._messages import usage_error

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction["_Parser"]

TARGET_HELP = (
    "workflows.<slug> or agents.<slug>, folders joined by dots (workflows.finance.x), optionally @<version>"
)
API_KEY_HELP = "API key (default: $EIGENPAL_API_KEY)"


GLOBAL_OPTIONS = frozenset({"json", "wide", "base_url", "api_key", "timeout"})
"""Destinations of the global options, which the usage line leaves to the help's own section."""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Examples kept as written; the usage line shows the command's own arguments only."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
        own = [action for action in actions if action.dest not in GLOBAL_OPTIONS]
        super().add_usage(usage, own, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """No abbreviated options, the help formatter above, and usage errors raised as exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise usage_error(f"{self.prog}: {message}", [("usage", f"{self.prog} --help")])


def _global_options(parser: argparse.ArgumentParser, *, top: bool, api_key_help: str = API_KEY_HELP) -> None:
    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group = parser.add_argument_group("global options (before or after the command)")
    group.add_argument("--json", action="store_true", default=default(False), help="print the wire JSON")
    group.add_argument(
        "--wide",
        action="store_true",
        default=default(False),
        help="do not cut long values to the terminal width",
    )
    group.add_argument(
        "--base-url", metavar="URL", default=default(None), help="API base URL (default: $EIGENPAL_BASE_URL)"
    )
    group.add_argument("--api-key", metavar="KEY", default=default(None), help=api_key_help)
    group.add_argument(
        "--timeout", type=types.seconds, metavar="SECONDS", default=default(60.0),
        help="per-request timeout (default 60)",
    )  # fmt: skip


def _examples(lines: Sequence[str]) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def _needs_a_command(parser: argparse.ArgumentParser) -> commands.Handler:
    def handler(args: argparse.Namespace) -> None:
        parser.print_help(sys.stderr)
        raise usage_error(f"`{parser.prog}` needs a command (listed above)")

    return handler


def _command(
    group: Commands,
    name: str,
    summary: str,
    examples: Sequence[str],
    handler: commands.Handler | None,
    **options: Any,
) -> argparse.ArgumentParser:
    """A command's parser with its summary, examples (ending its help) and the global options."""
    parser: argparse.ArgumentParser = group.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + ".", epilog=_examples(examples)
    )
    _global_options(parser, top=False, **options)
    parser.set_defaults(handler=handler or _needs_a_command(parser))
    return parser


def _group(group: Commands, name: str, summary: str, examples: Sequence[str]) -> Commands:
    """A command that holds commands (``runs``); alone, it prints its help."""
    parser = _command(group, name, summary, examples, None)
    return parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)


def _wait_options(parser: argparse.ArgumentParser, what: str, default: float) -> None:
    parser.add_argument("--wait", action="store_true", help=f"wait until the {what} ends (exit 1 on timeout)")
    _wait_timeout(parser, default)


def _wait_timeout(parser: argparse.ArgumentParser, default: float) -> None:
    parser.add_argument(
        "--wait-timeout", type=types.seconds, default=default, metavar="SECONDS",
        help=f"how long to wait (default {default:g})",
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="eigenpal",
        description="The Eigenpal API from the command line.",
        epilog=_examples(
            [
                "eigenpal run workflows.extract-invoice --file contract=contract.pdf --wait",
                "eigenpal runs list --automation workflows.extract-invoice --status failed --json",
            ]
        ),
    )
    parser.add_argument("--version", action="version", version=f"eigenpal {__version__}")
    _global_options(parser, top=True)
    parser.set_defaults(handler=_needs_a_command(parser))
    top = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    _add_run(top)
    _add_runs(
        _group(
            top,
            "runs",
            "inspect, wait for and rerun runs",
            ["eigenpal runs list", "eigenpal runs get <run-id>"],
        )
    )
    _add_review(
        _group(top, "review", "human review of runs", ["eigenpal review queue --automation workflows.x"])
    )
    _add_promote(top)
    _add_experiments(
        _group(top, "experiments", "evaluate against the dataset",
               ["eigenpal experiments create --automation workflows.extract-invoice --wait"])
    )  # fmt: skip
    auth = _group(top, "auth", "API key identity", ["eigenpal auth check"])
    _command(
        auth, "check", "who this key belongs to", ["eigenpal auth check --json"], commands.cmd_auth_check
    )
    _add_emulator(top)
    return parser


def _add_run(top: Commands) -> None:
    run = _command(
        top, "run", "start a run", [
            "eigenpal run workflows.extract-invoice --file contract=contract.pdf --input customer=ACME --wait",
            "eigenpal run agents.invoice-agent@v2 --input-json po=12345 --input-json 'rush=true' --json",
        ],
        commands.cmd_run,
    )  # fmt: skip
    run.add_argument("target", help=TARGET_HELP)
    run.add_argument(
        "--input", action="append", type=types.text_input, default=[], metavar="KEY=VALUE",
        help="a text input, taken as typed (repeatable)",
    )  # fmt: skip
    run.add_argument(
        "--input-json", action="append", type=types.json_input, dest="input", metavar="KEY=JSON",
        help="a typed input: a number, true/false, a list or an object (repeatable)",
    )  # fmt: skip
    run.add_argument(
        "--inputs", type=types.json_object_or_file, metavar="JSON|FILE",
        help="all inputs as one JSON object, inline or in a file (--input and --input-json add to it)",
    )  # fmt: skip
    run.add_argument(
        "--file", action="append", type=types.file_input, default=[], metavar="KEY=PATH",
        help="a file input (repeat a key for a list of files)",
    )  # fmt: skip
    run.add_argument("--version", help="release or Git ref (or TARGET@VERSION)")
    _wait_options(run, "run", 300)


def _run_id_command(
    runs: Commands, name: str, summary: str, examples: Sequence[str], handler: commands.Handler
) -> argparse.ArgumentParser:
    parser = _command(runs, name, summary, examples, handler)
    parser.add_argument("run_id", metavar="RUN_ID")
    return parser


def _add_runs(runs: Commands) -> None:
    _add_runs_list(runs)
    _add_one_run_commands(runs)
    _add_rerun(runs)
    _add_artifacts(_group(runs, "artifacts", "a run's files", ["eigenpal runs artifacts list <run-id>"]))


def _add_runs_list(runs: Commands) -> None:
    listing = _command(
        runs, "list", "list runs, newest first",
        ["eigenpal runs list --automation workflows.extract-invoice --status completed,failed",
         "eigenpal runs list --feedback-status open --all --json"],
        commands.cmd_runs_list,
    )  # fmt: skip
    listing.add_argument(
        "--automation", metavar="NAME", help="only runs of this automation (workflows.<slug>)"
    )
    statuses = types.run_statuses()
    listing.add_argument(
        "--status", type=types.comma_separated(statuses, "a run status"), metavar="STATUS[,STATUS]",
        help=f"only runs in these statuses: {', '.join(statuses)}",
    )  # fmt: skip
    listing.add_argument("--feedback-status", choices=types.query_values("runs.list", "feedbackStatus"))
    listing.add_argument("--feedback-rating", choices=types.query_values("runs.list", "feedbackRating"))
    listing.add_argument("--no-feedback", action="store_true", help="only runs without feedback")
    listing.add_argument("--has-feedback", action="store_true", help="only runs with feedback")
    listing.add_argument(
        "--limit", type=types.bounded_int("runs.list", "limit"), default=20, help="rows per page (default 20)"
    )
    listing.add_argument("--all", action="store_true", help="follow every page")


def _add_one_run_commands(runs: Commands) -> None:
    """``runs get``, ``runs wait`` and the commands that read or cancel one run."""
    get = _run_id_command(
        runs, "get", "show one run", ["eigenpal runs get <run-id> --expand input,usage"], commands.cmd_runs_get
    )  # fmt: skip
    expand = types.query_values("runs.get", "expand")
    get.add_argument(
        "--expand", type=types.comma_separated(expand, "an expansion"), metavar="PART[,PART]",
        help=f"add parts of the run: {', '.join(expand)}",
    )  # fmt: skip

    wait = _run_id_command(
        runs, "wait", "wait for a run to end (exit 1 on timeout)",
        ["eigenpal runs wait <run-id>", "eigenpal runs wait <run-id> --wait-timeout 1800 --json"],
        commands.cmd_runs_wait,
    )  # fmt: skip
    _wait_timeout(wait, 300)

    for name, summary, fetch, view in (
        ("cancel", "cancel a queued or running run", lambda c, i: c.runs.cancel(i), views.fields),
        ("steps", "a run's steps", lambda c, i: c.runs.steps(i), views.steps),
        ("usage", "a run's tokens, credits and calls", lambda c, i: c.runs.usage(i), views.usage),
        ("trace", "a run's trace", lambda c, i: c.runs.trace.get(i), views.trace),
        ("events", "a run's lifecycle events", lambda c, i: c.runs.events(i), views.events),
    ):
        examples = [f"eigenpal runs {name} <run-id>", f"eigenpal runs {name} <run-id> --json"]
        _run_id_command(runs, name, summary, examples, commands.cmd_run_detail(fetch, view))


def _add_rerun(runs: Commands) -> None:
    rerun = _run_id_command(
        runs, "rerun", "start a new run from a run's input",
        ["eigenpal runs rerun <run-id> --version original --wait"], commands.cmd_runs_rerun,
    )  # fmt: skip
    rerun.add_argument("--version", help="a version, or 'original' to pin the source run's (default: latest)")
    _wait_options(rerun, "run", 300)


def _add_artifacts(artifacts: Commands) -> None:
    _run_id_command(
        artifacts,
        "list",
        "list a run's artifacts",
        ["eigenpal runs artifacts list <run-id>"],
        commands.cmd_artifacts_list,
    )
    download = _run_id_command(
        artifacts, "download", "download one artifact",
        ["eigenpal runs artifacts download <run-id> output/summary.json -o summary.json"],
        commands.cmd_artifacts_download,
    )  # fmt: skip
    download.add_argument("path", metavar="PATH", help="the artifact's path, as listed")
    download.add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: the artifact's name)"
    )


def _add_review(review: Commands) -> None:
    queue = _command(
        review, "queue", "sampled completed runs that need a verdict",
        ["eigenpal review queue --automation workflows.extract-invoice --rate 0.15 --limit 10"],
        commands.cmd_review_queue,
    )  # fmt: skip
    queue.add_argument(
        "--automation", required=True, metavar="NAME", help="workflows.<slug> or agents.<slug>"
    )
    queue.add_argument("--rate", type=types.fraction, default=0.15, help="review sample rate (default 0.15)")
    queue.add_argument("--limit", type=types.positive_int, help="show at most this many (default: all)")
    for verdict in ("pass", "fail", "partial"):
        examples = [f"eigenpal review {verdict} <run-id> --note 'looks right'"]
        if verdict != "pass":
            examples = [f"eigenpal review {verdict} <run-id> --expected corrected.json --file corrected.pdf"]
        sub = _run_id_command(
            review, verdict, f"record a {verdict} verdict", examples, commands.cmd_review_verdict(verdict)
        )
        sub.add_argument("--note", help="the reviewer's note")
        if verdict != "pass":
            _correction_options(sub)


def _correction_options(parser: argparse.ArgumentParser) -> None:
    from .._generated.types import UNSET

    parser.add_argument(
        "--expected", type=types.json_or_file, default=UNSET, metavar="JSON|FILE",
        help="the corrected output: JSON, or a file holding it",
    )  # fmt: skip
    parser.add_argument(
        "--file", action="append", type=types.readable_file, default=[], metavar="PATH",
        help="a corrected file (repeatable)",
    )  # fmt: skip


def _add_promote(top: Commands) -> None:
    promote = _run_id_command(
        top, "promote", "turn a reviewed run into a dataset example",
        ["eigenpal promote <run-id>", "eigenpal promote <run-id> --name late-invoice --force"], commands.cmd_promote,
    )  # fmt: skip
    promote.add_argument("--name", help="example name (default: the run id)")
    promote.add_argument(
        "--allow-without-expected", action="store_true", help="promote even without a correction"
    )
    promote.add_argument("--force", action="store_true", help="promote a run that was promoted before")


def _add_experiments(experiments: Commands) -> None:
    def automation_command(
        name: str, summary: str, examples: list[str], handler: commands.Handler
    ) -> argparse.ArgumentParser:
        parser = _command(experiments, name, summary, examples, handler)
        parser.add_argument(
            "--automation", required=True, metavar="NAME", help="workflows.<slug> or agents.<slug>"
        )
        return parser

    create = automation_command(
        "create", "start an experiment on the dataset",
        ["eigenpal experiments create --automation workflows.extract-invoice --wait",
         "eigenpal experiments create --automation workflows.extract-invoice --example <example-id>"],
        commands.cmd_experiments_create,
    )  # fmt: skip
    create.add_argument(
        "--example", action="append", metavar="EXAMPLE_ID", help="only this example (repeatable)"
    )
    _wait_options(create, "experiment", 600)
    for name, summary, handler in (
        ("get", "show an experiment and its scores", commands.cmd_experiments_get),
        ("wait", "wait for an experiment to end (exit 1 on timeout)", commands.cmd_experiments_wait),
    ):
        examples = [f"eigenpal experiments {name} --automation workflows.extract-invoice <experiment-id>"]
        sub = automation_command(name, summary, examples, handler)
        sub.add_argument("experiment_id", metavar="EXPERIMENT_ID")
        if name == "wait":
            _wait_timeout(sub, 600)
    export = automation_command(
        "export", "export an experiment's eval result rows",
        ["eigenpal experiments export --automation workflows.extract-invoice <experiment-id> -o results.csv"],
        commands.cmd_experiments_export,
    )  # fmt: skip
    export.add_argument("experiment_id", metavar="EXPERIMENT_ID")
    formats = types.query_values("automations.experiments.export", "format")
    export.add_argument("--format", choices=formats, default=formats[0], help=f"default {formats[0]}")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")


def _add_emulator(top: Commands) -> None:
    emulator = _command(
        top, "emulator", "serve a local Eigenpal API until Ctrl-C (needs eigenpal[emulator])",
        ["eigenpal emulator --port 8787 --api-key sk-test", "eigenpal emulator --port 0 --latency 2"],
        commands.cmd_emulator,
        api_key_help="the key the emulator accepts (default: a fresh random key)",
    )  # fmt: skip
    emulator.add_argument(
        "--port", type=types.port, default=8787, help="port to listen on (0 picks a free one)"
    )
    emulator.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    emulator.add_argument(
        "--latency", type=types.seconds, default=0.5, help="seconds a run takes (default 0.5)"
    )

"""What every command is made of: its parser (with the global options and its examples), its client, and
how it prints its answer.

The global options are added to every parser, so they work before or after the command and every
``--help`` lists them; below the top level their default is ``SUPPRESS``, so one given before the command
is not reset by the command's parser. Abbreviated options are refused (no silent typos), and a group
without its command (``eigenpal runs``) prints its help and exits 2.

Handlers take the parsed arguments, call the SDK, and print with ``show`` (a human view, or the wire
JSON with ``--json``). Failures are raised (``CliError`` or the SDK's errors) and reported by ``run_command``.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeAlias

from eigenpal import EigenpalClient

from ._args import seconds
from ._messages import Hint, usage_error
from ._output import Printer, note, print_json, to_jsonable

Commands: TypeAlias = "argparse._SubParsersAction[Parser]"
"""Where commands are added: the top level's or a group's subcommands."""
Handler = Callable[[argparse.Namespace], None]
View = Callable[[Any, Printer], None]
"""A human view: the wire JSON (the same dict ``--json`` prints) and a ``Printer``, which cuts long values."""

API_KEY_HELP = "API key (default: $EIGENPAL_API_KEY)"
GLOBAL_OPTIONS = frozenset({"json", "wide", "base_url", "api_key", "timeout"})
"""Destinations of the global options, which the usage line leaves to the help's own section."""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Examples kept as written; the usage line shows the command's own arguments only."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
        own = [action for action in actions if action.dest not in GLOBAL_OPTIONS]
        super().add_usage(usage, own, groups, prefix)


class Parser(argparse.ArgumentParser):
    """No abbreviated options, the help formatter above, and usage errors raised as exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise usage_error(f"{self.prog}: {message}", [("usage", f"{self.prog} --help")])


def global_options(parser: argparse.ArgumentParser, *, top: bool, api_key_help: str = API_KEY_HELP) -> None:
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
        "--timeout", type=seconds, metavar="SECONDS", default=default(60.0),
        help="per-request timeout (default 60)",
    )  # fmt: skip


def examples(lines: Sequence[str]) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def needs_a_command(parser: argparse.ArgumentParser) -> Handler:
    def handler(args: argparse.Namespace) -> None:
        parser.print_help(sys.stderr)
        raise usage_error(f"`{parser.prog}` needs a command (listed above)")

    return handler


def command(
    group: Commands,
    name: str,
    summary: str,
    lines: Sequence[str],
    handler: Handler | None,
    **options: Any,
) -> argparse.ArgumentParser:
    """A command's parser with its summary, examples (``lines``, ending its help) and the global options."""
    parser: argparse.ArgumentParser = group.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + ".", epilog=examples(lines)
    )
    global_options(parser, top=False, **options)
    parser.set_defaults(handler=handler or needs_a_command(parser))
    return parser


def group(parent: Commands, name: str, summary: str, lines: Sequence[str]) -> Commands:
    """A command that holds commands (``runs``); alone, it prints its help."""
    parser = command(parent, name, summary, lines, None)
    return parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)


def run_id_command(
    parent: Commands, name: str, summary: str, lines: Sequence[str], handler: Handler
) -> argparse.ArgumentParser:
    """A command about one run, named by its ``RUN_ID``."""
    parser = command(parent, name, summary, lines, handler)
    parser.add_argument("run_id", metavar="RUN_ID")
    return parser


def wait_options(parser: argparse.ArgumentParser, what: str, default: float) -> None:
    parser.add_argument("--wait", action="store_true", help=f"wait until the {what} ends (exit 1 on timeout)")
    wait_timeout(parser, default)


def wait_timeout(parser: argparse.ArgumentParser, default: float) -> None:
    parser.add_argument(
        "--wait-timeout", type=seconds, default=default, metavar="SECONDS",
        help=f"how long to wait (default {default:g})",
    )  # fmt: skip


def client_for(args: argparse.Namespace) -> EigenpalClient:
    """The blocking client, from the global options (each falls back to the environment)."""
    return EigenpalClient(api_key=args.api_key, base_url=args.base_url, timeout_seconds=args.timeout)


def connection_flags(args: argparse.Namespace) -> str:
    """``--base-url URL`` when the command was given one, so a printed command reaches the same server."""
    return f" --base-url {shlex.quote(args.base_url)}" if args.base_url else ""


def fields(data: Mapping[str, Any], printer: Printer) -> None:
    """The plain view: every field as ``key  value``."""
    printer.fields(data)


def show(args: argparse.Namespace, value: Any, view: View = fields) -> None:
    """The wire JSON with ``--json``, else the human view."""
    data = to_jsonable(value)
    if args.json:
        print_json(data)
    else:
        view(data, Printer(wide=args.wide))


def suggest_next(args: argparse.Namespace, hints: Sequence[Hint]) -> None:
    """Commands worth running next, on stderr, for a person (not with ``--json``)."""
    if not args.json:
        for what, line in hints:
            note(f"{what}: {line}")

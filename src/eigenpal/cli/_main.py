"""The entry point: the command tree, and one command run with every failure turned into its message on
stderr and its exit code."""

from __future__ import annotations

import argparse
import os
import sys

from eigenpal import EigenpalError, __version__

from . import auth, emulator, experiments, review, run, runs
from ._command import Parser, examples, global_options, needs_a_command
from ._messages import EXIT_OK, CliError, from_sdk, interrupted, report, usage_error


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    return run_command(sys.argv[1:] if argv is None else argv)


def run_command(argv: list[str]) -> int:
    """Parse, run the handler, and turn every failure into its message on stderr and its exit code."""
    try:
        args = build_parser().parse_args(argv)
        args.handler(args)
    except CliError as error:
        return report(error)
    except EigenpalError as error:
        return report(from_sdk(error))
    except KeyboardInterrupt:
        return report(interrupted("stopped before it finished."))
    except BrokenPipeError:  # the reader went away (`eigenpal ... | head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from failing on flush
        return EXIT_OK
    except OSError as error:  # a file to read or write
        return report(usage_error(str(error)))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """``eigenpal`` with ``--version``, the global options and every command, in the order ``--help`` lists them."""
    parser = Parser(
        prog="eigenpal",
        description="The Eigenpal API from the command line.",
        epilog=examples(
            [
                "eigenpal run workflows.extract-invoice --file contract=contract.pdf --wait",
                "eigenpal runs list --automation workflows.extract-invoice --status failed --json",
            ]
        ),
    )
    parser.add_argument("--version", action="version", version=f"eigenpal {__version__}")
    global_options(parser, top=True)
    parser.set_defaults(handler=needs_a_command(parser))
    top = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for group in (run, runs, review, experiments, auth, emulator):
        group.add_commands(top)
    return parser

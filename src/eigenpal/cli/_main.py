"""The entry point: the command tree, and one command run with every failure turned into its message on
stderr and its exit code.

The tree has two kinds of commands. Hand-made ones (the modules in ``HAND_MADE``) serve the daily flows;
``COVERED`` says which operations they are the command line of. Every other method of the client tree
gets a spec command (``_spec_commands``), in the hand-made groups where they share a name (``runs``).
Old names are rewritten to today's first (``_aliases``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from eigenpal import EigenpalError, __version__

from . import (
    _aliases,
    _spec_commands,
    auth,
    emulator,
    experiments,
    human_reviews,
    review,
    run,
    runs,
    webhooks,
)
from ._argv import command_words
from ._command import Parser, examples, global_options, needs_a_command
from ._messages import EXIT_OK, CliError, from_sdk, interrupted, report, usage_error

HAND_MADE = {
    "run": run,
    "runs": runs,
    "review": review,
    "promote": review,
    "experiments": experiments,
    "human-reviews": human_reviews,
    "auth": auth,
    "emulator": emulator,
    "webhooks": webhooks,
}
"""The hand-made top-level commands and the module that adds each, in the order ``--help`` lists them (the
spec groups follow)."""
COVERED: dict[str, str] = {
    "runs.start": "run",
    "runs.list": "runs list",
    "runs.get": "runs get",
    "runs.cancel": "runs cancel",
    "runs.rerun": "runs rerun",
    "runs.steps.list": "runs steps",
    "runs.usage.get": "runs usage",
    "runs.trace.get": "runs trace",
    "runs.events.list": "runs events",
    "runs.artifacts.list": "runs artifacts list",
    "runs.artifacts.get": "runs artifacts download",
    "automations.experiments.create": "experiments create",
    "automations.experiments.get": "experiments get",
    "automations.experiments.export": "experiments export",
    "humanReviews.list": "human-reviews list",
    "humanReviews.get": "human-reviews get",
    "humanReviews.approve": "human-reviews approve",
    "humanReviews.reject": "human-reviews reject",
    "auth.check": "auth check",
}
"""Each operation a hand-made command is the command line of (operationId: the command), so that no spec
command repeats it. Commands built on the lifecycle (``review``, ``promote``) cover none: the spec
commands of the operations they use (``runs reviews update``, ``runs promote``) stay beside them."""


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    return run_command(sys.argv[1:] if argv is None else argv)


def run_command(argv: list[str]) -> int:
    """Parse, run the handler, and turn every failure into its message on stderr and its exit code."""
    try:
        argv = _aliases.rewrite(argv)
        args = build_parser(argv).parse_args(argv)
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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """``eigenpal`` with ``--version``, the global options and its commands, in the order ``--help`` lists
    them. For ``argv``, only what that command needs: the branch its words name (``runs reviews update``
    builds the hand-made ``runs`` group and one spec command), or, where they name none, the names and
    summaries its help and its error list. Without ``argv``, every command (a walk over the whole tree).
    A hundred spec commands take a tenth of a second to build; one takes a millisecond."""
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
    words = None if argv is None else [argv[index] for index in command_words(argv)]
    chosen = words[0] if words else ""
    known = chosen in HAND_MADE or chosen in _spec_commands.top_words(COVERED)
    for module in dict.fromkeys(HAND_MADE.values()):
        if not known or HAND_MADE.get(chosen) is module:
            module.add_commands(top)
    _spec_commands.add_commands(top, COVERED, words)
    return parser

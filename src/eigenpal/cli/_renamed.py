"""The June words of ``eigenpal review`` and ``eigenpal runs list``, kept working with a warning on stderr.

The API's run feedback became run reviews: verdicts ``pass``/``fail`` became ``correct``/``incorrect``,
statuses ``resolved``/``ignored`` became ``closed``/``wont_fix``. The tables below say which old word
means which new one. A hidden command or option under the old name does the new one's work after a
warning (``warning: 'eigenpal review fail' is deprecated; use 'eigenpal review incorrect'``). A June value
with no one-to-one meaning today (the ``partial`` verdict) is refused as a usage error naming what to run
instead: guessing ``incorrect`` or no verdict would silently change the automation's accuracy figures.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._command import Commands, Handler, examples, global_options
from ._messages import usage_error

RENAMED_COMMANDS = {"review pass": "review correct", "review fail": "review incorrect"}
"""Old command → new command (the words after ``eigenpal``)."""
REFUSED_COMMANDS = {"review partial": "review incorrect <run-id> --corrected-output JSON|FILE"}
"""Old command with no one-to-one meaning today → the command to run instead."""
RENAMED_OPTIONS = {
    "--feedback-status": "--review-status",
    "--feedback-rating": "--review-verdict",
    "--has-feedback": "--has-review",
    "--no-feedback": "--no-review",
    "--expected": "--corrected-output",
}
"""Old option → new option; values map as ``RENAMED_VALUES`` says (an option not listed there keeps them)."""
RENAMED_VALUES: dict[str, dict[str, str | None]] = {
    "--feedback-status": {"open": "open", "resolved": "closed", "ignored": "wont_fix"},
    "--feedback-rating": {"pass": "correct", "fail": "incorrect", "none": "none", "partial": None},
}
"""An old option's values → the new option's (``None``: no one-to-one meaning, refused)."""
NO_PARTIAL = (
    "reviews have no partial verdict, and guessing one would change the automation's accuracy figures"
)


def warn(old: str, new: str) -> None:
    """``warning: 'OLD' is deprecated; use 'NEW'`` on stderr (stdout stays data)."""
    print(f"warning: '{old}' is deprecated; use '{new}'", file=sys.stderr)


def hidden_command(parent: Commands, old: str, example: str, handler: Handler) -> argparse.ArgumentParser:
    """The parser of a June command (``old`` is its words after ``eigenpal``), left out of the group's
    help: a renamed one warns and runs ``handler``; a refused one says what to run instead."""
    new = RENAMED_COMMANDS.get(old)
    summary = (
        f"Deprecated: use 'eigenpal {new}'." if new else f"Refused: use 'eigenpal {REFUSED_COMMANDS[old]}'."
    )
    parser = parent.add_parser(
        old.split()[-1], description=summary, epilog=examples([f"eigenpal {old} {example}"])
    )
    global_options(parser, top=False)

    def run(args: argparse.Namespace) -> None:
        if old in REFUSED_COMMANDS:
            raise usage_error(
                f"'eigenpal {old}' is gone: {NO_PARTIAL}.", [("instead", f"eigenpal {REFUSED_COMMANDS[old]}")]
            )
        warn(f"eigenpal {old}", f"eigenpal {RENAMED_COMMANDS[old]}")
        handler(args)

    parser.set_defaults(handler=run)
    return parser


def add_renamed_option(parser: argparse.ArgumentParser, old: str, **kwargs: Any) -> None:
    """The June option ``old``, left out of the help, storing where its new name stores (add the new one
    first); ``nargs=0`` makes it a flag."""
    new = RENAMED_OPTIONS[old]
    dest = new.removeprefix("--").replace("-", "_")
    if old in RENAMED_VALUES:
        kwargs["choices"] = list(RENAMED_VALUES[old])
    parser.add_argument(
        old, action=_RenamedOption, dest=dest, default=argparse.SUPPRESS, help=argparse.SUPPRESS, **kwargs
    )


class _RenamedOption(argparse.Action):
    """Warns, then stores the value (mapped) where the new option does; a flag when ``nargs=0``."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, value: Any, option: Any = None
    ) -> None:
        old = self.option_strings[0]
        new = RENAMED_OPTIONS[old]
        if self.nargs == 0:
            warn(old, new)
            setattr(namespace, self.dest, True)
            return
        mapped = RENAMED_VALUES[old][value] if old in RENAMED_VALUES else value
        if mapped is None:
            raise usage_error(
                f"{old} {value} is gone: {NO_PARTIAL}.",
                [("instead", f"{new} incorrect, or {new} none for runs reviewed without a verdict")],
            )
        if old in RENAMED_VALUES:
            warn(f"{old} {value}", f"{new} {mapped}")
        else:
            warn(old, new)
        setattr(namespace, self.dest, mapped)

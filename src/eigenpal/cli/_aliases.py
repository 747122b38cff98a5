"""Old command and option names keep working: the words typed are rewritten to today's before parsing, with
``warning: 'eigenpal X' is deprecated; use 'eigenpal Y'`` on stderr (stdout stays data).

``ALIASES`` is the one table of renames, one line each, in today's words except for the old part:

- a command (``Alias("runs feedback", "runs reviews")``): when the command's words start with the old
  ones, they are replaced (every command below a renamed group follows);
- an option of a command (``Alias("runs reviews update --body", "runs reviews update --note")``): the
  option is renamed where it follows those command words (``--body x`` and ``--body=x``); ``values``
  maps its old values to today's and ``refused`` names the old values that have no counterpart, with
  why: those stop with a usage error (exit 2) before anything is sent, rather than guess.

Command aliases apply first, so an option alias names its command as it is called today. To add a rename, add its line::

    Alias("review pass", "review correct"),
    Alias("runs list --feedback-status", "runs list --review-status",
          values={"resolved": "closed", "ignored": "wont_fix"}),

``tests/cli/test_aliases.py`` checks that every alias leads to a command and an option that exist.

The entries below are the June command line's words (``review pass|fail|partial``, the feedback filters
of ``runs list``) and the June API's method paths as commands (``runs.feedback.*`` is ``runs.reviews.*``
today, with the June fields and values of ``runs.feedback.update`` mapped as the SDK's aliases map them).
A June value or command with no one-to-one meaning today (the ``partial`` verdict) is refused rather than
guessed: guessing ``incorrect`` or no verdict would silently change the automation's accuracy figures.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ._argv import command_words
from ._messages import usage_error

PARTIAL = (
    "a partly wrong output is --verdict incorrect with its --corrections (or --corrected-output); "
    "a remark without a verdict is --verdict null --note TEXT"
)


@dataclass(frozen=True)
class Alias:
    """``old`` words (a command, or a command and one of its options) and the ``new`` ones."""

    old: str
    new: str
    values: Mapping[str, str] = field(default_factory=dict)
    refused: Mapping[str, str] = field(default_factory=dict)
    refuse: str | None = None
    """For a command with no counterpart today: why, and what to run instead (a usage error, exit 2)."""

    @property
    def option(self) -> tuple[str, str] | None:
        """The old and new option names, for an option alias."""
        old, new = self.old.split()[-1], self.new.split()[-1]
        return (old, new) if old.startswith("--") else None

    @property
    def command(self) -> list[str]:
        """The command words an option alias applies to (today's), or the old words of a command alias."""
        words = self.old.split()
        return words[:-1] if self.option else words


NO_PARTIAL = (
    "reviews have no partial verdict, and guessing one would change the automation's accuracy figures"
)

ALIASES: tuple[Alias, ...] = (
    Alias("review pass", "review correct"),
    Alias("review fail", "review incorrect"),
    Alias("review partial", "review incorrect",
          refuse=f"{NO_PARTIAL}; run 'eigenpal review incorrect <run-id> --corrected-output JSON|FILE'"),
    Alias("review incorrect --expected", "review incorrect --corrected-output"),
    Alias("runs list --feedback-status", "runs list --review-status",
          values={"resolved": "closed", "ignored": "wont_fix"}),
    Alias("runs list --feedback-rating", "runs list --review-verdict",
          values={"pass": "correct", "fail": "incorrect"},
          refused={"partial": f"{NO_PARTIAL}; use --review-verdict incorrect, or none for runs reviewed without one"}),
    Alias("runs list --has-feedback", "runs list --has-review"),
    Alias("runs list --no-feedback", "runs list --no-review"),
    Alias("runs feedback", "runs reviews"),
    Alias("runs reviews update --rating", "runs reviews update --verdict",
          values={"pass": "correct", "fail": "incorrect"}, refused={"partial": PARTIAL}),
    Alias("runs reviews update --body", "runs reviews update --note"),
    Alias("runs reviews update --expected", "runs reviews update --corrected-output"),
    Alias("runs reviews update --status", "runs reviews update --status",
          values={"resolved": "closed", "ignored": "wont_fix"}),
)  # fmt: skip


def rewrite(argv: Sequence[str], aliases: Sequence[Alias] = ALIASES) -> list[str]:
    """``argv`` in today's words, with a warning on stderr for each old name replaced."""
    found = list(argv)
    for alias in sorted(aliases, key=lambda alias: alias.option is not None):
        found = _apply(alias, found)
    return found


def _apply(alias: Alias, argv: list[str]) -> list[str]:
    words = command_words(argv)
    command = alias.command
    if [argv[i] for i in words[: len(command)]] != command:
        return argv
    if alias.option is not None:
        return _rename_option(alias, argv, words[len(command) - 1] + 1)
    if alias.refuse is not None:
        raise usage_error(f"'eigenpal {alias.old}' has no counterpart today: {alias.refuse}")
    _warn(alias.old, alias.new)
    return _replace_words(argv, words[: len(command)], alias.new.split())


def _replace_words(argv: list[str], where: list[int], new: list[str]) -> list[str]:
    """``argv`` with the words at ``where`` replaced by ``new``, word for word in place (global options
    between them stay put); extra new words follow the last old one, missing ones are dropped."""
    found = list(argv)
    for index, word in zip(where, new, strict=False):
        found[index] = word
    if len(new) > len(where):
        found[where[-1] + 1 : where[-1] + 1] = new[len(where) :]
        return found
    dropped = set(where[len(new) :])
    return [token for index, token in enumerate(found) if index not in dropped]


def _rename_option(alias: Alias, argv: list[str], start: int) -> list[str]:
    """Rename the alias's option (and map its value) wherever it appears from ``start`` on, as
    ``--old value`` or ``--old=value``."""
    old, new = alias.option or ("", "")
    found = list(argv)
    index = start
    while index < len(found) and found[index] != "--":
        name, equals, inline = found[index].partition("=")
        if name != old:
            index += 1
            continue
        separate = not equals and bool(alias.values or alias.refused) and index + 1 < len(found)
        value = inline if equals else found[index + 1] if separate else None
        mapped = _value(alias, value)
        said, meant = (old, new) if value == mapped else (f"{old} {value}", f"{new} {mapped}")
        if said != meant:
            _warn(f"{' '.join(alias.command)} {said}", f"{' '.join(alias.command)} {meant}")
        found[index] = f"{new}={mapped}" if equals else new
        if separate:
            found[index + 1] = str(mapped)
        index += 2 if separate else 1
    return found


def _value(alias: Alias, value: str | None) -> str | None:
    """Today's value for an old one; a usage error for an old value that has none."""
    if value is not None and value in alias.refused:
        command = " ".join(alias.command)
        old = alias.option[0] if alias.option else ""
        raise usage_error(
            f"'eigenpal {command} {old} {value}' has no counterpart today: {alias.refused[value]}"
        )
    return alias.values.get(value, value) if value is not None else None


def _warn(old: str, new: str) -> None:
    print(f"warning: 'eigenpal {old}' is deprecated; use 'eigenpal {new}'", file=sys.stderr)

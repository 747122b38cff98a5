"""Which words of the command line name the command, before any parsing: what the alias table matches
and what tells ``build_parser`` the one group to build."""

from __future__ import annotations

from collections.abc import Sequence

GLOBAL_VALUE_OPTIONS = frozenset({"--base-url", "--api-key", "--timeout"})
"""Global options that take a value, which may stand between the words of a command."""
GLOBAL_FLAGS = frozenset({"--json", "--wide", "--version", "-h", "--help"})


def command_words(argv: Sequence[str]) -> list[int]:
    """Where the words naming the command (and its positionals) are: the tokens before the command's own
    options, global options and their values aside (``--json runs --timeout 5 list`` gives runs, list)."""
    found: list[int] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in GLOBAL_VALUE_OPTIONS:
            index += 2
            continue
        if token == "--" or (token.startswith("-") and token not in GLOBAL_FLAGS and "=" not in token):
            break
        if not token.startswith("-"):
            found.append(index)
        index += 1
    return found

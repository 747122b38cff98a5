"""The long tail: a command for every method of the client tree that no hand-made command covers, named
from its method path (``human_reviews.approve`` is ``eigenpal human-reviews approve``).

One source, the spec: ``make generate`` renders ``_operations.py``, a pure-data table of every method
(codegen/cli.py, checked by ``make check-generated``), and this module turns its entries into parsers. A
table rather than reading the client tree at run time (``inspect`` of ``EigenpalClient``): the spec knows
what the methods' signatures cannot say cheaply (where each value goes, the operationId, the rules behind
a ``Literal``, that an answer is bytes or a stream), annotations would have to be resolved by importing
every model module, and ``--help`` would walk a hundred methods; the table is a literal that imports in
about a millisecond. The hand-written methods (uploads, downloads, streams) follow the conventions
``tests/spec/test_drift.py`` holds them to (path values first, then the file or the body, spec names as
keywords, ``to=`` and ``progress=``); ``tests/cli/test_spec_commands.py`` binds every command to its
method's real signature.

Hand-made commands win: a command whose operation ``_main.COVERED`` lists, or whose name a hand-made
command already has, is left out, and generated commands join a hand-made group (``runs reviews``
beside ``runs list``), so ``eigenpal runs --help`` lists both kinds. Building a hundred parsers takes a
tenth of a second, so a command builds only the branch its words name, and a group's help only the names
and summaries of what it holds (``add_commands``).
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Collection, Sequence
from typing import cast

from ._command import Commands, Parser, command
from ._operations import COMMANDS, GROUPS, Entry, Option
from ._option_types import JSON_METAVAR, SCALARS, json_object, option_arguments
from ._spec_call import handler_for

DESCRIPTION_WIDTH = 100


def entries(covered: Collection[str]) -> list[Entry]:
    """The table's entries whose operation no hand-made command covers."""
    return [entry for entry in COMMANDS if entry["operation"] not in covered]


def top_words(covered: Collection[str]) -> list[str]:
    """The top-level groups of the spec commands (``folders``, ``runs`` …), in the spec's order."""
    return list(dict.fromkeys(entry["words"][0] for entry in entries(covered)))


def add_commands(top: Commands, covered: Collection[str], words: Sequence[str] | None = None) -> None:
    """Every uncovered method's command under its group, joining a hand-made group of the same name.

    ``words``: the command's words as typed (``_argv.command_words``), to build only the branch they name
    (a command costs one parser, not a hundred); where they name no command (a group's help, a typo),
    that group's commands are added by name and summary only, which is all its help and its error
    read. Without ``words``, every command is built."""
    _fill(top, (), entries(covered), words)


def _fill(
    commands: Commands, prefix: tuple[str, ...], below: list[Entry], words: Sequence[str] | None
) -> None:
    depth = len(prefix)
    names = list(dict.fromkeys(entry["words"][depth] for entry in below))
    chosen = words[depth] if words is not None and len(words) > depth else None
    if chosen in names:
        names = [chosen]
    elif chosen is not None and chosen in commands.choices:
        return  # a hand-made command is chosen
    listing = words is not None and chosen not in names  # a group's help or a typo: names suffice
    for name in names:
        inner = [entry for entry in below if entry["words"][depth] == name]
        leaf = next((entry for entry in inner if len(entry["words"]) == depth + 1), None)
        if name in commands.choices:  # a hand-made command or group wins; its group may take more
            found = _subcommands(commands.choices[name])
            if leaf is None and found is not None and not listing:
                _fill(found, (*prefix, name), inner, words)
        elif listing:
            commands.add_parser(name, help=leaf["summary"] if leaf else summary((*prefix, name), inner))
        elif leaf is not None:
            _command(commands, leaf)
        else:
            _fill(_group(commands, (*prefix, name), inner), (*prefix, name), inner, words)


def _subcommands(parser: argparse.ArgumentParser) -> Commands | None:
    """The group's subcommands (``None`` for a hand-made command that takes none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return cast(Commands, action)
    return None


def summary(words: tuple[str, ...], below: list[Entry]) -> str:
    """A group's summary: its spec tag's description, else its one command's summary, else the names of
    the commands it holds."""
    names = list(dict.fromkeys(entry["words"][len(words)] for entry in below))
    alone = below[0]["summary"] if len(below) == 1 else None
    return GROUPS.get(words) or alone or "commands: " + ", ".join(names)


def _group(commands: Commands, words: tuple[str, ...], below: list[Entry]) -> Commands:
    parser = command(commands, words[-1], summary(words, below), [example(below[0])], None)
    return parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)


def _command(commands: Commands, entry: Entry) -> argparse.ArgumentParser:
    """One method's command: its path values as positionals, then its files, then its options."""
    parser = command(commands, entry["words"][-1], entry["summary"], examples(entry), handler_for(entry))
    parser.description = _description(entry)
    for argument in entry["arguments"]:
        parser.add_argument(f"path_{argument['name']}", metavar=argument["metavar"], help=argument["help"])
    for file in entry["files"]:
        nargs = "+" if file["many"] else None if file["required"] else "?"
        parser.add_argument(f"file_{file['name']}", metavar=file["metavar"], nargs=nargs, help=file["help"])
    for option in entry["options"]:
        parser.add_argument(
            option["flag"],
            dest=dest(option),
            default=argparse.SUPPRESS,
            **option_arguments(option, required=required_option(entry, option)),
        )
    if entry["body"] == "json":
        parser.add_argument(
            "--data", type=json_object, metavar=JSON_METAVAR,
            help="the whole request body as a JSON object" + ("" if entry["whole_body_only"] else "; options override its fields"),
        )  # fmt: skip
    if entry["paged"]:
        parser.add_argument("--all", action="store_true", help="follow every page")
    if entry["answer"] in ("bytes", "text"):
        where = "stdout when piped" if entry["answer"] == "bytes" else "stdout"
        parser.add_argument("-o", "--output", metavar="FILE", help=f"file to write (default: {where})")
    return parser


def required_option(entry: Entry, option: Option) -> bool:
    """Whether the command needs the option itself: a required field of a JSON body may come in ``--data``."""
    return option["required"] and (option["where"] == "query" or entry["body"] == "multipart")


def dest(option: Option) -> str:
    """Where argparse keeps an option's value: query and body options never collide with each other or
    with the positionals and the global options."""
    return f"{option['where']}_{option['name']}"


def _description(entry: Entry) -> str:
    head = entry["summary"][:1].upper() + entry["summary"][1:] + f" ({entry['http']})."
    body = textwrap.fill(entry["description"], DESCRIPTION_WIDTH)
    return head + ("\n\n" + body if body else "")


def example(entry: Entry) -> str:
    """The command with its positionals and required options: ``eigenpal runs get-step RUN STEP_EXECUTION``."""
    words = ["eigenpal", *entry["words"], *(argument["metavar"] for argument in entry["arguments"])]
    words += [file["metavar"] for file in entry["files"] if file["required"]]
    words += [_given(option) for option in entry["options"] if required_option(entry, option)]
    return " ".join(words)


def examples(entry: Entry) -> list[str]:
    """How a command reads in its help: the plain call, then the call with a body, a page walk, an output
    file or ``--json``."""
    line = example(entry)
    if entry["answer"] == "bytes":
        return [f"{line} --output FILE", f"{line} > FILE"]
    if entry["body"] == "json":
        fields = [option for option in entry["options"] if option["where"] == "body"]
        lines = [f"{line} --data @body.json"]
        if fields and not entry["whole_body_only"]:
            lines.insert(0, f"{line} {_given(fields[0])}")
        return lines
    if entry["paged"]:
        return [line, f"{line} --all --json"]
    return [line, f"{line} --json"]


def _given(option: Option) -> str:
    """The option as an example gives it: ``--type workflow``, ``--row-order 0``, ``--tree``."""
    rule = option["rule"]
    kind = rule["type"]
    if kind in ("flag", "boolean"):
        return option["flag"]
    if rule.get("values"):
        value = rule["values"][0]
    elif kind in ("integer", "number"):
        value = f"{rule.get('minimum', 1):g}"
    elif kind == "array" and (rule.get("items") or {"type": "any"})["type"] in SCALARS:
        value = "A,B"
    elif kind in ("object", "any", "array"):
        value = "@value.json"
    else:
        value = option["name"].upper()
    return f"{option['flag']} {value}"

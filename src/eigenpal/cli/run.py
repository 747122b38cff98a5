"""``eigenpal run``: start a run from inputs typed on the command line, and wait for it with ``--wait``.

Inputs: ``--input KEY=VALUE`` is always text, ``--input-json KEY=JSON`` is typed (numbers, booleans,
lists, objects), ``--inputs JSON|FILE`` gives all of them as one object, ``--file KEY=PATH`` uploads a
file. Runs started here carry the trigger ``cli``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._args import json_or_file, readable_file
from ._command import Commands, client_for, command, wait_options
from ._messages import usage_error
from ._output import ProgressBar
from .runs import follow

TARGET_HELP = (
    "workflows.<slug> or agents.<slug>, folders joined by dots (workflows.finance.x), optionally @<version>"
)


def add_commands(top: Commands) -> None:
    run = command(
        top, "run", "start a run", [
            "eigenpal run workflows.extract-invoice --file contract=contract.pdf --input customer=ACME --wait",
            "eigenpal run agents.invoice-agent@v2 --input-json po=12345 --input-json 'rush=true' --json",
        ],
        cmd_run,
    )  # fmt: skip
    run.add_argument("target", help=TARGET_HELP)
    run.add_argument(
        "--input", action="append", type=text_input, default=[], metavar="KEY=VALUE",
        help="a text input, taken as typed (repeatable)",
    )  # fmt: skip
    run.add_argument(
        "--input-json", action="append", type=json_input, dest="input", metavar="KEY=JSON",
        help="a typed input: a number, true/false, a list or an object (repeatable)",
    )  # fmt: skip
    run.add_argument(
        "--inputs", type=json_object_or_file, metavar="JSON|FILE",
        help="all inputs as one JSON object, inline or in a file (--input and --input-json add to it)",
    )  # fmt: skip
    run.add_argument(
        "--file", action="append", type=file_input, default=[], metavar="KEY=PATH",
        help="a file input (repeat a key for a list of files)",
    )  # fmt: skip
    run.add_argument("--version", help="release or Git ref (or TARGET@VERSION)")
    wait_options(run, "run", 300)


def cmd_run(args: argparse.Namespace) -> None:
    client = client_for(args)
    inputs = collect_inputs(args.inputs, args.input, args.file)
    with ProgressBar("upload") as bar:
        started = client.run(args.target, inputs, version=args.version, trigger="cli", progress=bar)
    follow(args, client, started)


# ---- inputs -----------------------------------------------------------------------------------------------
def _pair(value: str, shape: str) -> tuple[str, str]:
    key, sep, rest = value.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{value!r}: expected {shape}")
    return key, rest


def text_input(value: str) -> tuple[str, Any]:
    """``--input KEY=VALUE``: the value is text as typed (``zip=02134`` stays ``"02134"``)."""
    return _pair(value, "KEY=VALUE")


def json_input(value: str) -> tuple[str, Any]:
    """``--input-json KEY=JSON``: ``n=3``, ``ok=true``, ``tags='["a"]'``, ``name='"text"'``."""
    key, raw = _pair(value, "KEY=JSON")
    try:
        return key, json.loads(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{key}: {raw!r} is not valid JSON (quote text as '\"{raw}\"', or use --input {key}=...)"
        ) from None


def file_input(value: str) -> tuple[str, Path]:
    """``--file KEY=PATH``: an existing file."""
    key, path = _pair(value, "KEY=PATH")
    return key, readable_file(path)


def json_object_or_file(value: str) -> dict[str, Any]:
    found = json_or_file(value)
    if not isinstance(found, dict):
        raise argparse.ArgumentTypeError(f"{value!r} must be a JSON object of input names to values")
    return found


def collect_inputs(
    inputs: dict[str, Any] | None, pairs: Sequence[tuple[str, Any]], files: Sequence[tuple[str, Path]]
) -> dict[str, Any]:
    """The run's input: ``--inputs`` first, then each ``--input``/``--input-json`` pair, then the files
    (a key given twice is refused; ``--file`` may repeat a key for a list of files)."""
    found = dict(inputs or {})
    given: set[str] = set()
    for key, value in pairs:
        if key in given:
            raise usage_error(f"input {key!r} is given twice (--input / --input-json)")
        given.add(key)
        found[key] = value
    grouped: dict[str, list[Path]] = {}
    for key, path in files:
        if key in given:
            raise usage_error(f"input {key!r} is given both as a value and as a --file")
        grouped.setdefault(key, []).append(path)
    found.update({key: paths[0] if len(paths) == 1 else paths for key, paths in grouped.items()})
    return found

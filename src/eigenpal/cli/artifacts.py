"""``eigenpal runs artifacts``: list a run's files and download one, with a progress bar on a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._command import Commands, client_for, group, run_id_command, show
from ._output import Printer, ProgressBar


def add_commands(runs: Commands) -> None:
    artifacts = group(runs, "artifacts", "a run's files", ["eigenpal runs artifacts list <run-id>"])
    run_id_command(
        artifacts,
        "list",
        "list a run's artifacts",
        ["eigenpal runs artifacts list <run-id>"],
        cmd_list,
    )
    download = run_id_command(
        artifacts, "download", "download one artifact",
        ["eigenpal runs artifacts download <run-id> output/summary.json -o summary.json"],
        cmd_download,
    )  # fmt: skip
    download.add_argument("path", metavar="PATH", help="the artifact's path, as listed")
    download.add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: the artifact's name)"
    )


def cmd_list(args: argparse.Namespace) -> None:
    show(args, client_for(args).runs.artifacts.list(args.run_id), artifacts_table)


def cmd_download(args: argparse.Namespace) -> None:
    target = args.output or Path(args.path).name
    with ProgressBar(f"download {args.path}") as bar:
        written = client_for(args).runs.artifacts.download(args.run_id, args.path, to=target, progress=bar)
    show(args, {"path": str(target), "bytes": written})


def artifacts_table(data: Mapping[str, Any], printer: Printer) -> None:
    printer.table(
        ["path", "role", "type", "size"],
        [[a.get("path"), a.get("role"), a.get("contentType"), a.get("size")] for a in data.get("artifacts") or []],
        empty="no artifacts",
    )  # fmt: skip

"""``eigenpal auth check``: who the API key belongs to."""

from __future__ import annotations

import argparse

from ._command import Commands, client_for, command, group, show


def add_commands(top: Commands) -> None:
    auth = group(top, "auth", "API key identity", ["eigenpal auth check"])
    command(auth, "check", "who this key belongs to", ["eigenpal auth check --json"], cmd_check)


def cmd_check(args: argparse.Namespace) -> None:
    show(args, client_for(args).auth.check())

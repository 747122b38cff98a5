"""``eigenpal emulator``: serve a local Eigenpal API until Ctrl-C or SIGTERM (needs ``eigenpal[emulator]``),
printing the ``export`` lines that point another shell at it."""

from __future__ import annotations

import argparse
import shlex
import signal
import threading

from ._args import port, seconds
from ._command import Commands, command
from ._messages import CliError
from ._output import note


def add_commands(top: Commands) -> None:
    emulator = command(
        top, "emulator", "serve a local Eigenpal API until Ctrl-C (needs eigenpal[emulator])",
        ["eigenpal emulator --port 8787 --api-key sk-test", "eigenpal emulator --port 0 --latency 2"],
        cmd_emulator,
        api_key_help="the key the emulator accepts (default: a fresh random key)",
    )  # fmt: skip
    emulator.add_argument("--port", type=port, default=8787, help="port to listen on (0 picks a free one)")
    emulator.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    emulator.add_argument("--latency", type=seconds, default=0.5, help="seconds a run takes (default 0.5)")


def cmd_emulator(args: argparse.Namespace) -> None:
    """Serve the emulator until Ctrl-C or SIGTERM; stdout gets ``export`` lines to paste into a shell."""
    try:
        from eigenpal.emulator import Emulator, new_api_key
    except ImportError as error:
        raise CliError(str(error)) from None
    # A key is always set: other programs on this machine can reach the server.
    emulator = Emulator(
        host=args.host, port=args.port, api_key=args.api_key or new_api_key(), latency=args.latency
    )
    try:
        emulator.start()
    except OSError as error:
        raise CliError(
            f"cannot listen on {args.host}:{args.port}: {error.strerror or error}",
            hints=[("pick a free port", "eigenpal emulator --port 0")],
        ) from None
    try:
        note(f"Eigenpal emulator listening on {emulator.url} (Ctrl-C stops it)")
        print(f"export EIGENPAL_BASE_URL={shlex.quote(emulator.url)}")
        print(f"export EIGENPAL_API_KEY={shlex.quote(emulator.api_key)}", flush=True)
        _serve_until_stopped()
    finally:
        emulator.stop()


def _serve_until_stopped() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        return

"""``eigenpal emulator``: serve a local Eigenpal API until Ctrl-C or SIGTERM (needs ``eigenpal[emulator]``),
printing the ``export`` lines that point another shell at it. With ``--webhook-url`` its runs send signed
webhooks there (``--webhook-fault`` disturbs them as a receiver must survive)."""

from __future__ import annotations

import argparse
import shlex
import signal
import threading
from typing import Any

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
    emulator.add_argument(
        "--webhook-url",
        metavar="URL",
        help="send run.created and run.status_changed webhooks to this receiver",
    )
    emulator.add_argument(
        "--webhook-secret",
        metavar="SECRET",
        help="the whsec_ secret to sign them with (default: a fresh one, printed)",
    )
    emulator.add_argument(
        "--webhook-fault", metavar="NAME[=VALUE]", type=webhook_fault, action="append", default=[],
        help="a delivery fault, repeatable: duplicate[=P], reorder, delay=SECONDS, drop-first-attempt, "
        "bad-signature[=P] (P: a probability, default 1), seed=N",
    )  # fmt: skip


def cmd_emulator(args: argparse.Namespace) -> None:
    """Serve the emulator until Ctrl-C or SIGTERM; stdout gets ``export`` lines to paste into a shell."""
    try:
        from eigenpal.emulator import Emulator, new_api_key
    except ImportError as error:
        raise CliError(str(error)) from None
    if (args.webhook_secret or args.webhook_fault) and not args.webhook_url:
        raise CliError("--webhook-secret and --webhook-fault need --webhook-url (where the webhooks go)")
    # A key is always set: other programs on this machine can reach the server.
    try:
        emulator = Emulator(
            host=args.host, port=args.port, api_key=args.api_key or new_api_key(), latency=args.latency,
            **_webhook_options(args),
        )  # fmt: skip
    except ValueError as error:  # EigenpalUsageError: a webhook option the emulator refuses, named
        raise CliError(str(error)) from None
    try:
        emulator.start()
    except OSError as error:
        raise CliError(
            f"cannot listen on {args.host}:{args.port}: {error.strerror or error}",
            hints=[("pick a free port", "eigenpal emulator --port 0")],
        ) from None
    stop = _stop_on_sigterm()  # before the exports: a caller may stop the server as soon as it reads them
    try:
        note(f"Eigenpal emulator listening on {emulator.url} (Ctrl-C stops it)")
        print(f"export EIGENPAL_BASE_URL={shlex.quote(emulator.url)}")
        print(f"export EIGENPAL_API_KEY={shlex.quote(emulator.api_key)}", flush=True)
        if args.webhook_url:
            note(f"Webhooks of its runs go to {emulator.webhook_url}")
        if args.webhook_url and not args.webhook_secret:
            print(f"export EIGENPAL_WEBHOOK_SECRET={shlex.quote(str(emulator.webhook_secret))}", flush=True)
        _serve_until(stop)
    finally:
        emulator.stop()


FAULT_KINDS = {
    "duplicate": "probability",
    "bad_signature": "probability",
    "reorder": "switch",
    "drop_first_attempt": "switch",
    "delay": "seconds",
    "seed": "number",
}


def webhook_fault(value: str) -> tuple[str, Any]:
    """``NAME[=VALUE]`` of ``--webhook-fault``, as a ``WebhookFaults`` keyword and its value."""
    name, given, text = value.partition("=")
    name = name.strip().replace("-", "_")
    kind = FAULT_KINDS.get(name)
    if kind is None:
        names = ", ".join(sorted(n.replace("_", "-") for n in FAULT_KINDS))
        raise argparse.ArgumentTypeError(f"{value!r} is not a webhook fault; choose from {names}")
    if kind == "switch":
        if given and text.strip().lower() not in ("1", "true", "yes", "on"):
            raise argparse.ArgumentTypeError(f"{name.replace('_', '-')} is a switch: give it without a value")
        return name, True
    if not given and kind in ("seconds", "number"):
        raise argparse.ArgumentTypeError(f"{name} needs a value: {name}=N")
    try:
        number = int(text) if kind == "number" else float(text) if given else 1.0
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: {text!r} is not a number") from None
    return name, number


def _webhook_options(args: argparse.Namespace) -> dict[str, Any]:
    """The emulator's webhook keywords from the flags (none without ``--webhook-url``)."""
    if not args.webhook_url:
        return {}
    from eigenpal.emulator import WebhookFaults

    return {
        "webhook_url": args.webhook_url,
        "webhook_secret": args.webhook_secret,
        "webhook_faults": WebhookFaults(**dict(args.webhook_fault)) if args.webhook_fault else None,
    }


def _stop_on_sigterm() -> threading.Event:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    return stop


def _serve_until(stop: threading.Event) -> None:
    try:
        stop.wait()
    except KeyboardInterrupt:
        return

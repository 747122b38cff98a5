"""``eigenpal webhooks``: receive Eigenpal's signed webhook events on this machine (``listen``), or check one
saved delivery (``verify``), over ``eigenpal.webhooks``.

Both print each verified event as a row (time, type, event id, run id, status) or, with ``--json``, its wire
JSON (``listen``: one line per event, for ``jq`` and logs). A delivery that fails verification is reported
with the check that failed (``header``, ``timestamp``, ``signature`` or ``payload``); ``verify`` then exits 1,
``listen`` warns and goes on, or exits 1 with ``--exit-on-bad-signature``. The signing secret comes from
``--secret`` or ``EIGENPAL_WEBHOOK_SECRET`` and is never printed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eigenpal import EigenpalUsageError, EigenpalWebhookError

from ._args import port, positive_int, seconds
from ._command import Commands, command, group
from ._messages import CliError, interrupted, usage_error
from ._output import note, text

if TYPE_CHECKING:
    from eigenpal.webhooks import WebhookEvent

SECRET_ENV = "EIGENPAL_WEBHOOK_SECRET"
SECRET_HELP = (
    f"the endpoint's signing secret, whsec_... (default: ${SECRET_ENV}; the variable keeps it out of "
    "shell history and the process list)"
)
DEFAULT_TOLERANCE = 300.0
"""``eigenpal.webhooks.DEFAULT_TOLERANCE``, written here so that building the parser (for any command's help)
imports nothing of the webhooks package; a test keeps the two equal."""
COLUMNS = (("time", 25), ("type", 18), ("event", 30), ("run", 30), ("status", 0))
"""A row's cells and their widths: rows are printed one at a time as events arrive, so the widths are fixed
(a longer value pushes the rest of its row along rather than being cut: ids stay whole)."""
HEADINGS = [name.upper() for name, _ in COLUMNS]
WIDTHS = [width for _, width in COLUMNS]


def add_commands(top: Commands) -> None:
    webhooks = group(
        top, "webhooks", "receive and check Eigenpal's signed webhook events",
        ["eigenpal webhooks listen --port 8787", "eigenpal webhooks verify --body body.json --headers headers.json"],
    )  # fmt: skip
    listen = command(
        webhooks, "listen", "receive webhook deliveries here, verify each and print its event until Ctrl-C",
        ["eigenpal webhooks listen --port 8787 --path /webhooks",
         "eigenpal webhooks listen --port 8787 --json --exit-on-bad-signature | jq .data.run.status",
         "eigenpal webhooks listen --port 0 --count 1"],
        cmd_listen,
    )  # fmt: skip
    listen.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    listen.add_argument("--port", type=port, default=8787, help="port to listen on (0 picks a free one)")
    listen.add_argument(
        "--path", type=url_path, default="/", help="the URL path deliveries come to (default /)"
    )
    _secret_option(listen)
    listen.add_argument(
        "--exit-on-bad-signature", action="store_true",
        help="exit 1 on the first delivery that fails verification (default: warn and keep listening)",
    )  # fmt: skip
    listen.add_argument("--count", type=positive_int, metavar="N", help="exit 0 after N events")
    _tolerance_options(listen)

    check = command(
        webhooks, "verify", "check one saved delivery: its signature, timestamp and event",
        ["eigenpal webhooks verify --body body.json --headers headers.json --no-tolerance",
         "eigenpal webhooks verify --body - --header webhook-id:whev_1 --header webhook-timestamp:1767225600 "
         "--header 'webhook-signature:v1,...' < body.json"],
        cmd_verify,
    )  # fmt: skip
    _secret_option(check)
    check.add_argument(
        "--body", required=True, metavar="FILE", help="the raw request body as received (- reads stdin)"
    )
    sent = check.add_mutually_exclusive_group(required=True)
    sent.add_argument(
        "--headers", type=headers_file, metavar="FILE.json",
        help='the request\'s headers as a JSON object ({"webhook-id": "whev_...", ...})',
    )  # fmt: skip
    sent.add_argument(
        "--header", action="append", type=header, metavar="NAME:VALUE", dest="header_list",
        help="one request header (repeatable)",
    )  # fmt: skip
    _tolerance_options(check)


def _secret_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--secret", metavar="SECRET", help=SECRET_HELP)


def _tolerance_options(parser: argparse.ArgumentParser) -> None:
    window = parser.add_mutually_exclusive_group()
    window.add_argument(
        "--tolerance", type=seconds, metavar="SECONDS",
        help=f"how far a delivery's timestamp may be from now (default {DEFAULT_TOLERANCE:g})",
    )  # fmt: skip
    window.add_argument(
        "--no-tolerance", action="store_const", const=None, dest="tolerance",
        help="skip the timestamp check (a delivery saved long ago)",
    )  # fmt: skip
    parser.set_defaults(tolerance=DEFAULT_TOLERANCE)


# ---- argument types ---------------------------------------------------------------------------------------
def url_path(value: str) -> str:
    if not value.startswith("/"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a URL path: start it with / (such as /webhooks)")
    return value


def header(value: str) -> tuple[str, str]:
    """``NAME:VALUE``, as curl takes it; space around the value is dropped."""
    name, colon, given = value.partition(":")
    if not colon or not name.strip():
        raise argparse.ArgumentTypeError(f"{value!r} is not NAME:VALUE (such as webhook-id:whev_1)")
    return name.strip(), given.strip()


def headers_file(value: str) -> dict[str, str]:
    """A JSON object of header names and values (numbers are taken as written)."""
    try:
        found = json.loads(Path(value).read_bytes())
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot read {value!r}: {error.strerror or error}") from None
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not JSON: {error}") from None
    if not isinstance(found, dict) or not all(
        isinstance(item, (str, int)) and not isinstance(item, bool) for item in found.values()
    ):
        raise argparse.ArgumentTypeError(
            f'{value!r} does not hold a JSON object of header names and values ({{"webhook-id": "whev_..."}})'
        )
    return {str(name): str(item) for name, item in found.items()}


# ---- handlers ---------------------------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace) -> None:
    from eigenpal.webhooks import verify

    secret = signing_secret(args)
    body = _read_body(args.body)
    headers = args.headers if args.headers is not None else dict(args.header_list)
    try:
        event = verify(body, headers, secret, tolerance=args.tolerance)
    except EigenpalWebhookError as error:
        raise CliError(rejection(error)) from None
    if args.json:
        json.dump(wire(event), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(row(HEADINGS))
        print(row(event_cells(event)))


def cmd_listen(args: argparse.Namespace) -> None:
    from eigenpal.webhooks import WebhookListener

    printer = _EventPrinter(args)
    _quiet_listener_log()
    secret = signing_secret(args)
    try:
        listener = WebhookListener(
            secret, host=args.host, port=args.port, path=args.path, tolerance=args.tolerance,
            on_event=printer.event, on_rejected=printer.rejected,
        )  # fmt: skip
    except EigenpalUsageError as error:  # "host: ...", "path: ...": the flag of that name
        raise usage_error(f"--{error.message}") from None
    try:
        listener.start()
    except EigenpalUsageError as error:  # the port is taken, or the host is not this machine's
        raise CliError(
            error.message.removeprefix("host/port: ").replace("; pass port=0 for a free port", ""),
            hints=[("pick a free port", "eigenpal webhooks listen --port 0")],
        ) from None
    with listener:
        try:
            note(f"listening for Eigenpal webhooks on {listener.url} (Ctrl-C stops)")
            printer.start()
            with _stopped_by_sigterm(printer.done):
                printer.done.wait()
        except KeyboardInterrupt:
            raise interrupted(f"stopped listening: {printer.summary(listener.duplicates)}.") from None
    note(printer.summary(listener.duplicates))
    if printer.reader_gone:
        raise BrokenPipeError  # `eigenpal webhooks listen --json | head -1`: the reader has what it wanted
    if printer.failed:
        raise CliError("stopped at the delivery that failed verification (--exit-on-bad-signature)")


def _quiet_listener_log() -> None:
    """The listener logs an event it could not hand over (answered 500, so the service sends it again):
    that is this command closing, not news for its stderr."""
    logger = logging.getLogger("eigenpal.webhooks")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


class _Closing(Exception):
    """An event that came while the command closes: not shown, so answered 500 and sent again later."""


class _EventPrinter:
    """The listener's callbacks: one line per new event on stdout, a warning per rejected delivery on stderr,
    and ``done`` set when ``--count`` events have come, a rejection ends the command or stdout's reader has
    gone. An event not shown is not acknowledged: it raises, so the listener answers 500."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.json = bool(args.json)
        self.count: int | None = args.count
        self.exit_on_rejection = bool(args.exit_on_bad_signature)
        self.done = threading.Event()
        self.events = 0
        self.rejections = 0
        self.failed = False
        self.reader_gone = False
        self._lock = threading.Lock()

    def start(self) -> None:
        """The table's headings, before any row (none with ``--json``: each line is a JSON document)."""
        if not self.json:
            print(row(HEADINGS), flush=True)

    def event(self, event: WebhookEvent) -> None:
        with self._lock:
            if self.done.is_set():
                raise _Closing(event.id)
            line = json.dumps(wire(event), ensure_ascii=False) if self.json else row(event_cells(event))
            try:
                print(line, flush=True)
            except BrokenPipeError:
                self.reader_gone = True
                self.done.set()
                raise
            self.events += 1
            if self.count is not None and self.events >= self.count:
                self.done.set()

    def rejected(self, error: EigenpalWebhookError) -> None:
        with self._lock:
            self.rejections += 1
            note(f"warning: rejected a delivery: {rejection(error)}")
            if self.exit_on_rejection and not self.done.is_set():
                self.failed = True
                self.done.set()

    def summary(self, duplicates: int) -> str:
        return (
            f"{_plural(self.events, 'event')}, {_plural(duplicates, 'duplicate delivery', 'duplicate deliveries')}"
            f" not shown again, {_plural(self.rejections, 'delivery', 'deliveries')} rejected"
        )


@contextmanager
def _stopped_by_sigterm(done: threading.Event) -> Iterator[None]:
    """SIGTERM ends the command as ``--count`` does (a process manager's stop), its handler restored after."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread takes signals
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def signing_secret(args: argparse.Namespace) -> str:
    """``--secret`` or ``$EIGENPAL_WEBHOOK_SECRET``, checked before anything listens or reads a body; a
    usage error naming ``--secret`` (never echoing it) when it is missing or not a signing secret."""
    secret = args.secret if args.secret is not None else os.environ.get(SECRET_ENV)
    where = "--secret" if args.secret is not None else f"--secret (from ${SECRET_ENV})"
    if not secret:
        raise usage_error(
            f"--secret is required: pass the endpoint's whsec_... signing secret, or set ${SECRET_ENV} "
            "to keep it out of shell history"
        )
    from eigenpal.webhooks import sign

    try:
        sign(b"", secret, event_id="whev_check")
    except EigenpalUsageError as error:
        raise usage_error(f"{where}: {error.message.removeprefix('secret: ')}") from None
    return str(secret)


def _read_body(name: str) -> bytes:
    """The body's bytes exactly as saved (no newline or encoding translation: the signature covers them)."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as error:
        raise usage_error(f"--body: cannot read {name!r}: {error.strerror or error}") from None


# ---- views ------------------------------------------------------------------------------------------------
def rejection(error: EigenpalWebhookError) -> str:
    """``<check> check failed: <why>``, with the SDK's advice in the command's terms."""
    return f"{error.check} check failed: {error.message.replace('tolerance=None', '--no-tolerance')}"


def wire(event: WebhookEvent) -> Any:
    """The event's wire JSON: the envelope as the service sent it."""
    from eigenpal.webhooks import UnknownWebhookEvent

    return event.body if isinstance(event, UnknownWebhookEvent) else event.to_dict()


def event_cells(event: WebhookEvent) -> list[str]:
    """time, type, event id, run id, and the run's status: ``previous → current`` for a change, ``(test)``
    after a test send."""
    data = _mapping(wire(event))
    body = _mapping(data.get("data"))
    run = _mapping(body.get("run"))
    if "previousStatus" in body or "currentStatus" in body:
        status = f"{text(body.get('previousStatus'))} → {text(body.get('currentStatus'))}"
    else:
        status = text(run.get("status"))
    if data.get("test") is True:
        status += " (test)"
    return [
        text(data.get("createdAt")),
        text(data.get("type")),
        text(data.get("id")),
        text(run.get("id")),
        status,
    ]


def row(cells: list[str]) -> str:
    """One line of the table, its cells padded to the widths of ``COLUMNS``."""
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=True)).rstrip()


def _mapping(value: Any) -> Mapping[str, Any]:
    """``value`` when it is an object; an unknown event's ``data`` may be anything."""
    return value if isinstance(value, Mapping) else {}


def _plural(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"

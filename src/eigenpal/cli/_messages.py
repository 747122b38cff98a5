"""Failures in command-line terms: exit codes, what an unfinished wait says, and the SDK's Python advice
rewritten as flags and commands.

The SDK speaks to Python callers (``pass EigenpalClient(api_key=...)``, ``client.runs.wait('run_1')``,
``allow_without_expected=True``). The command line passes its own values where it can, so most of those
messages are never reached; the rest are rewritten here, in one table.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from eigenpal import EigenpalAPIError, EigenpalError, EigenpalUsageError
from eigenpal.spec import ACCEPTED_FORMS

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
"""The exit codes, as the package's docstring and README's "Command line" describe them."""

Hint = tuple[str, str]
"""What a command does and the command: ``("follow it", "eigenpal runs wait run_1")``."""


class CliError(Exception):
    """A failure the command line reports: the message, the exit code and commands that help next."""

    def __init__(
        self, message: str, *, code: int = EXIT_API_ERROR, hints: Sequence[Hint] = (), label: str = "error"
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.hints = hints
        self.label = label


def usage_error(message: str, hints: Sequence[Hint] = ()) -> CliError:
    return CliError(message, code=EXIT_USAGE, hints=hints)


def interrupted(message: str, hints: Sequence[Hint] = ()) -> CliError:
    return CliError(message, code=EXIT_INTERRUPTED, hints=hints, label="interrupted")


@contextmanager
def resumable(what: str, hints: Sequence[Hint]) -> Iterator[None]:
    """Ctrl-C inside: say that ``what`` keeps running on the server and how to resume (exit 130)."""
    try:
        yield
    except KeyboardInterrupt:
        raise interrupted(f"{what} keeps running on the server.", hints) from None


def timed_out(what: str, timeout: float, hints: Sequence[Hint]) -> CliError:
    """A wait that ran out of time: ``what`` keeps running on the server (exit 1)."""
    return CliError(
        f"{what} did not finish within {timeout:g} s; it keeps running on the server.", hints=hints
    )


CLI_TARGET_FORMS = (
    "workflows.<slug> or agents.<slug> (folders joined by dots: workflows.finance.extract-invoice), "
    "or an automation id, optionally with @<version> or @latest"
)
_FLAGS = {  # argument names in the SDK's messages, and what the command line calls them
    "api_key": "--api-key",
    "base_url": "--base-url",
    "timeout_seconds": "--timeout",
    "version": "--version",
    "rate": "--rate",
    "limit": "--limit",
    "name": "--name",
    "target": "target",
}
_REWRITES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(re.escape(ACCEPTED_FORMS)), CLI_TARGET_FORMS),
    (re.compile(r" \(a dict slug uses '/'\)|, or \{'type': [^}]*\}"), ""),
    (re.compile(r"pass \w+\(api_key=\.\.\.\)"), "pass --api-key"),
    (
        re.compile(r"Attach the correction first \(.*\), or pass allow_without_expected=True"),
        "Attach the correction first (eigenpal review incorrect <run-id> --corrected-output JSON|FILE), "
        "or pass --allow-without-expected",
    ),
    (
        re.compile(r"Upload every file with client\.files\.upload .* directly\."),
        "Give every file with --file instead.",
    ),
    (re.compile(r"client\.runs\.(\w+)\('([^']*)'\)"), r"eigenpal runs \1 \2"),
    (re.compile(r"(--[a-z-]+)="), r"\1 "),
    (re.compile(rf"\b({'|'.join(_FLAGS)})="), lambda match: _FLAGS[match[1]] + " "),
    (re.compile(r"\b(api_key|base_url|timeout_seconds)\b"), lambda match: _FLAGS[match[1]]),
]


def cli_terms(message: str) -> str:
    """The SDK's message with Python calls and argument names replaced by commands and flags."""
    for pattern, replacement in _REWRITES:
        message = pattern.sub(replacement, message)
    return message


def from_sdk(error: EigenpalError) -> CliError:
    """An SDK error as a ``CliError``: usage errors exit 2, the rest 1 with the request id."""
    if isinstance(error, EigenpalUsageError):
        return usage_error(cli_terms(error.message))
    # An API error's message is the service's; the SDK's own messages (timeouts, network) get rewritten.
    message = error.message if isinstance(error, EigenpalAPIError) else cli_terms(error.message)
    hints = [("request id", error.request_id)] if error.request_id and error.request_id not in message else []
    return CliError(message, hints=hints)


def report(error: CliError) -> int:
    """Print ``error: …`` and the hint lines on stderr; returns the exit code."""
    print(f"{error.label}: {error.message}", file=sys.stderr)
    width = max((len(what) for what, _ in error.hints), default=0)
    for what, command in error.hints:
        print(f"  {(what + ':').ljust(width + 1)} {command}", file=sys.stderr)
    return error.code

"""The ``eigenpal`` command line: the client tree for an operator's daily work.

    eigenpal run workflows.extract-invoice --file contract=contract.pdf --input customer=ACME --wait
    eigenpal runs steps <run-id>
    eigenpal review queue --automation workflows.extract-invoice --rate 0.15
    eigenpal review fail <run-id> --expected corrected.json
    eigenpal promote <run-id>

Global options (``--json``, ``--wide``, ``--base-url``, ``--api-key``, ``--timeout``) go before or after
the command; ``--base-url`` and ``--api-key`` fall back to ``EIGENPAL_BASE_URL`` and ``EIGENPAL_API_KEY``.
Output is a table or ``key  value`` lines cut to the terminal width (``--wide`` keeps long values whole);
``--json`` prints the wire JSON. Errors, hints and progress go to stderr; progress only on a terminal.

Exit codes:

- 0: success (a run that ended ``failed`` is still a success of the command: read its status);
- 1: the API or the network failed (the request id is printed), a ``--wait`` timed out, or the emulator
  could not start;
- 2: usage: a bad option or value, an unknown automation, a file that is neither readable nor JSON, a
  group such as ``eigenpal runs`` without its command (its help is printed);
- 130: interrupted (Ctrl-C). A wait that times out or is interrupted leaves the run or experiment going
  and prints its id and the command that resumes the wait (``eigenpal runs wait <run-id>``).

Standard library only (argparse, plain tables, a one-line progress display), by choice: ``rich`` draws
nicer tables and bars, but as an optional extra it would need a plain fallback anyway, which would be a
second output path to keep equal and tested, and it would add its import time to every command. The
tables here are simple enough to fit a terminal by cutting the widest column.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    return run_command(sys.argv[1:] if argv is None else argv)


def run_command(argv: list[str]) -> int:
    """Parse, run the handler, and turn every failure into its message on stderr and its exit code."""
    import os

    from .._errors import EigenpalError
    from ._messages import CliError, from_sdk, interrupted, report, usage_error
    from ._parser import build_parser

    try:
        args = build_parser().parse_args(argv)
        args.handler(args)
    except CliError as error:
        return report(error)
    except EigenpalError as error:
        return report(from_sdk(error))
    except KeyboardInterrupt:
        return report(interrupted("stopped before it finished."))
    except BrokenPipeError:  # the reader went away (`eigenpal ... | head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from failing on flush
        return EXIT_OK
    except OSError as error:  # a file to read or write
        return report(usage_error(str(error)))
    return EXIT_OK

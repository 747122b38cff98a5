"""The ``eigenpal`` command line: the client tree for an operator's daily work.

    eigenpal run workflows.extract-invoice --file contract=contract.pdf --input customer=ACME --wait
    eigenpal runs trace <run-id>
    eigenpal review queue --automation workflows.extract-invoice --rate 0.15
    eigenpal review fail <run-id> --expected corrected.json
    eigenpal promote <run-id>

Options ``--base-url`` and ``--api-key`` fall back to ``EIGENPAL_BASE_URL`` and ``EIGENPAL_API_KEY``.
Output is a readable table or listing; ``--json`` prints the wire JSON for scripts. Errors go to stderr
with the request id. Exit codes: 0 success, 1 the API (or the network) failed, 2 usage error.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    from ._commands import run_command

    return run_command(sys.argv[1:] if argv is None else argv)

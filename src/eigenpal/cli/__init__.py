"""The ``eigenpal`` command line: the client tree for an operator's daily work.

    eigenpal run workflows.extract-invoice --file contract=contract.pdf --input customer=ACME --wait
    eigenpal runs steps <run-id>
    eigenpal review queue --automation workflows.extract-invoice --rate 0.15
    eigenpal review incorrect <run-id> --corrected-output corrected.json
    eigenpal promote <run-id>

Global options (``--json``, ``--wide``, ``--base-url``, ``--api-key``, ``--timeout``) go before or after
the command; ``--base-url`` and ``--api-key`` fall back to ``EIGENPAL_BASE_URL`` and ``EIGENPAL_API_KEY``.
Output is a table or ``key  value`` lines cut to the terminal width (``--wide`` keeps long values whole);
``--json`` prints the wire JSON. Errors, hints and progress go to stderr; progress only on a terminal.

Exit codes:

- 0: success (a run that ended ``failed`` is still a success of the command: read its status);
- 1: the API or the network failed (the request id is printed), a ``--wait`` timed out, the emulator or
  the webhook listener could not start, or a webhook delivery failed verification (``webhooks verify``,
  ``webhooks listen --exit-on-bad-signature``);
- 2: usage: a bad option or value, an unknown automation, a file that is neither readable nor JSON, a
  group such as ``eigenpal runs`` without its command (its help is printed);
- 130: interrupted (Ctrl-C). A wait that times out or is interrupted leaves the run or experiment going
  and prints its id and the command that resumes the wait (``eigenpal runs wait <run-id>``).

One module per command group holds its parser, handlers and views: ``run``, ``runs`` (with
``artifacts``), ``review`` (with ``promote``), ``experiments``, ``auth``, ``emulator``, ``webhooks``. They share
``_main`` (the entry point and the command tree), ``_command`` (a command's parser with the global
options, its client and how it prints), ``_args`` (argument types), ``_automations`` (``--automation``
names), ``_messages`` (exit codes and failures) and ``_output`` (tables, JSON, progress). The command line
is a user of the SDK like any other: it imports only public names (``eigenpal``, ``eigenpal.types``,
``eigenpal.spec``, ``eigenpal.lifecycle``, ``eigenpal.emulator``, ``eigenpal.webhooks``).

Standard library only (argparse, plain tables, a one-line progress display), by choice: ``rich`` draws
nicer tables and bars, but as an optional extra it would need a plain fallback anyway, which would be a
second output path to keep equal and tested, and it would add its import time to every command. The
tables here are simple enough to fit a terminal by cutting the widest column.
"""

from ._main import main, run_command
from ._messages import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_API_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main", "run_command"]

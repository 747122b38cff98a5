"""A notebook-style session with the blocking client: run a document, look at the result, download files.

python examples/notebook_flow.py                       # the embedded emulator and a sample contract
EIGENPAL_API_KEY=... python examples/notebook_flow.py path/to/contract.pdf
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _setup import SAMPLE, connected

from eigenpal import EigenpalClient


def main(document: Path, downloads: Path) -> None:
    client = EigenpalClient()  # EIGENPAL_API_KEY, and EIGENPAL_BASE_URL for self-hosted deployments
    run = client.run_and_wait("workflows.extract-invoice", input={"contract": document})
    print("status:", run.execution.status, "in", run.timing.duration_ms, "ms")
    print("output:", run["output"])

    for artifact in client.runs.artifacts.list(run.id).artifacts:
        print("artifact:", artifact.path, artifact.size, "bytes")
        if artifact.role == "output":
            written = client.runs.artifacts.download(run.id, artifact.path, to=downloads / artifact.name)
            print("  saved", artifact.name, f"({written} bytes)")

    usage = client.runs.usage(run.id).usage
    print("usage:", usage.to_dict() if usage else "not recorded yet")


if __name__ == "__main__":
    with connected(), tempfile.TemporaryDirectory() as downloads:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE, Path(downloads))

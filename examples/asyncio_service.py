"""An asyncio service that extracts many documents with bounded concurrency and handles errors.

python examples/asyncio_service.py                     # the embedded emulator and a sample contract
EIGENPAL_API_KEY=... python examples/asyncio_service.py contracts/*.pdf
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from _setup import SAMPLE, connected

from eigenpal import AsyncEigenpalClient, EigenpalError, EigenpalTimeoutError

CONCURRENCY = 8


async def extract(client: AsyncEigenpalClient, limiter: asyncio.Semaphore, path: Path) -> dict[str, object]:
    async with limiter:
        try:
            run = await client.run_and_wait(
                "workflows.extract-invoice", {"contract": path}, timeout_seconds=120
            )
        except EigenpalTimeoutError as error:
            return {
                "file": path.name,
                "status": "pending",
                "run_id": error.run_id,
            }  # still running server-side
        except EigenpalError as error:
            return {"file": path.name, "status": "error", "error": str(error), "request_id": error.request_id}
        return {"file": path.name, "status": run.execution.status, "output": run.output}


async def main(paths: list[Path]) -> None:
    limiter = asyncio.Semaphore(CONCURRENCY)
    async with AsyncEigenpalClient(max_retries=3) as client:
        results = await asyncio.gather(*(extract(client, limiter, path) for path in paths))
    for result in results:
        print(result)


if __name__ == "__main__":
    files = [Path(p) for p in sys.argv[1:]] or [SAMPLE] * 4
    with connected():
        asyncio.run(main(files))

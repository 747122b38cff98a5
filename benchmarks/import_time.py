"""Import cost of ``import eigenpal`` against ``import httpx`` alone, net of interpreter start-up.

Each import runs in a fresh interpreter that times only the import statement; the median of N runs is
reported. The two modules take turns, so load from elsewhere that comes and goes during the
measurement weighs on both alike. Goal: eigenpal at most 1.15x httpx.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_once(module: str) -> float:
    """Seconds ``import module`` takes in a fresh interpreter."""
    probe = [sys.executable, "-c", PROBE.format(module=module)]
    return float(subprocess.run(probe, check=True, capture_output=True, text=True).stdout)


def import_seconds(module: str, runs: int) -> float:
    return statistics.median(import_once(module) for _ in range(runs))


def measure(runs: int = 15) -> dict[str, float]:
    samples: dict[str, list[float]] = {"httpx": [], "eigenpal": []}
    for _ in range(runs):
        for module, times in samples.items():
            times.append(import_once(module))
    httpx_s, eigenpal_s = (statistics.median(samples[m]) for m in ("httpx", "eigenpal"))
    return {"httpx_ms": httpx_s * 1000, "eigenpal_ms": eigenpal_s * 1000, "ratio": eigenpal_s / httpx_s}


if __name__ == "__main__":
    result = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
    print(
        f"import httpx {result['httpx_ms']:.1f} ms, import eigenpal {result['eigenpal_ms']:.1f} ms: "
        f"ratio {result['ratio']:.2f}x (goal <= 1.15x)"
    )

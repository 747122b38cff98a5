"""Many calls in flight: the SDK's clients next to plain httpx and aiohttp, against ``canned_server.py``.

Every implementation makes the same call, ``GET /v1/runs/{id}`` parsed from JSON (the SDK into its
typed ``Run``, the raw floors into dicts), from N asyncio tasks or N threads that each take the next
call, against a server that answers in microseconds, so the figures are the clients'. Each round makes
new clients and first warms them with N calls outside the timing (connections, lazy imports). Rounds
alternate the order of the implementations, so drift in the machine's load falls on all of them.

Per implementation and round: calls/s, client CPU per call (this process's user + system time, all
threads), the process's peak RSS during the timed calls and what they added to it (the kernel's
high-water mark, reset after the warm-up) and the sockets this process has open when the calls end
(the pool the client keeps).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx
from transfer import PeakRss

from eigenpal import AsyncEigenpalClient, EigenpalClient

LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""The pool the SDK builds for itself (``_transports/base.py``); raw httpx gets the same, aiohttp's default is 100."""
TIMEOUT = httpx.Timeout(120.0)
MIB = 1024 * 1024


@dataclass(frozen=True)
class Target:
    url: str
    key: str
    run_id: str

    @property
    def run_url(self) -> str:
        return f"{self.url}/v1/runs/{self.run_id}"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


@dataclass(frozen=True)
class Sample:
    calls: int
    seconds: float
    cpu_seconds: float
    peak_rss: int
    added_rss: int
    sockets: int

    @property
    def rate(self) -> float:
        return self.calls / self.seconds


def open_sockets() -> int:
    """Sockets this process has open (0 off Linux)."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return 0
    count = 0
    for name in names:
        with contextlib.suppress(OSError):
            count += os.readlink(f"/proc/self/fd/{name}").startswith("socket:")
    return count


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Meter:
    """Made before a client exists (the socket baseline); ``start`` after warming it, ``stop`` after the calls."""

    def __init__(self) -> None:
        self.sockets = open_sockets()
        self.peak = PeakRss()
        self.cpu = 0.0

    def start(self) -> None:
        self.peak.start()
        self.cpu = _cpu()

    def stop(self, calls: int, seconds: float) -> Sample:
        cpu = _cpu() - self.cpu
        added = self.peak.added()
        return Sample(calls, seconds, cpu, self.peak.baseline + added, added, open_sockets() - self.sockets)


# ---- asyncio tasks -------------------------------------------------------------------------------------
async def _in_flight(call: Callable[[], Awaitable[object]], total: int, concurrency: int) -> float:
    """Seconds for ``total`` calls made by ``concurrency`` tasks that each take the next call."""
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            await call()

    started = asyncio.get_running_loop().time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return asyncio.get_running_loop().time() - started


async def _tasks(call: Callable[[], Awaitable[object]], n: int, total: int, meter: Meter) -> Sample:
    await _in_flight(call, n, n)
    meter.start()
    return meter.stop(total, await _in_flight(call, total, n))


def ours_async(target: Target, n: int, total: int) -> Sample:
    async def main() -> Sample:
        meter = Meter()
        async with AsyncEigenpalClient(api_key=target.key, base_url=target.url) as client:

            async def call() -> object:
                return await client.runs.get(target.run_id)

            return await _tasks(call, n, total, meter)

    return asyncio.run(main())


def httpx_async(target: Target, n: int, total: int) -> Sample:
    async def main() -> Sample:
        meter = Meter()
        async with httpx.AsyncClient(headers=target.auth, limits=LIMITS, timeout=TIMEOUT) as raw:

            async def call() -> object:
                return (await raw.get(target.run_url)).json()

            return await _tasks(call, n, total, meter)

    return asyncio.run(main())


def aiohttp_async(target: Target, n: int, total: int) -> Sample:
    import aiohttp

    async def main() -> Sample:
        meter = Meter()
        async with aiohttp.ClientSession(headers=target.auth) as raw:

            async def call() -> object:
                async with raw.get(target.run_url) as response:
                    return await response.json()

            return await _tasks(call, n, total, meter)

    return asyncio.run(main())


# ---- threads ------------------------------------------------------------------------------------------------
def _threads(call: Callable[[], object], n: int, total: int, meter: Meter) -> Sample:
    with ThreadPoolExecutor(n) as pool:
        for _ in pool.map(lambda _: call(), range(n)):
            pass
        meter.start()
        started = time.perf_counter()
        for _ in pool.map(lambda _: call(), range(total)):
            pass
        return meter.stop(total, time.perf_counter() - started)


def ours_threads(target: Target, n: int, total: int) -> Sample:
    meter = Meter()
    with EigenpalClient(api_key=target.key, base_url=target.url) as client:
        return _threads(lambda: client.runs.get(target.run_id), n, total, meter)


def httpx_threads(target: Target, n: int, total: int) -> Sample:
    meter = Meter()
    with httpx.Client(headers=target.auth, limits=LIMITS, timeout=TIMEOUT) as raw:
        return _threads(lambda: raw.get(target.run_url).json(), n, total, meter)


IMPLEMENTATIONS: dict[str, Callable[[Target, int, int], Sample]] = {
    "AsyncEigenpalClient": ours_async,
    "aiohttp.ClientSession": aiohttp_async,
    "httpx.Client, threads": httpx_threads,
    "EigenpalClient, threads": ours_threads,
    "httpx.AsyncClient": httpx_async,
}
"""In the order each round runs them (reversed every other round): the pairs of the ratio rows side by side."""


# ---- rounds -------------------------------------------------------------------------------------------------
def rounds(target: Target, names: list[str], n: int, total: int, count: int) -> dict[str, list[Sample]]:
    """``count`` rounds of each implementation, the order reversed every other round."""
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for index in range(count):
        for name in names if index % 2 == 0 else list(reversed(names)):
            samples[name].append(IMPLEMENTATIONS[name](target, n, total))
    return samples


def paired_ratio(ours: list[Sample], raw: list[Sample]) -> tuple[float, float, float]:
    """Median, lowest and highest per-round throughput ratio ours / raw."""
    ratios = sorted(o.rate / r.rate for o, r in zip(ours, raw, strict=True))
    return statistics.median(ratios), ratios[0], ratios[-1]


def describe(samples: list[Sample]) -> dict[str, Any]:
    """One implementation's figures over its rounds: median calls/s with the range, and the rest."""
    rates = sorted(s.rate for s in samples)
    return {
        "rate": statistics.median(rates),
        "low": rates[0],
        "high": rates[-1],
        "cpu_us": statistics.median(s.cpu_seconds / s.calls * 1e6 for s in samples),
        "rss_mib": max(s.peak_rss for s in samples) / MIB,
        "added_mib": max(s.added_rss for s in samples) / MIB,
        "sockets": max(s.sockets for s in samples),
    }


@contextlib.contextmanager
def busy(pid: int) -> Iterator[Callable[[], float]]:
    """The share of one core process ``pid`` used while the block ran (0 off Linux)."""

    def ticks() -> float:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return 0.0

    before, started = ticks(), time.perf_counter()
    result = {"share": 0.0}
    yield lambda: result["share"]
    result["share"] = (ticks() - before) / max(1e-9, time.perf_counter() - started)

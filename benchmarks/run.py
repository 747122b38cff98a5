"""``make bench``: the SDK's performance goals, each measured side by side with plain httpx.

One run starts the emulator in a separate process (``python -m eigenpal.emulator`` without response
validation), so this process and the per-case subprocesses of ``transfer.py`` measure client-side
cost only. It prints a table: goal, ours, raw, ratio, target, met. The figures are not
tests: the exit code is 0 even when a goal is missed; the last line counts the goals met.

    python benchmarks/run.py                  # default sizes, about 1.5 minutes on 2 cores
    python benchmarks/run.py --quick          # small sizes and few iterations, a smoke run
    python benchmarks/run.py --size-mib 64    # smaller transfers

Ratios are ours / raw for times (lower is better) and raw time / our time for throughput (higher is
better); the target column says which.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import import_time

from eigenpal import AsyncEigenpalClient, EigenpalClient

HERE = Path(__file__).resolve().parent
TARGET = "workflows.extract-invoice"
SDK_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""The pool the SDK builds for itself (``_base_client.py``); raw httpx gets the same."""
TIMEOUT = httpx.Timeout(120.0)
MIB = 1024 * 1024
SERVER_LATENCY = 0.3
"""Seconds an emulated run takes: long enough that ``run_and_wait`` exercises the long-poll."""
RSS_BUDGET_MIB = 32


@dataclass(frozen=True)
class Settings:
    import_runs: int
    sequential_calls: int
    sequential_rounds: int
    concurrency: int
    concurrent_calls: int
    rounds: int
    size_mib: int
    transfer_reps: int
    wait_runs: int


DEFAULT = Settings(
    import_runs=15,
    sequential_calls=300,
    sequential_rounds=10,
    concurrency=64,
    concurrent_calls=256,
    rounds=4,
    size_mib=256,
    transfer_reps=3,
    wait_runs=20,
)
QUICK = Settings(
    import_runs=5,
    sequential_calls=60,
    sequential_rounds=4,
    concurrency=64,
    concurrent_calls=128,
    rounds=2,
    size_mib=16,
    transfer_reps=1,
    wait_runs=5,
)


@dataclass(frozen=True)
class Row:
    goal: str
    ours: str
    raw: str
    ratio: str
    target: str
    met: bool


# ---- the server ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Server:
    url: str
    key: str

    def raw_client(self) -> httpx.Client:
        return httpx.Client(
            headers={"Authorization": f"Bearer {self.key}"}, limits=SDK_LIMITS, timeout=TIMEOUT
        )

    def client(self, **options: Any) -> EigenpalClient:
        return EigenpalClient(api_key=self.key, base_url=self.url, **options)


def server_command(size_mib: int) -> list[str]:
    """The emulator's command line, with room for the transfer cases."""
    return [sys.executable, "-m", "eigenpal.emulator", "--port", "0", "--latency", str(SERVER_LATENCY),
            "--no-response-validation", "--max-upload-mib", str(size_mib + 64)]  # fmt: skip


@contextmanager
def emulator(command: list[str]) -> Iterator[Server]:
    """The emulator in its own process, on a free port; stopped (SIGTERM) on exit."""
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True
        )
        watchdog = threading.Timer(60, process.kill)  # a server that never prints its URL
        watchdog.start()
        found: dict[str, str] = {}
        try:
            assert process.stdout is not None
            for line in process.stdout:
                name, _, value = line.strip().partition("=")
                if name in ("EIGENPAL_BASE_URL", "EIGENPAL_API_KEY"):
                    found[name] = value
                if len(found) == 2:
                    break
            watchdog.cancel()
            if len(found) < 2:
                errors.seek(0)
                raise RuntimeError(f"the emulator did not start:\n{errors.read()[-4000:]}")
            yield Server(found["EIGENPAL_BASE_URL"], found["EIGENPAL_API_KEY"])
        finally:
            watchdog.cancel()
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()


# ---- helpers ------------------------------------------------------------------------------------------
def timed(call: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return time.perf_counter() - started


@dataclass(frozen=True)
class Paired:
    """Seconds of each round of ours and raw; round ``i`` of each ran back to back."""

    ours: list[float]
    raw: list[float]

    def ratio(self, throughput: bool = False) -> tuple[float, float, float]:
        """Median, lowest and highest per-round ratio: ours/raw time, or raw/ours for throughput.

        The median of paired rounds shrugs off a burst of load from elsewhere that hits one round.
        """
        ratios = sorted((r / o if throughput else o / r) for o, r in zip(self.ours, self.raw, strict=True))
        return statistics.median(ratios), ratios[0], ratios[-1]


def alternate(ours: Callable[[], float], raw: Callable[[], float], rounds: int) -> Paired:
    """``rounds`` rounds of each, alternating which goes first (drift cancels out)."""
    result = Paired([], [])
    for index in range(rounds):
        if index % 2:
            result.raw.append(raw())
            result.ours.append(ours())
        else:
            result.ours.append(ours())
            result.raw.append(raw())
    return result


def ratio_cell(ratio: tuple[float, float, float]) -> str:
    median, low, high = ratio
    return f"{median:.2f}x ({low:.2f}-{high:.2f})"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def parse_iso(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


# ---- 1. import -----------------------------------------------------------------------------------------
def bench_import(settings: Settings) -> list[Row]:
    result = import_time.measure(settings.import_runs)
    return [
        Row(
            "1 import eigenpal vs httpx",
            f"{result['eigenpal_ms']:.1f} ms",
            f"{result['httpx_ms']:.1f} ms",
            f"{result['ratio']:.2f}x",
            "<= 1.15x",
            result["ratio"] <= 1.15,
        )
    ]


# ---- 2. sequential calls ---------------------------------------------------------------------------------
def bench_sequential(server: Server, run_id: str, settings: Settings) -> list[Row]:
    url = f"{server.url}/api/v1/runs/{run_id}"
    per_round = max(1, settings.sequential_calls // settings.sequential_rounds)
    with server.client() as client, server.raw_client() as raw:

        def ours() -> object:
            return client.runs.get(run_id)

        def plain() -> object:
            return raw.get(url).json()

        timed(ours, 30)
        timed(plain, 30)
        paired = alternate(
            lambda: timed(ours, per_round), lambda: timed(plain, per_round), settings.sequential_rounds
        )
    calls = per_round * settings.sequential_rounds
    ratio = paired.ratio()
    return [
        Row(
            f"2 sequential runs.get x{calls}",
            f"{sum(paired.ours) / calls * 1e6:.0f} us/call",
            f"{sum(paired.raw) / calls * 1e6:.0f} us/call",
            ratio_cell(ratio),
            "time <= 1.2x",
            ratio[0] <= 1.2,
        )
    ]


# ---- 3. 64 in flight, asyncio ----------------------------------------------------------------------------
# Each round uses new clients on both sides. httpcore's pool does work per request that grows with the
# square of its connection count, and the count of a long-lived pool wanders under the same load (64
# down to 12 and back after an idle spell, with about 5x the throughput at 12), so two long-lived
# clients drift apart. Fresh ones hold one connection per task. Each client first makes one call per
# task (connections, lazy imports), outside the timing.
async def _in_flight(call: Callable[[], Awaitable[object]], total: int, concurrency: int) -> float:
    """Seconds for ``total`` calls made by ``concurrency`` tasks that each take the next call."""
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


async def _async_round(server: Server, run_id: str, settings: Settings, ours: bool) -> float:
    n, total = settings.concurrency, settings.concurrent_calls
    if ours:
        async with AsyncEigenpalClient(api_key=server.key, base_url=server.url) as client:

            async def call() -> object:
                return await client.runs.get(run_id)

            await _in_flight(call, n, n)
            return await _in_flight(call, total, n)
    url = f"{server.url}/api/v1/runs/{run_id}"
    headers = {"Authorization": f"Bearer {server.key}"}
    async with httpx.AsyncClient(headers=headers, limits=SDK_LIMITS, timeout=TIMEOUT) as raw:

        async def plain() -> object:
            return (await raw.get(url)).json()

        await _in_flight(plain, n, n)
        return await _in_flight(plain, total, n)


def bench_async(server: Server, run_id: str, settings: Settings) -> list[Row]:
    paired = alternate(
        lambda: asyncio.run(_async_round(server, run_id, settings, ours=True)),
        lambda: asyncio.run(_async_round(server, run_id, settings, ours=False)),
        settings.rounds,
    )
    calls = settings.concurrent_calls * settings.rounds
    ratio = paired.ratio(throughput=True)
    return [
        Row(
            f"3 async, {settings.concurrency} in flight, x{calls}",
            f"{calls / sum(paired.ours):.0f} calls/s",
            f"{calls / sum(paired.raw):.0f} calls/s",
            ratio_cell(ratio),
            "throughput >= 1.0x",
            ratio[0] >= 1.0,
        )
    ]


# ---- 4. one sync client, 64 threads ------------------------------------------------------------------------
def bench_threads(server: Server, run_id: str, settings: Settings) -> list[Row]:
    url = f"{server.url}/api/v1/runs/{run_id}"
    n, total = settings.concurrency, settings.concurrent_calls

    def batch(pool: ThreadPoolExecutor, call: Callable[[int], object], count: int) -> float:
        started = time.perf_counter()
        for _ in pool.map(call, range(count)):
            pass
        return time.perf_counter() - started

    def ours_round(pool: ThreadPoolExecutor) -> float:
        with server.client() as client:

            def call(_: int) -> object:
                return client.runs.get(run_id)

            batch(pool, call, n)  # as in 3: new clients each round, warmed outside the timing
            return batch(pool, call, total)

    def raw_round(pool: ThreadPoolExecutor) -> float:
        with server.raw_client() as raw:

            def call(_: int) -> object:
                return raw.get(url).json()

            batch(pool, call, n)
            return batch(pool, call, total)

    with ThreadPoolExecutor(n) as pool:
        batch(pool, lambda _: None, n * 4)  # start the threads
        paired = alternate(lambda: ours_round(pool), lambda: raw_round(pool), settings.rounds)
    calls = total * settings.rounds
    ratio = paired.ratio(throughput=True)
    return [
        Row(
            f"4 sync client, {n} threads, x{calls}",
            f"{calls / sum(paired.ours):.0f} calls/s",
            f"{calls / sum(paired.raw):.0f} calls/s",
            ratio_cell(ratio),
            "throughput >= 1.0x",
            ratio[0] >= 1.0,
        )
    ]


# ---- 5. large uploads and downloads ---------------------------------------------------------------------------
def write_file(path: Path, size_mib: int) -> None:
    """Random-ish, fully written (not sparse) content: one random MiB repeated."""
    block = os.urandom(MIB)
    with path.open("wb") as sink:
        for _ in range(size_mib):
            sink.write(block)


def upload_raw(raw: httpx.Client, server: Server, path: Path) -> str:
    with path.open("rb") as stream:
        response = raw.post(f"{server.url}/api/v1/files", files={"file": (path.name, stream, None)})
    response.raise_for_status()
    return str(response.json()["id"])


def run_case(case: str, server: Server, files: dict[str, Any], reps: int) -> dict[str, Any]:
    command = [
        sys.executable, str(HERE / "transfer.py"), case, "--url", server.url, "--key", server.key,
        "--big", str(files["big"]), "--small", str(files["small"]), "--reps", str(reps),
    ]  # fmt: skip
    if case.startswith("download"):
        command += ["--file-id", files["big_id"], "--small-file-id", files["small_id"]]
        command += ["--dest-dir", str(files["dir"])]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_transfers(server: Server, settings: Settings) -> list[Row]:
    rows: list[Row] = []
    labels = {
        "run-upload": "client.run(input={file})",
        "file-upload": "files.upload(path)",
        "download": "files.download(to=path)",
    }
    with tempfile.TemporaryDirectory(prefix="eigenpal-bench-") as folder, server.raw_client() as raw:
        big, small = Path(folder) / "contract.pdf", Path(folder) / "small.pdf"
        write_file(big, settings.size_mib)
        small.write_bytes(os.urandom(64 * 1024))
        files: dict[str, Any] = {"big": big, "small": small, "dir": Path(folder)}
        files["big_id"], files["small_id"] = upload_raw(raw, server, big), upload_raw(raw, server, small)
        try:
            for operation, label in labels.items():
                log(f"{operation}, {settings.size_mib} MiB, {settings.transfer_reps} reps a side")
                seconds: dict[str, list[float]] = {"ours": [], "raw": []}
                added: dict[str, list[int]] = {"ours": [], "raw": []}
                for rep in range(settings.transfer_reps):
                    # One fresh process per rep, sides alternating: the server's disk and memory state
                    # after one transfer (it spools uploads to disk) must not always land on one side.
                    for side in ("raw", "ours") if rep % 2 else ("ours", "raw"):
                        result = run_case(f"{operation}:{side}", server, files, 1)
                        seconds[side] += result["seconds"]
                        added[side].append(result["added_rss_bytes"])
                        if operation == "file-upload":
                            for file_id in [*result["ids"], result["warm_id"]]:
                                raw.delete(f"{server.url}/api/v1/files/{file_id}")  # free server memory
                ours_s, raw_s = (min(seconds[s]) for s in ("ours", "raw"))
                ours_mib, raw_mib = (max(added[s]) / MIB for s in ("ours", "raw"))
                ratio = ours_s / raw_s
                size = f"{settings.size_mib} MiB"
                rows.append(
                    Row(
                        f"5 {label} {size}: time",
                        f"{ours_s:.2f} s",
                        f"{raw_s:.2f} s",
                        f"{ratio:.2f}x",
                        "time <= 1.5x",
                        ratio <= 1.5,
                    )
                )
                rows.append(
                    Row(
                        f"5 {label} {size}: peak RSS",
                        f"+{ours_mib:.1f} MiB",
                        f"+{raw_mib:.1f} MiB",
                        "-",
                        f"<= +{RSS_BUDGET_MIB} MiB",
                        ours_mib <= RSS_BUDGET_MIB,
                    )
                )
        finally:
            for file_id in (files["big_id"], files["small_id"]):
                raw.delete(f"{server.url}/api/v1/files/{file_id}")
    return rows


# ---- 6. run_and_wait ---------------------------------------------------------------------------------------
def bench_run_and_wait(server: Server, settings: Settings) -> list[Row]:
    sent = 0

    def count(request: httpx.Request) -> None:
        nonlocal sent
        sent += 1

    lags: list[float] = []
    requests: list[int] = []
    raw_lags: list[float] = []
    hooked = httpx.Client(event_hooks={"request": [count]}, limits=SDK_LIMITS, timeout=TIMEOUT)
    with hooked, server.client(http_client=hooked) as client, server.raw_client() as raw:

        def raw_wait(index: int) -> float:
            response = raw.post(
                f"{server.url}/api/v1/runs",
                params={"wait_for_completion": 300},
                json={"target": TARGET, "input": {"customer": f"raw-{index}"}},
            )
            returned = time.time()
            response.raise_for_status()
            return returned - parse_iso(response.json()["timing"]["completedAt"])

        client.run_and_wait(TARGET, input={"customer": "warm-up"})
        raw_wait(-1)
        for index in range(settings.wait_runs):
            sent = 0
            run = client.run_and_wait(TARGET, input={"customer": f"bench-{index}"})
            returned = time.time()
            lags.append(returned - parse_iso(run.to_dict()["timing"]["completedAt"]))
            requests.append(sent)
            raw_lags.append(raw_wait(index))
    lag, raw_lag = statistics.median(lags), statistics.median(raw_lags)
    most = max(requests)
    return [
        Row(
            f"6 run_and_wait return lag, median of {len(lags)}",
            ms(lag),
            ms(raw_lag),
            f"{lag / raw_lag:.2f}x" if raw_lag > 0 else "-",
            "<= 50 ms",
            lag <= 0.050,
        ),
        Row(
            "6 run_and_wait requests per call (max)",
            str(most),
            "1",
            "-",
            "<= 3",
            most <= 3,
        ),
    ]


# ---- the report -----------------------------------------------------------------------------------------------
def print_table(rows: list[Row]) -> None:
    header = ("goal", "ours", "raw", "ratio", "target", "met?")
    cells = [(r.goal, r.ours, r.raw, r.ratio, r.target, "met" if r.met else "NOT MET") for r in rows]
    widths = [max(len(str(line[i])) for line in [header, *cells]) for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(rule)
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    print(rule)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The eigenpal SDK's performance goals, next to raw httpx.")
    parser.add_argument("--quick", action="store_true", help="small sizes and few iterations")
    parser.add_argument("--size-mib", type=int, help="size of the upload/download cases (default 256)")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else DEFAULT
    if args.size_mib is not None:
        if not 1 <= args.size_mib <= 4096:
            parser.error("--size-mib is out of range")
        settings = Settings(**{**settings.__dict__, "size_mib": args.size_mib})

    started = time.perf_counter()
    server_name = "python -m eigenpal.emulator"
    print(
        f"eigenpal bench: server {server_name} (run latency {SERVER_LATENCY} s), transfers "
        f"{settings.size_mib} MiB, Python {sys.version.split()[0]}, httpx {httpx.__version__}, "
        f"{os.cpu_count()} CPUs",
        flush=True,
    )
    rows: list[Row] = []

    def section(goal: str, label: str, measure: Callable[[], list[Row]]) -> None:
        """Add ``measure()``'s rows; a section that fails becomes one NOT MET row and the run goes on."""
        log(label)
        try:
            rows.extend(measure())
        except Exception as exc:
            traceback.print_exc()
            rows.append(Row(goal, "error", "-", "-", "-", False))
            print(f"  !! {goal}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}", file=sys.stderr)

    section("1 import", f"import time, {settings.import_runs} fresh interpreters each",
            lambda: bench_import(settings))  # fmt: skip
    with emulator(server_command(settings.size_mib)) as server:
        with server.raw_client() as raw:
            run_id = str(
                raw.post(
                    f"{server.url}/api/v1/runs",
                    params={"wait_for_completion": 30},
                    json={"target": TARGET, "input": {"customer": "ACME"}},
                ).json()["id"]
            )
        n = settings.concurrency
        section("2 sequential", "sequential runs.get", lambda: bench_sequential(server, run_id, settings))
        section("3 async", f"asyncio, {n} in flight", lambda: bench_async(server, run_id, settings))
        section("4 threads", f"sync client, {n} threads", lambda: bench_threads(server, run_id, settings))
        section(
            "5 transfers", "transfers, each in a fresh process", lambda: bench_transfers(server, settings)
        )
        section("6 run_and_wait", f"run_and_wait x{settings.wait_runs} (server latency {SERVER_LATENCY} s)",
                lambda: bench_run_and_wait(server, settings))  # fmt: skip

    print()
    print_table(rows)
    met = sum(row.met for row in rows)
    missed = [row.goal for row in rows if not row.met]
    print(f"took {time.perf_counter() - started:.0f} s")
    if missed:
        print("NOT MET: " + "; ".join(missed))
    print(f"bench: {met}/{len(rows)} goals met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

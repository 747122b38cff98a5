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
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import import_time
import throughput
import transfer
import webhooks_wait

from eigenpal import EigenpalClient

HERE = Path(__file__).resolve().parent
TARGET = "workflows.extract-invoice"
SDK_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""The pool the SDK builds for itself (``_transports/base.py``); raw httpx gets the same."""
TIMEOUT = httpx.Timeout(120.0)
MIB = 1024 * 1024
SERVER_LATENCY = 0.3
"""Seconds an emulated run takes: long enough that ``run_and_wait`` exercises the long-poll."""
RSS_BUDGET_MIB = 32
SECTIONS = ("import", "sequential", "throughput", "transfers", "storage", "wait", "webhooks")


@dataclass(frozen=True)
class Shape:
    """One many-in-flight measurement: ``total`` calls from ``in_flight`` tasks or threads, ``rounds`` times."""

    in_flight: int
    total: int
    rounds: int


@dataclass(frozen=True)
class Settings:
    import_runs: int
    sequential_calls: int
    sequential_rounds: int
    many: Shape
    shapes: tuple[Shape, ...]
    long: Shape
    size_mib: int
    transfer_reps: int
    wait_runs: int
    webhook_runs: int


DEFAULT = Settings(
    import_runs=15,
    sequential_calls=300,
    sequential_rounds=10,
    many=Shape(64, 2000, 4),
    shapes=(Shape(1, 300, 2), Shape(8, 1000, 2), Shape(256, 2048, 2)),
    long=Shape(64, 20_000, 1),
    size_mib=256,
    transfer_reps=3,
    wait_runs=20,
    webhook_runs=1000,
)
QUICK = Settings(
    import_runs=5,
    sequential_calls=60,
    sequential_rounds=4,
    many=Shape(64, 256, 2),
    shapes=(Shape(1, 50, 1), Shape(8, 200, 1), Shape(256, 512, 1)),
    long=Shape(64, 2000, 1),
    size_mib=16,
    transfer_reps=1,
    wait_runs=5,
    webhook_runs=200,
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
    storage_url: str
    pid: int
    profile: str

    def raw_client(self) -> httpx.Client:
        return httpx.Client(
            headers={"Authorization": f"Bearer {self.key}"}, limits=SDK_LIMITS, timeout=TIMEOUT
        )

    def client(self, **options: Any) -> EigenpalClient:
        return EigenpalClient(api_key=self.key, base_url=self.url, **options)


def server_command(python: str, profile: str, size_mib: int) -> list[str]:
    """The emulator's command line (``emulator_server.py``), configured as ``cloud`` or ``self-hosted``
    in one word, with room for the transfer cases."""
    return [python, str(HERE / "emulator_server.py"), profile, "--latency", str(SERVER_LATENCY),
            "--max-upload-mib", str(size_mib + 64)]  # fmt: skip


@contextmanager
def emulator(command: list[str], profile: str) -> Iterator[Server]:
    """The emulator in its own process, on a free port; stopped (SIGTERM) on exit."""
    names = ("EIGENPAL_BASE_URL", "EIGENPAL_API_KEY", "EIGENPAL_STORAGE_URL")
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
                if name in names:
                    found[name] = value
                if len(found) == len(names):
                    break
            watchdog.cancel()
            if len(found) < len(names):
                errors.seek(0)
                raise RuntimeError(f"the emulator did not start:\n{errors.read()[-4000:]}")
            yield Server(*(found[name] for name in names), pid=process.pid, profile=profile)
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


@contextmanager
def sink_server() -> Iterator[str]:
    """``sink_server.py`` in its own process; yields its base URL."""
    command = [sys.executable, str(HERE / "sink_server.py")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError("the sink server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(15)
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
    url = f"{server.url}/v1/runs/{run_id}"
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


# ---- 3, 4 and 7. many calls in flight (throughput.py), against the canned server ---------------------------
def throughput_cells(name: str, samples: list[throughput.Sample]) -> tuple[str, ...]:
    figures = throughput.describe(samples)
    return (
        name,
        f"{figures['rate']:.0f} ({figures['low']:.0f}-{figures['high']:.0f})",
        f"{figures['cpu_us']:.0f}",
        f"{figures['rss_mib']:.1f} (+{figures['added_mib']:.1f})",
        str(figures["sockets"]),
    )


def ratio_row(goal: str, ours: list[throughput.Sample], raw: list[throughput.Sample], bound: float) -> Row:
    ratio = throughput.paired_ratio(ours, raw)
    return Row(
        goal,
        f"{throughput.describe(ours)['rate']:.0f} calls/s",
        f"{throughput.describe(raw)['rate']:.0f} calls/s",
        ratio_cell(ratio),
        f"throughput >= {bound:.1f}x",
        ratio[0] >= bound,
    )


def bench_throughput(
    target: throughput.Target, settings: Settings, details: list[tuple[str, ...]]
) -> list[Row]:
    """Goals 3 and 4: every implementation at 64 in flight, in alternating rounds."""
    shape = settings.many
    names = list(throughput.IMPLEMENTATIONS)
    samples = throughput.rounds(target, names, shape.in_flight, shape.total, shape.rounds)
    label = f"{shape.in_flight} in flight x{shape.total}"
    details.extend(throughput_cells(f"{label}: {name}", samples[name]) for name in names)
    ours, threads = samples["AsyncEigenpalClient"], samples["httpx.Client, threads"]
    return [
        ratio_row(f"3 async, {label}: vs httpx.AsyncClient", ours, samples["httpx.AsyncClient"], 1.0),
        ratio_row(f"3 async, {label}: vs httpx.Client, {shape.in_flight} threads", ours, threads, 2.0),
        ratio_row(f"3 async, {label}: vs aiohttp.ClientSession", ours, samples["aiohttp.ClientSession"], 0.5),
        ratio_row(
            f"4 sync client, {shape.in_flight} threads x{shape.total}: vs httpx.Client",
            samples["EigenpalClient, threads"],
            threads,
            1.0,
        ),
    ]


def bench_shapes(target: throughput.Target, settings: Settings, details: list[tuple[str, ...]]) -> list[Row]:
    """Goal 7: other numbers in flight, and one long run, so nothing regresses at another shape."""
    rows = []
    for shape in settings.shapes:
        log(f"{shape.in_flight} in flight x{shape.total}, {shape.rounds} rounds")
        names = ["AsyncEigenpalClient", "httpx.AsyncClient", "aiohttp.ClientSession"]
        samples = throughput.rounds(target, names, shape.in_flight, shape.total, shape.rounds)
        label = f"{shape.in_flight} in flight x{shape.total}"
        details.extend(throughput_cells(f"{label}: {name}", samples[name]) for name in names)
        ours = samples["AsyncEigenpalClient"]
        rows.append(
            ratio_row(f"7 async, {label}: vs httpx.AsyncClient", ours, samples["httpx.AsyncClient"], 1.0)
        )
    long = settings.long
    log(f"{long.in_flight} in flight x{long.total}: AsyncEigenpalClient and aiohttp.ClientSession")
    names = ["AsyncEigenpalClient", "aiohttp.ClientSession"]
    samples = throughput.rounds(target, names, long.in_flight, long.total, long.rounds)
    label = f"{long.in_flight} in flight x{long.total}"
    details.extend(throughput_cells(f"{label}: {name}", samples[name]) for name in names)
    rows.append(
        ratio_row(
            f"7 async, {label}: vs aiohttp.ClientSession",
            samples["AsyncEigenpalClient"],
            samples["aiohttp.ClientSession"],
            0.5,
        )
    )
    return rows


@contextmanager
def canned_server(server: Server, run_id: str) -> Iterator[tuple[throughput.Target, int]]:
    """``canned_server.py`` in its own process, answering with the emulator's answer for ``run_id``."""
    with httpx.Client(headers={"Authorization": f"Bearer {server.key}"}) as raw:
        answer = raw.get(f"{server.url}/v1/runs/{run_id}")
    answer.raise_for_status()
    recorded = {
        "body": answer.text,
        "content_type": answer.headers["content-type"],
        "request_id": answer.headers.get("x-request-id", "req_canned"),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(recorded, file)
    command = [sys.executable, str(HERE / "canned_server.py"), file.name]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError("the canned server did not start")
        yield throughput.Target(url, server.key, run_id), process.pid
    finally:
        process.terminate()
        process.wait(15)
        if process.stdout is not None:
            process.stdout.close()
        os.unlink(file.name)


# ---- 5. large uploads and downloads ---------------------------------------------------------------------------
def write_file(path: Path, size_mib: int) -> None:
    """Random-ish, fully written (not sparse) content: one random MiB repeated."""
    block = os.urandom(MIB)
    with path.open("wb") as sink:
        for _ in range(size_mib):
            sink.write(block)


def upload_raw(raw: httpx.Client, server: Server, path: Path) -> str:
    with path.open("rb") as stream:
        response = raw.post(f"{server.url}/v1/files", files={"file": (path.name, stream, None)})
    response.raise_for_status()
    return str(response.json()["id"])


@dataclass(frozen=True)
class Case:
    profile: str
    """The emulator it runs against: ``cloud`` (4.5 MiB body limit) or ``self-hosted`` (no limit)."""
    label: str


CASES = {
    "run-session": Case("cloud", "client.run(input={file}), upload session"),
    "download-redirect": Case("cloud", "files.download(to=path), 302 to storage"),
    "run-upload": Case("self-hosted", "client.run(input={file}), multipart, no limit"),
    "file-upload": Case("self-hosted", "files.upload(path), multipart, no limit"),
    "download": Case("self-hosted", "files.download(to=path), inline"),
}
WARM_MIB = 40
"""The warm-up file of the session cases: over the 32 MiB presigned-PUT threshold, so it warms the parts."""


def run_case(case: str, server: Server, files: dict[str, Any], reps: int) -> dict[str, Any]:
    operation = case.split(":")[0]
    small = files["warm"] if operation == "run-session" else files["small"]
    command = [
        sys.executable, str(HERE / "transfer.py"), case, "--url", server.url, "--key", server.key,
        "--big", str(files["big"]), "--small", str(small), "--reps", str(reps),
        "--server-pid", str(server.pid),
    ]  # fmt: skip
    if operation in transfer.DOWNLOADS:
        command += ["--file-id", files["big_id"], "--small-file-id", files["small_id"]]
        command += ["--dest-dir", str(files["dir"])]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def stored_file(server: Server, raw: httpx.Client, storage: httpx.Client, path: Path) -> str:
    """``path`` stored on ``server`` the way its profile takes it; the file's id."""
    if server.profile == "cloud":
        return transfer.raw_session_upload(raw, storage, server.url, path, None)
    return upload_raw(raw, server, path)


def bench_transfers(servers: dict[str, Server], settings: Settings, notes: list[str]) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="eigenpal-bench-") as folder:
        big, small, warm = (
            Path(folder) / "contract.pdf",
            Path(folder) / "small.pdf",
            Path(folder) / "warm.pdf",
        )
        write_file(big, settings.size_mib)
        write_file(warm, WARM_MIB)
        small.write_bytes(os.urandom(64 * 1024))
        for profile, server in servers.items():
            with server.raw_client() as raw, httpx.Client(limits=SDK_LIMITS, timeout=TIMEOUT) as storage:
                files: dict[str, Any] = {"big": big, "small": small, "warm": warm, "dir": Path(folder)}
                files["big_id"] = stored_file(server, raw, storage, big)
                files["small_id"] = stored_file(server, raw, storage, small)
                try:
                    for operation, case in CASES.items():
                        if case.profile == profile:
                            rows += transfer_rows(operation, case, server, raw, files, settings, notes)
                finally:
                    for file_id in (files["big_id"], files["small_id"]):
                        raw.delete(f"{server.url}/v1/files/{file_id}")
    return rows


def transfer_rows(
    operation: str,
    case: Case,
    server: Server,
    raw: httpx.Client,
    files: dict[str, Any],
    settings: Settings,
    notes: list[str],
) -> list[Row]:
    log(f"{operation} ({case.profile}), {settings.size_mib} MiB, {settings.transfer_reps} reps a side")
    seconds: dict[str, list[float]] = {"ours": [], "raw": []}
    added: dict[str, list[int]] = {"ours": [], "raw": []}
    server_cpu: dict[str, float] = {"ours": 0.0, "raw": 0.0}
    client_cpu: dict[str, float] = {"ours": 0.0, "raw": 0.0}
    for rep in range(settings.transfer_reps):
        # One fresh process per rep, sides alternating: the server's disk and memory state after one
        # transfer must not always land on one side.
        for side in ("raw", "ours") if rep % 2 else ("ours", "raw"):
            result = run_case(f"{operation}:{side}", server, files, 1)
            seconds[side] += result["seconds"]
            added[side].append(result["added_rss_bytes"])
            server_cpu[side] += result["server_cpu_seconds"]
            client_cpu[side] += result["client_cpu_seconds"]
            if operation == "file-upload":
                for file_id in [*result["ids"], result["warm_id"]]:
                    raw.delete(f"{server.url}/v1/files/{file_id}")  # free server memory
    ours_s, raw_s = (min(seconds[s]) for s in ("ours", "raw"))
    ours_mib, raw_mib = (max(added[s]) / MIB for s in ("ours", "raw"))
    ratio = ours_s / raw_s
    for side in ("ours", "raw"):
        busy = server_cpu[side] / sum(seconds[side])
        notes.append(
            f"{operation}:{side}: the emulator used {server_cpu[side]:.1f} CPU s over "
            f"{sum(seconds[side]):.1f} s of timed transfers ({busy * 100:.0f}% of one core); the client "
            f"{client_cpu[side]:.1f} CPU s"
        )
    size = f"{settings.size_mib} MiB"
    return [
        Row(f"5 {case.label} {size}: time", f"{ours_s:.2f} s", f"{raw_s:.2f} s", f"{ratio:.2f}x",
            "time <= 1.5x", ratio <= 1.5),
        Row(f"5 {case.label} {size}: peak RSS", f"+{ours_mib:.1f} MiB", f"+{raw_mib:.1f} MiB", "-",
            f"<= +{RSS_BUDGET_MIB} MiB", ours_mib <= RSS_BUDGET_MIB),
    ]  # fmt: skip


# ---- 8. the storage origin is not the bottleneck ------------------------------------------------------------
Put = tuple[str, dict[str, str], int, int]
"""One storage ``PUT``: url, negotiated headers, offset in the file, length."""


def session_puts(raw: httpx.Client, server: Server, path: Path) -> tuple[str, list[Put]]:
    """A ``run-input`` upload session for ``path`` and every PUT it takes, presigned up front."""
    size = path.stat().st_size
    created = raw.post(f"{server.url}/v1/files/uploads", json={
        "filename": path.name, "contentType": "application/pdf", "size": size, "purpose": "run-input"})  # fmt: skip
    created.raise_for_status()
    session = created.json()
    upload_id = session["uploadId"]
    if session["transport"] == "presigned-put":
        return upload_id, [(session["url"], session["headers"], 0, size)]
    puts: list[Put] = []
    part = session["partSizeBytes"]
    for number in range(1, session["partCount"] + 1):
        signed = raw.post(f"{server.url}/v1/files/uploads/{upload_id}/parts", json={"partNumber": number})
        signed.raise_for_status()
        offset = (number - 1) * part
        puts.append((signed.json()["url"], signed.json()["headers"], offset, min(part, size - offset)))
    return upload_id, puts


def bench_storage_origin(server: Server, settings: Settings, notes: list[str]) -> list[Row]:
    """The same raw httpx PUTs (a session's parts, in sequence) and streamed GET against the emulator's
    storage origin and against ``sink_server.py``, which does nothing; plus the emulator's CPU meanwhile."""
    rows: list[Row] = []
    with (
        tempfile.TemporaryDirectory(prefix="eigenpal-bench-") as folder,
        sink_server() as sink,
        server.raw_client() as raw,
        httpx.Client(limits=SDK_LIMITS, timeout=TIMEOUT) as plain,
    ):
        big = Path(folder) / "contract.pdf"
        write_file(big, settings.size_mib)
        size = big.stat().st_size
        upload_id, puts = session_puts(raw, server, big)
        to_sink = [(f"{sink}/parts/{index}", headers, offset, length)
                   for index, (_, headers, offset, length) in enumerate(puts)]  # fmt: skip
        cpu = {"put": 0.0, "get": 0.0}

        def put_all(targets: list[Put], measure: str | None) -> float:
            before, started = transfer.cpu_seconds(server.pid), time.perf_counter()
            for url, headers, offset, length in targets:
                transfer.put_to_storage(plain, url, headers, big, offset, length)
            took = time.perf_counter() - started
            if measure:
                cpu[measure] += transfer.cpu_seconds(server.pid) - before
            return took

        def get_all(url: str, measure: str | None) -> float:
            before, started = transfer.cpu_seconds(server.pid), time.perf_counter()
            received = 0
            with plain.stream("GET", url) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    received += len(chunk)
            if received != size:
                raise RuntimeError(f"GET {url.split('?')[0]} gave {received} bytes, not {size}")
            took = time.perf_counter() - started
            if measure:
                cpu[measure] += transfer.cpu_seconds(server.pid) - before
            return took

        rounds = max(2, settings.transfer_reps)
        puts_paired = alternate(lambda: put_all(puts, "put"), lambda: put_all(to_sink, None), rounds)
        completed = raw.post(f"{server.url}/v1/files/uploads/{upload_id}/complete")
        completed.raise_for_status()
        file_id = completed.json()["id"]
        try:
            answer = raw.get(f"{server.url}/v1/files/{file_id}/content", follow_redirects=False)
            if answer.status_code != 302:
                raise RuntimeError(f"the API answered {answer.status_code} to a download, not a 302")
            signed = answer.headers["location"]
            gets_paired = alternate(
                lambda: get_all(signed, "get"), lambda: get_all(f"{sink}/bytes/{size}", None), rounds
            )
        finally:
            raw.delete(f"{server.url}/v1/files/{file_id}")
    for name, paired, what in (("put", puts_paired, f"PUT {len(puts)} parts"), ("get", gets_paired, "GET")):
        ratio = paired.ratio()
        storage_s, sink_s = min(paired.ours), min(paired.raw)
        rows.append(
            Row(
                f"8 storage origin vs a do-nothing server, raw httpx {what} of {settings.size_mib} MiB",
                f"{settings.size_mib / storage_s:.0f} MiB/s",
                f"{settings.size_mib / sink_s:.0f} MiB/s",
                ratio_cell(ratio),
                "time <= 1.5x",
                ratio[0] <= 1.5,
            )
        )
        busy = cpu[name] / sum(paired.ours)
        notes.append(
            f"storage {name.upper()}: the emulator used {cpu[name]:.1f} CPU s over {sum(paired.ours):.1f} s "
            f"of {rounds} transfers ({busy * 100:.0f}% of one core); the do-nothing server took "
            f"{min(paired.raw):.2f} s at best, the origin {min(paired.ours):.2f} s"
        )
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
                f"{server.url}/v1/runs",
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


# ---- 9. runs awaited through webhook events ------------------------------------------------------------------
def bench_webhooks(python: str, settings: Settings, notes: list[str]) -> list[Row]:
    """``webhooks_wait.py``: an emulator of its own sends its events to a receiver in this process."""

    def serve(url: str, secret: str) -> Any:
        command = server_command(python, "cloud", settings.size_mib)
        return emulator([*command, "--webhook-url", url, "--webhook-secret", secret], "cloud")

    results = webhooks_wait.measure(serve, settings.webhook_runs)
    events, polled = results["events"], results["runs.wait"]
    for mode, figures in results.items():
        notes.append(f"webhooks, {mode}: {figures['runs']} runs, {figures['completed']} completed, "
                     f"{figures['requests']} requests, {webhooks_wait.describe(figures)}")  # fmt: skip
    notes.append(
        f"webhooks: the receiver took {events['deliveries']} deliveries, rejected {events['rejected']}"
    )
    return [
        Row(
            f"9 {settings.webhook_runs:,} runs awaited through events vs runs.wait polling: requests/run beyond the start",
            f"{events['per_run']:.2f} ({events['seconds']:.2f} s)",
            f"{polled['per_run']:.2f} ({polled['seconds']:.2f} s)",
            f"{events['seconds'] / polled['seconds']:.2f}x time",
            "<= 1.0 request/run",
            events["per_run"] <= 1.0 and events["completed"] == events["runs"],
        )
    ]


# ---- the report -----------------------------------------------------------------------------------------------
def print_table(header: tuple[str, ...], cells: list[tuple[str, ...]]) -> None:
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
    parser.add_argument(
        "--server-python",
        default=sys.executable,
        help="the interpreter that runs the emulator (it needs the emulator extra; default: this one)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        help="run only these sections (default: all): " + ", ".join(SECTIONS),
    )
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else DEFAULT
    if args.size_mib is not None:
        if not 1 <= args.size_mib <= 4096:
            parser.error("--size-mib is out of range")
        settings = Settings(**{**settings.__dict__, "size_mib": args.size_mib})

    started = time.perf_counter()
    import aiohttp

    import eigenpal

    print(
        f"eigenpal bench: servers benchmarks/emulator_server.py cloud and self-hosted (run latency "
        f"{SERVER_LATENCY} s), canned_server.py (rows 3, 4 and 7), sink_server.py (row 8), webhooks to this process (row 9), transfers {settings.size_mib} MiB, Python "
        f"{sys.version.split()[0]}, httpx {httpx.__version__}, aiohttp {aiohttp.__version__}, "
        f"{os.cpu_count()} CPUs; eigenpal from {Path(eigenpal.__file__).parent}",
        flush=True,
    )
    rows: list[Row] = []
    details: list[tuple[str, ...]] = []
    server_busy: list[float] = []
    notes: list[str] = []

    def section(goal: str, label: str, measure: Callable[[], list[Row]]) -> None:
        """Add ``measure()``'s rows; a section that fails becomes one NOT MET row and the run goes on."""
        log(label)
        try:
            rows.extend(measure())
        except Exception as exc:
            traceback.print_exc()
            rows.append(Row(goal, "error", "-", "-", "-", False))
            print(f"  !! {goal}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}", file=sys.stderr)

    def wanted(name: str) -> bool:
        return not args.only or name in args.only

    if wanted("import"):
        section("1 import", f"import time, {settings.import_runs} fresh interpreters each",
                lambda: bench_import(settings))  # fmt: skip
    with emulator(server_command(args.server_python, "cloud", settings.size_mib), "cloud") as server:
        with server.raw_client() as raw:
            run_id = str(
                raw.post(
                    f"{server.url}/v1/runs",
                    params={"wait_for_completion": 30},
                    json={"target": TARGET, "input": {"customer": "ACME"}},
                ).json()["id"]
            )
        many = settings.many
        if wanted("sequential"):
            section("2 sequential", "sequential runs.get", lambda: bench_sequential(server, run_id, settings))
        if wanted("throughput"):
            with canned_server(server, run_id) as (target, pid):
                with throughput.busy(pid) as share:
                    section("3 and 4 throughput", f"{many.in_flight} in flight x{many.total}, {many.rounds} "
                            "rounds of each implementation", lambda: bench_throughput(target, settings, details))  # fmt: skip
                    section("7 shapes", "other shapes", lambda: bench_shapes(target, settings, details))
                server_busy.append(share())
        if wanted("transfers"):
            self_hosted = server_command(args.server_python, "self-hosted", settings.size_mib)
            with emulator(self_hosted, "self-hosted") as local:
                servers = {"cloud": server, "self-hosted": local}
                section("5 transfers", "transfers, each in a fresh process",
                        lambda: bench_transfers(servers, settings, notes))  # fmt: skip
        if wanted("storage"):
            section("8 storage origin", "the storage origin next to a do-nothing server",
                    lambda: bench_storage_origin(server, settings, notes))  # fmt: skip
        if wanted("wait"):
            section("6 run_and_wait", f"run_and_wait x{settings.wait_runs} (server latency {SERVER_LATENCY} s)",
                    lambda: bench_run_and_wait(server, settings))  # fmt: skip
    if wanted("webhooks"):
        section("9 webhooks", f"{settings.webhook_runs} runs awaited through events, then polled",
                lambda: bench_webhooks(args.server_python, settings, notes))  # fmt: skip

    if details:
        print()
        print_table(
            ("implementation", "calls/s (range)", "CPU us/call", "peak RSS MiB (added)", "sockets at end"),
            details,
        )
    if notes:
        print()
        print("\n".join(notes))
    if server_busy:
        print(f"the canned server used {server_busy[0] * 100:.0f}% of one core over these rounds")
    print()
    print_table(("goal", "ours", "raw", "ratio", "target", "met?"), [
        (r.goal, r.ours, r.raw, r.ratio, r.target, "met" if r.met else "NOT MET") for r in rows
    ])  # fmt: skip
    met = sum(row.met for row in rows)
    missed = [row.goal for row in rows if not row.met]
    print(f"took {time.perf_counter() - started:.0f} s")
    if missed:
        print("NOT MET: " + "; ".join(missed))
    print(f"bench: {met}/{len(rows)} goals met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

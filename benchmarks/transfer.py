"""One large transfer, measured in a fresh interpreter so its peak RSS is this case's alone.

``benchmarks/run.py`` starts this script once per case and reads one JSON line from stdout::

    python benchmarks/transfer.py CASE --url URL --key KEY --big PATH --small PATH
        [--file-id ID --small-file-id ID --dest-dir DIR --reps N]

CASE is ``<operation>:<side>``: operation ``run-upload`` (``client.run(..., input={"contract": path})``),
``file-upload`` (``client.files.upload(path)``) or ``download`` (``client.files.download(id, to=path)``);
side ``ours`` (the SDK) or ``raw`` (plain httpx, streamed). The case first runs once on the small
file (imports, connection, lazy modules), then the peak-RSS mark is reset and the big transfer runs
``reps`` times. Reported: the seconds of each rep and the peak RSS added over the warm baseline.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from eigenpal import EigenpalClient

TARGET = "workflows.extract-invoice"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
TIMEOUT = httpx.Timeout(600.0)
OPERATIONS = ("run-upload", "file-upload", "download")
SIDES = ("ours", "raw")
MIB = 1024 * 1024


# ---- memory ------------------------------------------------------------------------------------------
def _status_kib(field: str) -> int | None:
    """A ``kB`` field of /proc/self/status (``VmRSS``, ``VmHWM``), or ``None`` off Linux."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class PeakRss:
    """Peak resident memory added after ``start()``, in bytes.

    On Linux the kernel's high-water mark is reset (``/proc/self/clear_refs``) so the peak is measured
    from the current RSS; elsewhere ``ru_maxrss`` after minus before (which under-reports when the
    process had a higher peak before ``start()``).
    """

    def __init__(self) -> None:
        self.baseline = 0
        self.resettable = False

    def start(self) -> None:
        gc.collect()
        try:
            with open("/proc/self/clear_refs", "w") as refs:
                refs.write("5")
            self.resettable = True
        except OSError:
            self.resettable = False
        rss = _status_kib("VmRSS") if self.resettable else None
        self.baseline = (rss if rss is not None else _maxrss_kib()) * 1024

    def added(self) -> int:
        hwm = _status_kib("VmHWM") if self.resettable else None
        peak = (hwm if hwm is not None else _maxrss_kib()) * 1024
        return max(0, peak - self.baseline)


def _maxrss_kib() -> int:
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value // 1024 if sys.platform == "darwin" else value  # bytes on macOS, KiB on Linux


# ---- the cases --------------------------------------------------------------------------------------
def _raw_client(key: str) -> httpx.Client:
    return httpx.Client(headers={"Authorization": f"Bearer {key}"}, limits=LIMITS, timeout=TIMEOUT)


def _wait_finished(raw: httpx.Client, url: str, run_id: str) -> None:
    """Let the server finish the run (it hashes the upload) so the next rep does not compete with it."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if raw.get(f"{url}/api/v1/runs/{run_id}").json().get("finished"):
            return
        time.sleep(0.05)


def make_operation(args: argparse.Namespace, ours: EigenpalClient, raw: httpx.Client) -> Callable[[str], str]:
    """``op(size) -> id`` for ``size`` in ``("small", "big")``; the id is the run or file created, if any."""
    operation, side = args.case.split(":")
    url: str = args.url
    paths = {"small": Path(args.small), "big": Path(args.big)}
    file_ids = {"small": args.small_file_id, "big": args.file_id}
    dest_dir = Path(args.dest_dir) if args.dest_dir else None

    def run_upload(size: str) -> str:
        path = paths[size]
        if side == "ours":
            run_id = ours.run(TARGET, input={"contract": path}).id
        else:
            with path.open("rb") as stream:
                response = raw.post(
                    f"{url}/api/v1/runs",
                    data={"target": TARGET, "input": "{}"},
                    files={"files.contract": (path.name, stream, "application/pdf")},
                )
            response.raise_for_status()
            run_id = response.json()["id"]
        return str(run_id)

    def file_upload(size: str) -> str:
        path = paths[size]
        if side == "ours":
            return str(ours.files.upload(path).id)
        with path.open("rb") as stream:
            response = raw.post(f"{url}/api/v1/files", files={"file": (path.name, stream, "application/pdf")})
        response.raise_for_status()
        return str(response.json()["id"])

    def download(size: str) -> str:
        assert dest_dir is not None
        dest = dest_dir / f"download-{side}-{size}.bin"
        try:
            if side == "ours":
                written = ours.files.download(file_ids[size], to=dest)
            else:
                written = 0
                with (
                    raw.stream("GET", f"{url}/api/v1/files/{file_ids[size]}/content") as response,
                    dest.open("wb") as sink,
                ):
                    response.raise_for_status()
                    for chunk in response.iter_bytes():
                        written += sink.write(chunk)
            if written != dest.stat().st_size:
                raise RuntimeError(f"download wrote {dest.stat().st_size} bytes, reported {written}")
        finally:
            dest.unlink(missing_ok=True)
        return ""

    return {"run-upload": run_upload, "file-upload": file_upload, "download": download}[operation]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    operation = args.case.split(":")[0]
    with EigenpalClient(api_key=args.key, base_url=args.url) as ours, _raw_client(args.key) as raw:
        op = make_operation(args, ours, raw)
        warm_id = op("small")
        if operation == "run-upload":
            _wait_finished(raw, args.url, warm_id)
        seconds: list[float] = []
        ids: list[str] = []
        peak = PeakRss()
        peak.start()
        for _ in range(args.reps):
            started = time.perf_counter()
            created = op("big")
            seconds.append(time.perf_counter() - started)
            if created:
                ids.append(created)
            if operation == "run-upload":
                _wait_finished(raw, args.url, created)  # outside the timing, inside the RSS window
        added = peak.added()
    return {
        "case": args.case,
        "seconds": seconds,
        "added_rss_bytes": added,
        "baseline_rss_bytes": peak.baseline,
        "hwm_reset": peak.resettable,
        "ids": ids,
        "warm_id": warm_id,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("case", choices=[f"{o}:{s}" for o in OPERATIONS for s in SIDES])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--big", required=True, help="the large file to upload")
    parser.add_argument("--small", required=True, help="a small file for the warm-up")
    parser.add_argument("--file-id", help="server file to download (download cases)")
    parser.add_argument("--small-file-id", help="small server file for the download warm-up")
    parser.add_argument("--dest-dir", help="where downloads are written (and deleted)")
    parser.add_argument("--reps", type=int, default=1)
    args = parser.parse_args(argv)
    if args.case.startswith("download") and not (args.file_id and args.small_file_id and args.dest_dir):
        parser.error("download cases need --file-id, --small-file-id and --dest-dir")
    print(json.dumps(measure(args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

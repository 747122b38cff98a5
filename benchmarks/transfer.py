"""One large transfer, measured in a fresh interpreter so its peak RSS is this case's alone.

``benchmarks/run.py`` starts this script once per case and reads one JSON line from stdout::

    python benchmarks/transfer.py CASE --url URL --key KEY --big PATH --small PATH
        [--file-id ID --small-file-id ID --dest-dir DIR --reps N]

CASE is ``<operation>:<side>``, side ``ours`` (the SDK) or ``raw`` (plain httpx, streamed from or to
disk), operation one of:

- against the emulator configured as the cloud (4.5 MiB request-body limit, sessions, redirects):
  ``run-session``: ``client.run(TARGET, {"contract": path})``, the file pre-uploaded through an upload
  session to the storage origin; raw: the same session made with httpx (``POST /v1/files/uploads``, each
  presigned ``PUT`` of the file or of its parts to storage, ``complete``) and the same ``POST /v1/runs``
  with ``{"$fileId": ...}``. ``download-redirect``: ``client.files.download(id, to=path)`` where the API
  answers 302 to storage; raw: the API's 302 taken with ``follow_redirects=False`` and its ``Location``
  streamed to disk by a client without the key.
- against the emulator configured as self-hosted (no body limit, inline downloads): ``run-upload``
  (``client.run`` with ``multipart_max_bytes=None``: one multipart ``POST /v1/runs``), ``file-upload``
  (``client.files.upload(path)``, negotiated ``multipart``) and ``download``
  (``client.files.download(id, to=path)``, served by the API).

The case first runs once on the small file (imports, connection, lazy modules), then the peak-RSS mark is
reset and the big transfer runs ``reps`` times. Reported: the seconds of each rep and the peak RSS added
over the warm baseline.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from eigenpal import EigenpalClient

TARGET = "workflows.extract-invoice"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
TIMEOUT = httpx.Timeout(600.0)
OPERATIONS = ("run-session", "download-redirect", "run-upload", "file-upload", "download")
DOWNLOADS = ("download", "download-redirect")
RUNS = ("run-upload", "run-session")
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


def cpu_seconds(pid: int) -> float:
    """User + system seconds process ``pid`` has used so far (0 off Linux)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _own_cpu() -> float:
    """User + system seconds of this process, all threads: the client's cost whatever the server's."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---- the cases --------------------------------------------------------------------------------------
def _raw_client(key: str) -> httpx.Client:
    return httpx.Client(headers={"Authorization": f"Bearer {key}"}, limits=LIMITS, timeout=TIMEOUT)


def _wait_finished(raw: httpx.Client, url: str, run_id: str) -> None:
    """Let the server finish the run (it hashes the upload) so the next rep does not compete with it."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if raw.get(f"{url}/v1/runs/{run_id}").json().get("finished"):
            return
        time.sleep(0.05)


READ_BYTES = 64 * 1024
"""What the raw side reads from disk at a time (the SDK's ``READ_BYTES`` too)."""


def file_slice(path: Path, offset: int, size: int) -> Iterator[bytes]:
    """``size`` bytes of ``path`` from ``offset``, read as they are sent."""
    with path.open("rb") as stream:
        stream.seek(offset)
        left = size
        while left:
            block = stream.read(min(READ_BYTES, left))
            if not block:
                raise RuntimeError(f"{path} is shorter than {offset + size} bytes")
            left -= len(block)
            yield block


def put_to_storage(storage: httpx.Client, url: str, headers: dict[str, str], path: Path, offset: int,
                   size: int) -> None:  # fmt: skip
    """One presigned ``PUT`` of ``size`` bytes of ``path`` from ``offset``, with the negotiated headers."""
    sent = {name: value for name, value in headers.items() if name.lower() != "content-length"}
    sent["Content-Length"] = str(size)
    response = storage.put(url, content=file_slice(path, offset, size), headers=sent)
    response.raise_for_status()


def raw_session_upload(
    raw: httpx.Client, storage: httpx.Client, url: str, path: Path, purpose: str | None
) -> str:
    """The file through an upload session with plain httpx: create, the presigned PUT (or each part's,
    one after another), complete; returns the file's id. ``storage`` has no API key."""
    size = path.stat().st_size
    request = {"filename": path.name, "contentType": "application/pdf", "size": size,
               "idempotencyKey": str(uuid.uuid4())}  # fmt: skip
    created = raw.post(
        f"{url}/v1/files/uploads", json={**request, **({"purpose": purpose} if purpose else {})}
    )
    created.raise_for_status()
    session = created.json()
    upload_id = session["uploadId"]
    if session["transport"] == "presigned-put":
        put_to_storage(storage, session["url"], session["headers"], path, 0, size)
    elif session["transport"] == "presigned-multipart":
        part_size = session["partSizeBytes"]
        for number in range(1, session["partCount"] + 1):
            signed = raw.post(f"{url}/v1/files/uploads/{upload_id}/parts", json={"partNumber": number})
            signed.raise_for_status()
            offset = (number - 1) * part_size
            part = signed.json()
            put_to_storage(storage, part["url"], part["headers"], path, offset, min(part_size, size - offset))
    else:
        raise RuntimeError(f"the bench expects a presigned session, not {session['transport']!r}")
    completed = raw.post(f"{url}/v1/files/uploads/{upload_id}/complete")
    completed.raise_for_status()
    return str(completed.json()["id"])


def stream_to(client: httpx.Client, url: str, dest: Path) -> int:
    """GET ``url`` streamed into ``dest``; the bytes written."""
    written = 0
    with client.stream("GET", url) as response, dest.open("wb") as sink:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            written += sink.write(chunk)
    return written


def make_operation(
    args: argparse.Namespace, ours: EigenpalClient, raw: httpx.Client, storage: httpx.Client
) -> Callable[[str], str]:
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
                    f"{url}/v1/runs",
                    data={"target": TARGET, "input": "{}"},
                    files={"files.contract": (path.name, stream, "application/pdf")},
                )
            response.raise_for_status()
            run_id = response.json()["id"]
        return str(run_id)

    def run_session(size: str) -> str:
        path = paths[size]
        if side == "ours":
            return str(ours.run(TARGET, {"contract": path}).id)
        file_id = raw_session_upload(raw, storage, url, path, "run-input")
        response = raw.post(
            f"{url}/v1/runs", json={"target": TARGET, "input": {"contract": {"$fileId": file_id}}}
        )
        response.raise_for_status()
        return str(response.json()["id"])

    def file_upload(size: str) -> str:
        path = paths[size]
        if side == "ours":
            return str(ours.files.upload(path).id)
        with path.open("rb") as stream:
            response = raw.post(f"{url}/v1/files", files={"file": (path.name, stream, "application/pdf")})
        response.raise_for_status()
        return str(response.json()["id"])

    def download(size: str) -> str:
        assert dest_dir is not None
        dest = dest_dir / f"download-{side}-{size}.bin"
        content = f"{url}/v1/files/{file_ids[size]}/content"
        try:
            if side == "ours":
                written = ours.files.download(file_ids[size], to=dest)
            elif operation == "download-redirect":
                answer = raw.get(content, follow_redirects=False)
                if answer.status_code != 302:
                    raise RuntimeError(f"the API answered {answer.status_code} to the download, not a 302")
                written = stream_to(storage, answer.headers["location"], dest)
            else:
                written = stream_to(raw, content, dest)
            if written != dest.stat().st_size:
                raise RuntimeError(f"download wrote {dest.stat().st_size} bytes, reported {written}")
        finally:
            dest.unlink(missing_ok=True)
        return ""

    operations = {"run-session": run_session, "download-redirect": download, "run-upload": run_upload,
                  "file-upload": file_upload, "download": download}  # fmt: skip
    return operations[operation]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    operation = args.case.split(":")[0]
    # The self-hosted run sends every file in its multipart request; elsewhere the cloud's default budget.
    options: dict[str, Any] = {"multipart_max_bytes": None} if operation == "run-upload" else {}
    with (
        EigenpalClient(api_key=args.key, base_url=args.url, **options) as ours,
        _raw_client(args.key) as raw,
        httpx.Client(limits=LIMITS, timeout=TIMEOUT) as storage,
    ):
        op = make_operation(args, ours, raw, storage)
        warm_id = op("small")
        if operation in RUNS:
            _wait_finished(raw, args.url, warm_id)
        seconds: list[float] = []
        ids: list[str] = []
        peak = PeakRss()
        peak.start()
        server_cpu = client_cpu = 0.0
        for _ in range(args.reps):
            cpu, own, started = cpu_seconds(args.server_pid), _own_cpu(), time.perf_counter()
            created = op("big")
            seconds.append(time.perf_counter() - started)
            server_cpu += cpu_seconds(args.server_pid) - cpu
            client_cpu += _own_cpu() - own
            if created:
                ids.append(created)
            if operation in RUNS:
                _wait_finished(raw, args.url, created)  # outside the timing, inside the RSS window
        added = peak.added()
    return {
        "case": args.case,
        "seconds": seconds,
        "added_rss_bytes": added,
        "baseline_rss_bytes": peak.baseline,
        "hwm_reset": peak.resettable,
        "server_cpu_seconds": server_cpu,
        "client_cpu_seconds": client_cpu,
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
    parser.add_argument("--server-pid", type=int, default=0, help="the server whose CPU time is reported")
    args = parser.parse_args(argv)
    if args.case.split(":")[0] in DOWNLOADS and not (args.file_id and args.small_file_id and args.dest_dir):
        parser.error("download cases need --file-id, --small-file-id and --dest-dir")
    print(json.dumps(measure(args)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

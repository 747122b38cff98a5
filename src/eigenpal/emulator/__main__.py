"""``python -m eigenpal.emulator --port 8787``: serve the emulated API until interrupted.

The key is always configured here (given or freshly generated, and printed), so the fault control
routes need it too: other programs on the machine can reach this server.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading

from ._server import Emulator, new_api_key
from ._sessions import UPLOAD_TRANSPORTS
from ._world import DEFAULT_BODY_LIMIT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eigenpal.emulator", description="Serve a local Eigenpal API."
    )
    parser.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--api-key", help="the bearer key to accept (default: a fresh random key)")
    parser.add_argument("--latency", type=float, default=0.5, help="seconds a run takes (default 0.5)")
    parser.add_argument("--max-upload-mib", type=int, default=512, help="largest request body accepted (MiB)")
    parser.add_argument(
        "--no-response-validation",
        action="store_true",
        help="skip checking each response against openapi.yaml (for benchmarks; requests are still validated)",
    )
    parser.add_argument(
        "--body-limit",
        type=_body_limit,
        default=DEFAULT_BODY_LIMIT,
        help="largest API request body in bytes, 413 past it (default 4718592, the cloud's); 'none' for no limit",
    )
    parser.add_argument(
        "--upload-transport",
        choices=UPLOAD_TRANSPORTS,
        default="auto",
        help="how upload sessions move bytes (default auto: a presigned PUT, presigned parts above 32 MiB)",
    )
    parser.add_argument(
        "--no-redirect-downloads",
        action="store_true",
        help="answer downloads inline, not with a 302 to storage",
    )
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    emulator = Emulator(
        port=args.port,
        host=args.host,
        api_key=args.api_key or new_api_key(),
        latency=args.latency,
        max_upload_bytes=args.max_upload_mib * 1024 * 1024,
        validate_responses=not args.no_response_validation,
        body_limit=args.body_limit,
        upload_transport=args.upload_transport,
        redirect_downloads=not args.no_redirect_downloads,
    )
    with emulator as emu:
        print(f"Eigenpal emulator listening on {emu.url}", flush=True)
        print(f"EIGENPAL_BASE_URL={emu.url}", flush=True)
        print(f"EIGENPAL_API_KEY={emu.api_key}", flush=True)
        print(f"Storage origin (signed URLs only) on {emu.storage_url}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


def _body_limit(text: str) -> int | None:
    if text.strip().lower() in ("none", "off", "unlimited"):
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a positive number of bytes or 'none', not {text!r}")
    return int(text)


if __name__ == "__main__":
    raise SystemExit(main())

"""The emulator's app served for benchmarks: ``python benchmarks/serve.py --latency 0.3``.

Prints ``EIGENPAL_BASE_URL=...`` and ``EIGENPAL_API_KEY=...`` like ``python -m eigenpal.emulator`` and
serves the same ASGI app (``Emulator(...).app``) with uvicorn on the asyncio loop, until SIGTERM.

Two differences from the stock command, both about measuring the client rather than the server:

* The listening socket is made with ``IPPROTO_TCP``. ``Emulator.start`` creates it as
  ``socket(AF_INET, SOCK_STREAM)`` (proto 0), and asyncio only sets ``TCP_NODELAY`` on accepted
  sockets whose proto is ``IPPROTO_TCP``; uvicorn writes a response's headers and body in two sends,
  so with Nagle on every response waits out the client's delayed ACK (about 40 ms on Linux).
* ``--max-upload-mib`` raises the upload cap (the command keeps the 512 MiB default).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import socket

import uvicorn

from eigenpal.emulator import Emulator


async def serve(emulator: Emulator, host: str) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        emulator.app, log_level="critical", lifespan="on", access_log=False, timeout_graceful_shutdown=2
    )
    server = uvicorn.Server(config)
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.005)
    if server.started:
        print(f"EIGENPAL_BASE_URL=http://{host}:{port}", flush=True)
        print(f"EIGENPAL_API_KEY={emulator.api_key}", flush=True)
    await task


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the Eigenpal emulator for benchmarks.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds a run takes")
    parser.add_argument("--max-upload-mib", type=int, default=512)
    args = parser.parse_args(argv)
    emulator = Emulator(
        latency=args.latency, max_upload_bytes=args.max_upload_mib * 1024 * 1024, validate_responses=False
    )
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # uvicorn turns SIGINT into a clean stop
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(emulator, args.host))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

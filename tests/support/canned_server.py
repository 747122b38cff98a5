"""A loopback HTTP server that answers with queued canned responses and records every request.

For tests of the generated layer and the runtime before (and beside) the emulator: it can answer with
anything, including statuses no real API would send (520) or bodies that break the contract.
"""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Canned:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "application/json"})


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class CannedServer:
    """``with CannedServer() as server: server.push(Canned(...)); ... server.requests``; ``default`` answers
    when nothing is queued."""

    def __init__(self, default: Canned | None = None) -> None:
        self.queue: collections.deque[Canned] = collections.deque()
        self.default = default or Canned()
        self.requests: list[Recorded] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append(
                    Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                canned = outer.queue.popleft() if outer.queue else outer.default
                self.send_response(canned.status)
                for name, value in canned.headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(canned.body)))
                self.end_headers()
                self.wfile.write(canned.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def push(self, *responses: Canned) -> None:
        self.queue.extend(responses)

    def __enter__(self) -> CannedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

"""A loopback proxy that records what clients send it, for the proxy tests.

``with RecordingProxy() as proxy:`` listens on ``proxy.url``. A CONNECT is answered ``200 Connection
established``; then it reads what the client sends first through the tunnel (for an https API, a TLS
ClientHello) and closes: enough to show where the tunnel goes and that nothing readable crosses it.
``RecordingProxy(answer=b"HTTP/1.1 407 ...")`` answers every request so instead. Any request that is not a
CONNECT is recorded and answered 502. A client that speaks TLS straight away (it came directly, not
through a proxy) is recorded too, so one ``RecordingProxy`` can also stand for the API host.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass

BAD_GATEWAY = b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


@dataclass
class Seen:
    """One connection: every byte received, the request line (``""`` for TLS sent directly), and what
    came through the tunnel after the CONNECT was accepted."""

    raw: bytes
    request_line: str
    headers: dict[str, str]
    tunnel: bytes


class RecordingProxy:
    def __init__(self, answer: bytes | None = None) -> None:
        self.answer = answer
        self.connections: list[Seen] = []
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.port = int(self._socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            threading.Thread(target=self._record, args=(connection,), daemon=True).start()

    def _record(self, connection: socket.socket) -> None:
        """Recorded before any answer goes out, so a client that fails on the answer finds it recorded."""
        with connection:
            connection.settimeout(5)
            raw, tunnel = b"", b""
            try:
                while b"\r\n\r\n" not in raw and raw[:1] != b"\x16":  # a head, or TLS sent directly
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    raw += chunk
                tunnelled = raw.startswith(b"CONNECT ") and b"\r\n\r\n" in raw and self.answer is None
                if tunnelled:
                    connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    tunnel = raw.partition(b"\r\n\r\n")[2] or connection.recv(65536)
            except OSError:
                tunnelled = False
            self.connections.append(_parse(raw + tunnel, raw, tunnel))
            if not tunnelled and b"\r\n\r\n" in raw:
                with contextlib.suppress(OSError):
                    connection.sendall(self.answer or BAD_GATEWAY)

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


def _parse(everything: bytes, raw: bytes, tunnel: bytes) -> Seen:
    if raw[:1] == b"\x16" or b"\r\n\r\n" not in raw:
        return Seen(everything, "", {}, tunnel)
    line, *fields = raw.partition(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (f.partition(":") for f in fields)}
    return Seen(everything, line, headers, tunnel)

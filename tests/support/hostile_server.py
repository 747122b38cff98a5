"""A loopback server that answers every request with a scripted, possibly hostile, byte sequence.

``HostileServer([(b"HTTP/1.1 200 OK\\r\\n", 0.0), (b"...", 0.2)])`` sends each chunk after its delay,
then closes the connection (with ``reset=True`` it resets it instead: a TCP RST, as a crashed peer does).
It reads the whole request first (head, and the body its ``content-length`` announces: a body left unread
when the socket closes makes the kernel answer with a reset, which can destroy the answer before the client
reads it), and counts requests, so a test can assert how many were sent. A script
may be any iterable that can be iterated again for each connection, such as ``endless(...)``.
"""

from __future__ import annotations

import itertools
import re
import socket
import struct
import threading
from collections.abc import Iterable, Iterator


class HostileServer:
    def __init__(self, script: Iterable[tuple[bytes, float]], *, reset: bool = False) -> None:
        self.script = script
        self.reset = reset
        self.requests = 0
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            if not read_request(connection):
                return
            self.requests += 1
            try:
                for data, delay in self.script:
                    if self._stop.wait(delay):
                        return
                    connection.sendall(data)
                if self.reset:
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                return

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


def read_request(connection: socket.socket) -> bool:
    """Read one request, head and ``content-length`` body; False when the peer closes first."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = connection.recv(65536)
        if not chunk:
            return False
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    match = re.search(rb"^content-length:\s*(\d+)\s*$", head, re.IGNORECASE | re.MULTILINE)
    remaining = int(match.group(1)) - len(body) if match else 0
    while remaining > 0:
        chunk = connection.recv(min(remaining, 65536))
        if not chunk:
            return False
        remaining -= len(chunk)
    return True


def answer(status: str, body: bytes, content_type: str = "application/json") -> list[tuple[bytes, float]]:
    """A whole answer in one chunk."""
    head = f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n\r\n"
    return [(head.encode() + body, 0.0)]


def trickle(body: bytes, every: float) -> list[tuple[bytes, float]]:
    """A 200 whose body arrives one byte every ``every`` seconds."""
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return [(head.encode(), 0.0), *((body[i : i + 1], every) for i in range(len(body)))]


class endless:  # lower case: used like the functions beside it
    """A script that sends ``head`` and then ``chunk`` forever, afresh on each connection."""

    def __init__(self, head: bytes, chunk: bytes) -> None:
        self.head, self.chunk = head, chunk

    def __iter__(self) -> Iterator[tuple[bytes, float]]:
        return itertools.chain([(self.head, 0.0)], itertools.repeat((self.chunk, 0.0)))

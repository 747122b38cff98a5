"""The scripted servers the wire tests use must not lose their own answers: a request body left unread
when the server closes makes the kernel reset the connection, and the reset can reach the client before
it has read the answer (a CI run failed so, on a POST whose body httpx wrote after its head)."""

from __future__ import annotations

import socket
import time

import pytest

from tests.support.hostile_server import HostileServer, answer


def test_an_answer_survives_a_request_body_sent_after_the_head() -> None:
    body = b'{"ok": true}'
    with HostileServer([(answer("200 OK", body)[0][0], 0.3)]) as server:  # answers 0.3 s after the head
        port = int(server.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            client.sendall(b"POST /v1/x HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n")
            time.sleep(0.1)  # the server has the head; the body follows, as h11 writes it
            client.sendall(b"{}")
            time.sleep(0.5)  # the answer and the close have both come by now
            received = b""
            try:
                while chunk := client.recv(65536):
                    received += chunk
            except ConnectionResetError:
                pytest.fail(f"the server reset the connection; the client had read {received!r}")
    assert received.endswith(body) and server.requests == 1

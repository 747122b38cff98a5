"""A loopback server that answers every request with one recorded answer, for the throughput rows.

    python benchmarks/canned_server.py ANSWER_FILE      # prints its base URL, then serves until killed

``run.py`` records the emulator's answer to ``GET /v1/runs/{id}`` (body, content type, request id)
and serves it from here, so the many-in-flight rows measure the clients, not the emulator: answering
a request costs this server a few microseconds (a byte search and one write, standard library only),
where the emulator spends about 300, which would cap every client near the same figure on 2 cores.
It reads request heads only (the clients send GETs without bodies) and keeps connections open.
"""

from __future__ import annotations

import asyncio
import json
import sys

HEAD_END = b"\r\n\r\n"


def answer_bytes(recorded: dict[str, str]) -> bytes:
    body = recorded["body"].encode()
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"content-type: {recorded['content_type']}\r\n"
        f"x-request-id: {recorded['request_id']}\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class Answering(asyncio.Protocol):
    """Answers each complete request head with the recorded answer (pipelined heads too)."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.pending = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.pending += data
        heads = self.pending.count(HEAD_END)
        if heads and self.transport is not None:
            self.pending = self.pending[self.pending.rindex(HEAD_END) + len(HEAD_END) :]
            self.transport.write(self.answer * heads)


async def serve(answer: bytes) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Answering(answer), "127.0.0.1", 0, backlog=1024)
    print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as recorded:
        asyncio.run(serve(answer_bytes(json.load(recorded))))

"""A trivial loopback HTTP server for the storage-origin row: what a server that does nothing costs.

    python benchmarks/sink_server.py      # prints its base URL, then serves until killed

``PUT`` (any path, with ``Content-Length``) reads the body in 1 MiB reads, drops it and answers 200;
``GET /bytes/{n}`` answers ``n`` bytes of one repeated MiB. Keep-alive, standard library only. The bench
times the same raw httpx ``PUT``s and ``GET`` against it and against the emulator's storage origin: if
the origin were the bottleneck, it would be clearly slower than this.
"""

from __future__ import annotations

import asyncio
import os

MIB = 1024 * 1024
BLOCK = os.urandom(MIB)


async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *lines = head.decode("latin-1").split("\r\n")
            method, path, _ = request_line.split(" ", 2)
            headers = dict(line.split(":", 1) for line in lines if ":" in line)
            length = int({k.strip().lower(): v.strip() for k, v in headers.items()}.get("content-length", 0))
            while length:
                body = await reader.read(min(MIB, length))
                if not body:
                    return
                length -= len(body)
            if method == "GET" and path.startswith("/bytes/"):
                size = int(path.removeprefix("/bytes/"))
                writer.write(f"HTTP/1.1 200 OK\r\ncontent-length: {size}\r\n\r\n".encode())
                while size:
                    writer.write(BLOCK[: min(MIB, size)])
                    size -= min(MIB, size)
                    await writer.drain()
            else:
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve() -> None:
    server = await asyncio.start_server(answer, "127.0.0.1", 0, limit=64 * 1024)
    print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve())

"""Row 9: many runs awaited through webhook events (``AsyncRunWaiter``) against polling, in requests and time.

An emulator started with ``--webhook-url`` sends its signed ``run.created`` / ``run.status_changed``
events to a receiver in this process: an aiohttp web app on the same event loop that verifies each
delivery, drops repeats and feeds the waiter, as an asyncio service would. Each mode starts ``runs`` runs at
once with ``AsyncEigenpalClient`` and awaits every one:

- ``events``: ``client.run`` then ``AsyncRunWaiter.wait`` (``runs.get`` only as the fallback);
- ``runs.wait``: ``client.run`` then ``client.runs.wait``, which polls ``runs.get`` (0.1 s growing to 2 s);
- ``run_and_wait``: the server holds the start request until the run ends (one long-poll per run).

Requests are counted from the SDK's own log: its ``eigenpal`` logger writes one DEBUG line per answered
request, which a counting handler tallies, so each mode runs on the SDK's default transport (aiohttp under
asyncio; an ``httpx.AsyncClient`` with a request hook would count as well, but its pool's cost grows with the
square of the requests queued for it, and with a thousand waits that, not the waits, would be timed). A mode
that counts fewer requests than it started runs stops the bench: the log line changed. The figure is
requests per run beyond the start. The CPU
seconds of the emulator (which also signs and sends every event) and of this process (which also receives
them) say where the wall time goes.
Goal: events at most 1.0 request per run.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import transfer
from aiohttp import web

from eigenpal import AsyncEigenpalClient
from eigenpal.webhooks import AsyncRunWaiter, EigenpalWebhookError, MemoryEventStore, verify

TARGET = "workflows.extract-invoice"
MODES = ("events", "runs.wait", "run_and_wait")
WAIT_SECONDS = 300.0
Serve = Callable[[str, str], AbstractContextManager[Any]]
"""Starts the emulator sending its webhooks to (url, secret); yields an object with ``url`` and ``key``."""


class RequestCounter(logging.Handler):
    """Counts the SDK's DEBUG lines ``METHOD path -> status (request id …)``: one per answered request."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno == logging.DEBUG and " -> %d (request id" in str(record.msg):
            self.count += 1

    def __enter__(self) -> RequestCounter:
        logger = logging.getLogger("eigenpal")
        self._level, self._propagate = logger.level, logger.propagate
        logger.addHandler(self)
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
        return self

    def __exit__(self, *exc_info: object) -> None:
        logger = logging.getLogger("eigenpal")
        logger.removeHandler(self)
        logger.setLevel(self._level)
        logger.propagate = self._propagate


class Receiver:
    """The service's webhook endpoint: verify, act on each event once, feed the current waiter."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.seen = MemoryEventStore()
        self.waiter: AsyncRunWaiter | None = None
        self.deliveries = self.rejected = 0
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def receive(self, request: web.Request) -> web.Response:
        self.deliveries += 1
        try:
            event = verify(await request.read(), request.headers, self.secret)
        except EigenpalWebhookError:
            self.rejected += 1
            return web.Response(status=400)
        if self.seen.add(event.id) and self.waiter is not None:
            self.waiter.feed(event)
        return web.Response(status=204)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/", self.receive)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


async def await_runs(mode: str, client: AsyncEigenpalClient, receiver: Receiver, runs: int) -> list[str]:
    """Start ``runs`` runs at once and await each the ``mode`` way; their final statuses."""
    waiter = receiver.waiter = AsyncRunWaiter(client)

    async def one(index: int) -> str:
        payload = {"customer": f"{mode}-{index}"}
        if mode == "run_and_wait":
            return str(
                (await client.run_and_wait(TARGET, payload, timeout_seconds=WAIT_SECONDS)).execution.status
            )
        run_id = (await client.run(TARGET, payload)).id
        if mode == "events":
            return str((await waiter.wait(run_id, timeout=WAIT_SECONDS)).status)
        return str((await client.runs.wait(run_id, timeout_seconds=WAIT_SECONDS)).execution.status)

    return await asyncio.gather(*(one(index) for index in range(runs)))


async def measure_mode(mode: str, server: Any, receiver: Receiver, runs: int) -> dict[str, Any]:
    async with AsyncEigenpalClient(api_key=server.key, base_url=server.url) as client:
        await await_runs(mode, client, receiver, 4)  # warm the pool and the code paths
        with RequestCounter() as counter:
            server_cpu, own_cpu = transfer.cpu_seconds(server.pid), time.process_time()
            started = time.perf_counter()
            statuses = await await_runs(mode, client, receiver, runs)
            took = time.perf_counter() - started
            server_cpu, own_cpu = transfer.cpu_seconds(server.pid) - server_cpu, time.process_time() - own_cpu
    if counter.count < runs:
        raise RuntimeError(
            f"{mode}: {counter.count} requests counted for {runs} runs: the SDK's log line changed"
        )
    ended = sum(status == "completed" for status in statuses)
    return {"mode": mode, "runs": runs, "completed": ended, "requests": counter.count, "seconds": took,
            "per_run": (counter.count - runs) / runs, "server_cpu": server_cpu, "own_cpu": own_cpu}  # fmt: skip


async def measure_all(serve: Serve, runs: int) -> dict[str, dict[str, Any]]:
    secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
    receiver = Receiver(secret)
    await receiver.start()
    try:
        with serve(receiver.url, secret) as server:
            results = {mode: await measure_mode(mode, server, receiver, runs) for mode in MODES}
    finally:
        await receiver.stop()
    results["events"] |= {"deliveries": receiver.deliveries, "rejected": receiver.rejected}
    return results


def measure(serve: Serve, runs: int) -> dict[str, dict[str, Any]]:
    """Figures of each mode: runs, completed, requests, seconds, per_run (requests per run beyond the start);
    ``events`` also counts the deliveries the receiver took and rejected."""
    return asyncio.run(measure_all(serve, runs))


def describe(figures: dict[str, Any]) -> str:
    return (
        f"{figures['per_run']:.2f} req/run beyond the start, {figures['seconds']:.2f} s; CPU s: the emulator "
        f"{figures['server_cpu']:.1f}, this process {figures['own_cpu']:.1f}"
    )

"""The receivers of README.md's "Webhooks" section, run as written: each app is served over loopback and
sent real deliveries (shuffled, repeated, forged, stale; then the emulator's, under every fault), and must
handle each run's final status once."""

from __future__ import annotations

import asyncio
import random
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from aiohttp import web

from eigenpal import webhooks
from eigenpal.emulator import Emulator, WebhookFaults
from tests.support.spec import ROOT
from tests.support.webhooks import SECRET, event_body

APPS = ("starlette_app", "fastapi_app", "aiohttp_app")
PATH = "/webhooks/eigenpal"
FORGER = "whsec_" + "Zm9yZ2VkLXNlY3JldC0wMTIzNDU2Nzg5"


def section_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```", section, re.S | re.M)


def receiver(app_name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, dict[str, Any], list[Any]]:
    """The app named ``app_name``, run from the README's blocks in a fresh namespace, and the events its
    ``handle`` was called with."""
    monkeypatch.setenv("EIGENPAL_WEBHOOK_SECRET", SECRET)
    blocks = section_blocks()
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    common, *apps = blocks
    exec(compile(common, "README.md[webhooks common]", "exec"), namespace)
    handled: list[Any] = []
    namespace["handle"] = handled.append
    (block,) = [b for b in apps if f"{app_name} = " in b]
    exec(compile(block, f"README.md[{app_name}]", "exec"), namespace)
    return namespace[app_name], namespace, handled


@contextmanager
def served(app: Any) -> Iterator[str]:
    """``app`` (ASGI or aiohttp) on a loopback port of its own, in a thread; yields its URL."""
    sock = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}{PATH}"
    if isinstance(app, web.Application):
        loop = asyncio.new_event_loop()
        runner = web.AppRunner(app)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.SockSite(runner, sock).start())
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            yield url
        finally:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
    else:
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            thread.join(0.01)
        try:
            yield url
        finally:
            server.should_exit = True
            thread.join(10)
    sock.close()


def run_events(run_id: str, minute: int) -> list[tuple[str, bytes]]:
    """A run's three events, as (event id, body): created, pending → running, running → completed."""
    steps = [("pending", None), ("running", "pending"), ("completed", "running")]
    return [
        (
            f"whev_{run_id}_{n}",
            event_body(
                run_id,
                status,
                previous=previous,
                event_id=f"whev_{run_id}_{n}",
                created_at=f"2026-12-01T10:{minute:02d}:0{n}.000Z",
                output={"total": 1.5} if status == "completed" else None,
            ),
        )
        for n, (status, previous) in enumerate(steps)
    ]


@pytest.mark.parametrize("app_name", APPS)
def test_a_readme_receiver_handles_each_final_status_once(
    app_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, namespace, handled = receiver(app_name, monkeypatch)
    deliveries = [delivery for n in range(5) for delivery in run_events(f"exec_{n}", n)]
    deliveries += random.Random(7).sample(deliveries, 8)  # at least once: some arrive twice
    random.Random(app_name).shuffle(deliveries)  # in no particular order
    with served(app) as url, httpx.Client(timeout=10) as http:
        for event_id, body in deliveries:
            answer = http.post(url, content=body, headers=webhooks.sign(body, SECRET, event_id=event_id))
            assert answer.status_code == 204, answer.text
        forged = http.post(url, content=body, headers=webhooks.sign(body, FORGER, event_id=event_id))
        stale = http.post(
            url, content=body, headers=webhooks.sign(body, SECRET, event_id=event_id, timestamp=1)
        )
        reparsed = http.post(  # the body parsed and serialised again: not what was signed
            url,
            content=httpx.Response(200, content=body).json().__repr__().encode(),
            headers=webhooks.sign(body, SECRET, event_id=event_id),
        )
    assert (forged.status_code, forged.text) == (400, "signature")
    assert (stale.status_code, stale.text) == (400, "timestamp")
    assert reparsed.status_code == 400
    statuses: webhooks.RunStatuses = namespace["statuses"]
    assert {f"exec_{n}": statuses.status(f"exec_{n}") for n in range(5)} == {
        f"exec_{n}": "completed" for n in range(5)
    }
    finals = [event.data.run.id for event in handled if event.data.run.status == "completed"]
    assert sorted(finals) == [f"exec_{n}" for n in range(5)]  # each run's final status, exactly once
    assert len({event.id for event in handled}) == len(handled)


@pytest.mark.parametrize("app_name", APPS)
def test_a_readme_receiver_takes_the_emulators_deliveries_under_every_fault(
    app_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, namespace, handled = receiver(app_name, monkeypatch)
    faults = WebhookFaults(
        duplicate=0.5, reorder=True, delay=0.01, drop_first_attempt=True, bad_signature=0.5, seed=11
    )
    with (
        served(app) as url,
        Emulator(latency=0.01, webhook_url=url, webhook_secret=SECRET, webhook_faults=faults) as emu,
    ):
        with emu.client() as client:
            runs = [client.run_and_wait("workflows.extract-invoice", {"n": n}) for n in range(8)]
        emu.wait_for_webhooks(30)
        forged = [d for d in emu.webhook_deliveries if d.forged]
    assert forged and all(d.status == 400 for d in forged)  # refused by the README's receiver
    statuses: webhooks.RunStatuses = namespace["statuses"]
    assert {run.id: statuses.status(run.id) for run in runs} == {run.id: "completed" for run in runs}
    finals = [event.data.run.id for event in handled if event.data.run.status == "completed"]
    assert sorted(finals) == sorted(run.id for run in runs)  # each run's final status, exactly once

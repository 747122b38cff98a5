"""The SDK under abuse (issue 11): cancellation storms, dot ids, garbled and hostile answers, secrets in
messages, a real deadline, and bad input refused before anything is sent, on both clients.

Answers no emulator would send come from a scripted loopback server (``tests/support/hostile_server``).
"""

from __future__ import annotations

import io
import json
import math
import random
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalClient,
    EigenpalError,
    EigenpalResponseError,
    EigenpalServerError,
    EigenpalTimeoutError,
    EigenpalUsageError,
    RequestOptions,
)
from eigenpal._errors import parse_retry_after
from eigenpal.emulator import Emulator
from tests.support.canned_server import CannedServer
from tests.support.either import maybe
from tests.support.hostile_server import HostileServer, answer, trickle
from tests.support.pools import stuck_connections

TARGET = "workflows.extract-invoice"
KEY = "ep_live_0123456789abcdef"


def clients(url: str, **options: Any) -> list[Any]:
    return [
        EigenpalClient(api_key=KEY, base_url=url, **options),
        AsyncEigenpalClient(api_key=KEY, base_url=url, **options),
    ]


# ---- 1. cancellation gives the connection back -----------------------------------------------------------
@pytest.mark.anyio
async def test_a_storm_of_cancellations_leaves_no_stuck_slot(emu: Emulator) -> None:
    async with emu.async_client(max_retries=0) as client:
        run = await client.run_and_wait(TARGET, {})
        cancelled = 0
        stop = time.monotonic() + 4

        async def worker() -> None:
            nonlocal cancelled
            while time.monotonic() < stop:
                with anyio.move_on_after(random.random() * 0.01) as scope:
                    await client.runs.get(run.id)
                cancelled += scope.cancelled_caught

        async with anyio.create_task_group() as group:
            for _ in range(150):
                group.start_soon(worker)
        assert cancelled > 500 and stuck_connections(client) == []
        with anyio.fail_after(10):
            async with anyio.create_task_group() as group:
                for _ in range(120):  # more than the pool's 100 slots: every slot must be free again
                    group.start_soon(client.runs.get, run.id)


def test_on_trio_a_cancelled_connect_is_a_cancellation_not_a_group(emu: Emulator) -> None:
    """anyio's happy-eyeballs connect (``localhost`` has two addresses) wrapped trio's ``Cancelled``."""
    import trio

    raised: list[str] = []

    async def main() -> None:
        base_url = emu.url.replace("127.0.0.1", "localhost")
        for _ in range(150):
            async with AsyncEigenpalClient(api_key=emu.api_key, base_url=base_url, max_retries=0) as client:

                async def call(client: AsyncEigenpalClient = client) -> None:
                    try:
                        await client.auth.check()
                    except BaseException as error:
                        raised.append(type(error).__name__)
                        raise

                with trio.move_on_after(random.random() * 0.003):
                    await call()

    trio.run(main)
    assert "Cancelled" in raised and set(raised) <= {"Cancelled"}


# ---- 2. ids made of dots cannot reach another route ------------------------------------------------------
DOT_CALLS = [
    lambda c: c.runs.get("."),
    lambda c: c.runs.get(".."),
    lambda c: c.automations.examples.get(TARGET, ".."),
    lambda c: c.automations.examples.delete(TARGET, ".."),
    lambda c: c.automations.examples.update(TARGET, "..", name="x"),
    lambda c: c.runs.artifacts.download("run_1", "."),
    lambda c: c.runs.artifacts.download("run_1", "a/../b"),
    lambda c: c.runs.reviews.download_expected("run_1", "a/./b"),
    lambda c: c.automations.examples.input_file.get(TARGET, "ex_1", "a//b"),
    lambda c: c.automations.examples.expected_file.delete(TARGET, "ex_1", "a\\b"),
    lambda c: c.automations.get("workflows.."),
    lambda c: c.files.get("x" * 5000),
    lambda c: c.files.get("\ud800"),
]


@pytest.mark.anyio
@pytest.mark.parametrize("call", DOT_CALLS)
async def test_dot_and_malformed_path_parameters_are_refused_before_sending(
    canned_server: CannedServer, call: Any
) -> None:
    for client in clients(canned_server.url):
        with pytest.raises(EigenpalUsageError):
            await maybe(call(client))
    assert canned_server.requests == []


# ---- 3. garbled answers are typed errors -------------------------------------------------------------------
DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [b"null", b"5", b"true", b'"text"', b"[]", b'{"id": "r", "timing": [1, 2, 3]}', DEEP,
     b'{"issues": [{"message": "x"}], "requestId": "req_1"}', b"{"],
)  # fmt: skip
async def test_a_garbled_2xx_is_a_response_error(body: bytes) -> None:
    with HostileServer(answer("200 OK", body)) as server:
        for client in clients(server.url, max_retries=0):
            with pytest.raises(EigenpalResponseError):
                await maybe(client.runs.get("run_1"))


@pytest.mark.anyio
async def test_a_deeply_nested_error_body_is_a_typed_api_error() -> None:
    with HostileServer(answer("500 Internal Server Error", DEEP)) as server:
        for client in clients(server.url, max_retries=0):
            with pytest.raises(EigenpalServerError):
                await maybe(client.runs.get("run_1"))


# ---- 4 and 5. secrets never appear in a message ------------------------------------------------------------
@pytest.mark.parametrize(
    "key", [KEY[:8] + "\r" + KEY[8:], KEY + "\u200b", "ep live", KEY + "\n" + KEY, "ключ"]
)
def test_a_malformed_key_is_refused_without_echoing_it(key: str) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError) as raised:
            factory(api_key=key, base_url="http://127.0.0.1:9")
        assert key.strip() not in str(raised.value) and KEY not in repr(raised.value.args)


@pytest.mark.parametrize(
    "url",
    ["https://user:hunter2@example.com", "https://example.com/?token=hunter2", "https://example.com#hunter2"],
)
def test_base_url_credentials_are_never_repeated(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError) as raised:
            factory(api_key=KEY, base_url=url)
        assert "hunter2" not in str(raised.value)
        monkeypatch.setenv("EIGENPAL_BASE_URL", url)
        with pytest.raises(EigenpalUsageError) as raised:
            factory(api_key=KEY)
        assert "hunter2" not in str(raised.value) and "EIGENPAL_BASE_URL" in str(raised.value)
        monkeypatch.delenv("EIGENPAL_BASE_URL")


def test_an_empty_base_url_is_an_error_not_production() -> None:
    with pytest.raises(EigenpalUsageError, match="empty"):
        EigenpalClient(api_key=KEY, base_url="")


# ---- 6. timeout_seconds is a deadline ---------------------------------------------------------------------
@pytest.mark.anyio
async def test_a_trickling_server_cannot_hold_a_call_past_its_deadline() -> None:
    body = json.dumps({"id": "run_1", "status": "completed"}).encode() * 4
    with HostileServer(trickle(body, 0.1)) as server:
        for client in clients(server.url, timeout_seconds=1, max_retries=0):
            started = time.monotonic()
            with pytest.raises(EigenpalTimeoutError):
                await maybe(client.runs.get("run_1"))
            assert time.monotonic() - started < 2.5


# ---- 7. bad input: a usage error naming the argument, before anything is sent -------------------------------
def _closed_file() -> io.BytesIO:
    stream = io.BytesIO(b"x")
    stream.close()
    return stream


BAD_CONSTRUCTION = [
    {"max_retries": None}, {"max_retries": -1}, {"max_retries": True}, {"timeout_seconds": math.inf},
    {"timeout_seconds": -1}, {"timeout_seconds": math.nan}, {"timeout_seconds": "5"},
    {"default_headers": {"Host": "evil.example"}}, {"default_headers": {"X-A": "a\r\nb"}},
    {"default_headers": {"bad name": "x"}},
]  # fmt: skip


@pytest.mark.parametrize("options", BAD_CONSTRUCTION)
def test_bad_construction_arguments(options: dict[str, Any]) -> None:
    for factory in (EigenpalClient, AsyncEigenpalClient):
        with pytest.raises(EigenpalUsageError):
            factory(api_key=KEY, base_url="http://127.0.0.1:9", **options)


@pytest.mark.parametrize(
    "options", [{"max_retries": -1}, {"timeout_seconds": math.nan}, {"headers": {"Authorization": "x"}}]
)
def test_bad_request_options(options: dict[str, Any]) -> None:
    with pytest.raises(EigenpalUsageError):
        RequestOptions(**options)


def _bad_calls(tmp: Path) -> list[tuple[str, Any]]:
    sink = open(tmp / "w.bin", "wb")  # noqa: SIM115  (closed with the temporary folder)
    return [
        ("file", lambda c: c.files.upload(b"raw bytes")),
        ("file", lambda c: c.files.upload(None)),
        ("file", lambda c: c.files.upload(x for x in [b"a"])),
        ("file", lambda c: c.files.upload(_closed_file())),
        ("file", lambda c: c.files.upload(sink)),
        ("progress", lambda c: c.files.upload({"content": b"x"}, progress="yes")),
        ("progress", lambda c: c.files.download("file_1", progress=5)),
        ("to", lambda c: c.files.download("file_1", to=tmp)),
        ("to", lambda c: c.files.download("file_1", to="")),
        ("filename", lambda c: c.files.upload({"content": b"x", "filename": "../etc/passwd"})),
        ("mime_type", lambda c: c.files.upload({"content": b"x", "mime_type": "text/plain\r\nX: y"})),
        ("input", lambda c: c.run(TARGET, {"x": math.nan})),
        ("input", lambda c: c.run(TARGET, {"x": {1, 2}})),
        ("input", lambda c: c.run(TARGET, {"x": Decimal("1.5")})),
        ("input", lambda c: c.run(TARGET, {"x": b"bytes"})),
        ("metadata", lambda c: c.run(TARGET, {}, metadata={"when": time})),
        ("corrected_output", lambda c: c.runs.reviews.update("run_1", corrected_output={"x": math.inf})),
        ("trigger", lambda c: c.run(TARGET, {}, trigger=None)),
        ("timeout_seconds", lambda c: c.run_and_wait(TARGET, {}, timeout_seconds=math.inf)),
        ("version", lambda c: c.run(TARGET, {}, version=3)),
        ("examples", lambda c: c.automations.experiments.create(TARGET, examples="ex_1")),
        # issue 18: each of these raised a raw AttributeError, ValueError or UnicodeEncodeError
        ("format", lambda c: c.automations.experiments.export(TARGET, "exp_1", format=None)),
        ("format", lambda c: c.automations.experiments.export_all(TARGET, format=None)),
        ("options", lambda c: c.runs.list(options={})),
        ("options", lambda c: c.run_and_wait(TARGET, {}, options={"timeout_seconds": 1})),
        ("mode", lambda c: c.automations.dataset.import_(TARGET, {"content": b"zip"}, mode=None)),
        ("file", lambda c: c.files.upload(_Unseekable())),
        ("contract", lambda c: c.run(TARGET, {"contract": _Unseekable()})),
        ("file", lambda c: c.runs.reviews.upload_expected("run_1", _Unseekable())),
        ("file", lambda c: c.files.upload(_SeeksWithoutTell())),
        ("default_headers", lambda c: c.with_options(default_headers={"X-Team": "Zürich"})),
        ("headers", lambda c: c.runs.list(options=RequestOptions(headers={"X-Team": "Zürich"}))),
    ]


class _Unseekable:
    """A file-like object with only ``read``: what some wrappers of sockets and archives offer."""

    def read(self, size: int = -1) -> bytes:
        return b""


class _SeeksWithoutTell(_Unseekable):
    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0


@pytest.mark.anyio
async def test_bad_arguments_are_usage_errors_before_any_request(
    canned_server: CannedServer, tmp_path: Path
) -> None:
    for argument, call in _bad_calls(tmp_path):
        for client in clients(canned_server.url):
            with pytest.raises(EigenpalUsageError, match=argument):
                result = call(client)
                await maybe(result)
    assert canned_server.requests == []


# ---- 8. the choices that were debatable -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "seconds"),
    [("1_0", None), ("1e3", None), ("inf", None), ("nan", None), ("10", 10.0), ("0.5", 0.5)],
)
def test_retry_after_accepts_only_the_rfc_forms(header: str, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


# ---- the property: whatever the arguments, the outcome is an EigenpalError or a result --------------------
ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40), st.binary(max_size=20),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.sampled_from([".", "..", "a/../b", "/abs", "\ud800", "x" * 70_000, "workflows.", {"type": "agent"}]),
    st.sampled_from([{}, "Zürich", "csv", "append", _Unseekable(), _SeeksWithoutTell(), io.BytesIO(b"x")]),
)  # fmt: skip
METHODS = [
    lambda c, a, b: c.runs.get(a, expand=b),
    lambda c, a, b: c.runs.list(status=a, limit=b),
    lambda c, a, b: c.run(a, b),
    lambda c, a, b: c.automations.get(a),
    lambda c, a, b: c.automations.examples.create(a, b),
    lambda c, a, b: c.automations.examples.update(TARGET, a, b),
    lambda c, a, b: c.runs.reviews.update(a, verdict=b),
    lambda c, a, b: c.runs.promote(a, b),
    lambda c, a, b: c.files.upload(a, progress=b),
    lambda c, a, b: c.files.download(a, to=b),
    lambda c, a, b: c.runs.artifacts.download(a, b),
    lambda c, a, b: c.automations.experiments.create(a, examples=b),
    lambda c, a, b: c.automations.evaluators.update(a, b),
    lambda c, a, b: c.runs.reviews.rename_expected("run_1", a, name=b),
    lambda c, a, b: c.automations.experiments.export(TARGET, a, format=b),
    lambda c, a, b: c.automations.experiments.export_all(TARGET, format=a, options=b),
    lambda c, a, b: c.runs.list(options=a, limit=b),
    lambda c, a, b: c.automations.dataset.import_(TARGET, a, mode=b),
    lambda c, a, b: c.run(TARGET, {"contract": a}, metadata=b),
    lambda c, a, b: c.runs.reviews.upload_expected("run_1", a, progress=b),
    lambda c, a, b: c.with_options(default_headers={"X-Team": a}).runs.get("run_1", expand=b),
]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Downloads to generated relative paths land in a temporary folder, never in the repository."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(METHODS), first=ANYTHING, second=ANYTHING)
def test_any_arguments_give_a_result_or_an_eigenpal_error(
    method: Any, first: Any, second: Any, canned_server: CannedServer, in_tmp: Path
) -> None:
    client = EigenpalClient(api_key=KEY, base_url=canned_server.url, max_retries=0)
    sent = len(canned_server.requests)
    try:
        method(client, first, second)
    except EigenpalUsageError:
        assert len(canned_server.requests) == sent, "a usage error must come before anything is sent"
    except EigenpalError:
        pass


# ---- the soak: calls with injected faults on threads, asyncio and trio ------------------------------------
@pytest.mark.slow
def test_soak_with_injected_faults(emu: Emulator) -> None:
    """About 20 s of calls on every backend while the emulator fails, drops and delays answers: no duplicate
    run, no untyped exception, no stuck pool slot, and bounded descriptors and memory."""
    import concurrent.futures
    import os
    import resource

    def descriptors() -> int:
        return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0

    import collections
    import itertools

    untyped: list[BaseException] = []
    accepted: set[str] = set()
    calls = itertools.count()  # each start carries its own number: two runs with one number are a duplicate
    stop = time.monotonic() + 6
    enough, deadline = 100, time.monotonic() + 60

    def going() -> bool:
        """For the phase's 6 s, and on a slow or busy machine longer, until enough runs were accepted for
        the soak to mean something (a count bound, not a speed bound: the suite has no timed assertion)."""
        now = time.monotonic()
        return now < stop or (len(accepted) <= enough and now < deadline)

    def injector() -> None:
        faults = [("runs.start", 503), ("runs.start", 500), ("runs.get", 502), ("runs.get", 429)]
        while going():
            route, status = random.choice(faults)
            emu.fail_next(route, status, retry_after="0")
            if random.random() < 0.3:
                emu.drop_next("runs.get")
            time.sleep(0.01)

    def outcome(call: Any) -> None:
        try:
            result = call()
            if getattr(result, "id", None):
                accepted.add(result.id)
        except EigenpalError:
            pass
        except BaseException as error:  # anything else is a defect
            untyped.append(error)

    def threads() -> None:
        with emu.client(max_retries=2) as client, concurrent.futures.ThreadPoolExecutor(16) as pool:
            while going():
                futures = [
                    pool.submit(outcome, lambda: client.run(TARGET, {"call": next(calls)})) for _ in range(16)
                ]
                concurrent.futures.wait(futures)

    async def tasks() -> None:
        async with emu.async_client(max_retries=2) as client:
            while going():

                async def one() -> None:
                    try:
                        with anyio.move_on_after(random.random() * 0.05):
                            accepted.add((await client.run(TARGET, {"call": next(calls)})).id)
                    except EigenpalError:
                        pass
                    except BaseException as error:
                        untyped.append(error)

                async with anyio.create_task_group() as group:
                    for _ in range(16):
                        group.start_soon(one)
            assert stuck_connections(client) == []

    before_fds, before_rss = descriptors(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    runs_before = len(emu.world.store.runs)
    with concurrent.futures.ThreadPoolExecutor(2) as background:
        background.submit(injector)
        background.submit(threads)
        anyio.run(tasks, backend="asyncio")
        stop = time.monotonic() + 6
        anyio.run(tasks, backend="trio")
    starts = collections.Counter(
        run.input.get("call") for run in list(emu.world.store.runs.values())[runs_before:]
    )
    assert untyped == []
    assert len(accepted) > enough and [call for call, count in starts.items() if count > 1] == []
    # The emulator runs in this process: under load its loop closes its side of the connections the
    # clients closed (each cancelled call's) a little late. A leak never settles; that lag does.
    settled = time.monotonic() + 10
    while descriptors() - before_fds >= 64 and time.monotonic() < settled:
        time.sleep(0.1)
    assert descriptors() - before_fds < 64
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_rss < 200_000  # KiB


@pytest.mark.anyio
async def test_a_redirect_never_repeats_its_userinfo_or_signed_query() -> None:
    location = b"https://robot:hunter2@storage.example/bucket/r?X-Amz-Signature=deadbeef"
    script = [(b"HTTP/1.1 302 Found\r\nlocation: " + location + b"\r\ncontent-length: 0\r\n\r\n", 0)]
    for make in (EigenpalClient, AsyncEigenpalClient):
        with HostileServer(script) as server, pytest.raises(EigenpalError) as raised:
            await maybe(make(api_key=KEY, base_url=server.url, max_retries=0).runs.get("r"))
        shown = str(raised.value) + repr(raised.value)
        assert "storage.example/bucket/r" in shown  # still says where it points
        assert "hunter2" not in shown and "deadbeef" not in shown and "robot" not in shown

"""Clients across processes (issue 18): fork safety on every transport, and no pickled clients.

A child made by fork (multiprocessing's fork start method, gunicorn --preload, Celery prefork) inherits
the parent's pools. It must make its own and leave the parent's sockets alone, or both processes write
requests to the same connections and read each other's answers. Every child here checks that each
answer is its own (``runs.get(own_id)`` returns ``own_id``) and reports what it saw; clients use
``max_retries=0``, so a connection a child disturbed would surface as an error instead of a retry.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator
from tests.support.spec import ROOT

TARGET = "workflows.extract-invoice"
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX-only")


@pytest.fixture
def fast_emu() -> Any:
    """No latency and no contract checks: these tests make thousands of calls and read only ids."""
    with Emulator(latency=0, validate_responses=False) as emulator:
        yield emulator


def start_runs(emu: Emulator, count: int) -> list[str]:
    """Distinct runs, made in the parent, whose ids the children ask for."""
    client = emu.client()
    try:
        return [client.run(TARGET, {"n": n}).id for n in range(count)]
    finally:
        client.close()


Tally = tuple[int, int, int, str]
"""Calls made, answers that were another run's, errors, the first error (or "")."""


def tally_sync(get: Callable[[str], Any], ids: list[str], rounds: int) -> Tally:
    calls = wrong = errors = 0
    first = ""
    for _ in range(rounds):
        for run_id in ids:
            calls += 1
            try:
                wrong += get(run_id).id != run_id
            except Exception as error:
                errors += 1
                first = first or f"{type(error).__name__}: {error}"
    return calls, wrong, errors, first


async def tally_async(client: AsyncEigenpalClient, ids: list[str], rounds: int) -> Tally:
    calls = wrong = errors = 0
    first = ""
    for _ in range(rounds):
        for run_id in ids:
            calls += 1
            try:
                wrong += (await client.runs.get(run_id)).id != run_id
            except Exception as error:
                errors += 1
                first = first or f"{type(error).__name__}: {error}"
    return calls, wrong, errors, first


def report(results: Queue[Tally], work: Callable[[], Tally]) -> None:
    """A child's body: whatever happens, the parent hears about it."""
    try:
        results.put(work())
    except BaseException as error:
        results.put((0, 0, 1, f"{type(error).__name__}: {error}"))


def run_children(targets: list[Callable[[], Tally]], during: Callable[[], None] | None = None) -> list[Tally]:
    """Fork one child per target, run ``during`` in the parent meanwhile, and collect every tally."""
    fork = multiprocessing.get_context("fork")
    results: Queue[Tally] = fork.Queue()
    children = [fork.Process(target=report, args=(results, target), daemon=True) for target in targets]
    for child in children:
        child.start()
    try:
        if during is not None:
            during()
        tallies = [results.get(timeout=60) for _ in children]
    finally:
        for child in children:
            child.join(timeout=30)
            if child.is_alive():
                child.kill()
    assert [child.exitcode for child in children] == [0] * len(children)
    return tallies


def assert_all_own(tallies: list[Tally], calls_each: int) -> None:
    assert [(wrong, errors, first) for _, wrong, errors, first in tallies] == [(0, 0, "")] * len(tallies)
    assert [calls for calls, *_ in tallies] == [calls_each] * len(tallies)


# ---- fork safety ---------------------------------------------------------------------------------------------
@needs_fork
def test_forked_children_of_a_sync_client_get_their_own_answers(fast_emu: Emulator) -> None:
    ids = start_runs(fast_emu, 12)
    client = fast_emu.client(max_retries=0)
    quick = client.with_options(timeout_seconds=20)  # a copy made before the fork shares the pool
    assert client.runs.get(ids[0]).id == ids[0]  # the pool holds a connection when the children are made
    children = [
        (lambda mine=ids[n::6], user=(client if n % 2 else quick): tally_sync(user.runs.get, mine, 20))
        for n in range(6)
    ]
    parent = []

    def meanwhile() -> None:
        parent.append(tally_sync(client.runs.get, ids, 10))

    assert_all_own(run_children(children, meanwhile), 40)
    assert parent == [(120, 0, 0, "")]
    assert tally_sync(quick.runs.get, ids, 2) == (24, 0, 0, "")  # the parent's pool still works
    client.close()


@needs_fork
def test_forked_children_of_an_async_client_get_their_own_answers_under_asyncio_and_trio(
    fast_emu: Emulator,
) -> None:
    ids = start_runs(fast_emu, 6)
    client = fast_emu.async_client(max_retries=0)
    loop = asyncio.new_event_loop()  # left open across the fork: the child must not use its session either
    try:
        assert loop.run_until_complete(client.runs.get(ids[0])).id == ids[0]
        assert type(client._pipeline._connections.current).__name__ == "AiohttpHTTP"

        def under_asyncio(mine: list[str]) -> Callable[[], Tally]:
            return lambda: asyncio.run(tally_async(client, mine, 20))

        def under_trio(mine: list[str]) -> Callable[[], Tally]:
            return lambda: trio.run(tally_async, client, mine, 20)

        children = [under_asyncio(ids[0:2]), under_asyncio(ids[2:4]), under_trio(ids[4:6])]
        parent: list[Tally] = []

        def meanwhile() -> None:
            parent.append(loop.run_until_complete(tally_async(client, ids, 10)))

        assert_all_own(run_children(children, meanwhile), 40)
        assert parent == [(60, 0, 0, "")]
        assert loop.run_until_complete(tally_async(client, ids, 2)) == (12, 0, 0, "")
        loop.run_until_complete(client.aclose())
    finally:
        loop.close()


@needs_fork
@pytest.mark.slow
def test_a_fork_storm_never_crosses_answers(fast_emu: Emulator) -> None:
    """8 children x 200 calls on one inherited client while the parent calls from two threads."""
    ids = start_runs(fast_emu, 16)
    client = fast_emu.client(max_retries=0)
    assert client.runs.get(ids[0]).id == ids[0]
    children = [(lambda mine=ids[n::8]: tally_sync(client.runs.get, mine, 100)) for n in range(8)]
    parent: list[Tally] = []

    def meanwhile() -> None:
        threads = [
            threading.Thread(target=lambda: parent.append(tally_sync(client.runs.get, ids, 10)))
            for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert_all_own(run_children(children, meanwhile), 200)
    assert parent == [(160, 0, 0, "")] * 2
    assert tally_sync(client.runs.get, ids, 5) == (80, 0, 0, "")
    client.close()


@needs_fork
def test_a_client_made_in_the_child_after_a_closed_parent_pool_is_still_closed(fast_emu: Emulator) -> None:
    """A fork does not reopen a closed client: the child hears that it is closed, as the parent would."""
    client = fast_emu.client()
    client.auth.check()
    client.close()

    def closed_in_child() -> Tally:
        try:
            client.auth.check()
        except EigenpalUsageError as error:
            return 1, 0, 0, str(error)
        return 1, 1, 0, "answered"

    [(_, wrong, _, message)] = run_children([closed_in_child])
    assert wrong == 0 and "this EigenpalClient is closed" in message


@needs_fork
def test_a_callers_http_client_that_carried_calls_is_refused_in_a_forked_child(fast_emu: Emulator) -> None:
    """The SDK cannot remake your http_client: a child told so beats a child reading the parent's answers."""
    used = fast_emu.client(http_client=httpx.Client(), max_retries=0)
    unused = fast_emu.client(http_client=httpx.Client(), max_retries=0)
    assert used.auth.check().ok

    def child() -> Tally:
        try:
            used.auth.check()
        except EigenpalUsageError as error:
            return 2, 0, 0 if unused.auth.check().ok else 1, str(error)  # one never used is the child's
        return 1, 1, 0, "answered"

    [(calls, wrong, errors, message)] = run_children([child])
    assert (calls, wrong, errors) == (2, 0, 0)
    assert "http_client" in message and "make the client (and its http_client) in each process" in message
    assert used.auth.check().ok  # the parent's is untouched


# ---- clients are not pickled -----------------------------------------------------------------------------
@pytest.fixture(params=[EigenpalClient, AsyncEigenpalClient])
def any_client(request: pytest.FixtureRequest) -> Any:
    return request.param(api_key="ep_live_secret0123456789", base_url="http://127.0.0.1:9")


def assert_guidance(error: BaseException, name: str) -> None:
    message = str(error)
    assert isinstance(error, EigenpalUsageError), repr(error)
    assert "ep_live_secret0123456789" not in message
    for hint in (name, "one client per process", "EIGENPAL_API_KEY", "ProcessPoolExecutor", "dask"):
        assert hint in message, (hint, message)


@pytest.mark.parametrize(
    "copier",
    [pickle.dumps, copy.deepcopy, lambda client: pickle.dumps(client.runs.get)],
    ids=["pickle", "deepcopy", "pickle-a-method"],
)
def test_pickling_a_client_says_to_make_one_per_process(
    any_client: Any, copier: Callable[[Any], Any]
) -> None:
    with pytest.raises(EigenpalUsageError) as raised:
        copier(any_client)
    assert_guidance(raised.value, type(any_client).__name__)


def test_a_shallow_copy_shares_the_pool_and_leaves_it_to_the_original(fast_emu: Emulator) -> None:
    client = fast_emu.client()
    twin = copy.copy(client)
    assert twin is not client and twin._pipeline._connections is client._pipeline._connections
    assert twin.auth.check().ok
    twin.close()  # a no-op, as for a with_options copy
    assert client.auth.check().ok
    client.close()


def echo(value: Any) -> Any:
    return value


def test_a_process_pool_submit_with_a_client_raises_the_guidance_in_the_caller(any_client: Any) -> None:
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        future = pool.submit(echo, any_client)
        with pytest.raises(EigenpalUsageError) as raised:
            future.result(timeout=60)
    assert_guidance(raised.value, type(any_client).__name__)


# ---- the README's example ------------------------------------------------------------------------------------
@pytest.mark.parametrize("start_method", [pytest.param("fork", marks=needs_fork), "spawn"])
def test_the_readme_process_pool_example_runs_as_a_script(
    fast_emu: Emulator, tmp_path: Path, start_method: str
) -> None:
    """The docs test runs README blocks with ``__name__`` other than ``"__main__"``; this runs the pool."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [example] = [b for b in re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M) if "ProcessPool" in b]
    script = tmp_path / "many_processes.py"
    choose = f"import multiprocessing\nif __name__ == '__main__':\n    multiprocessing.set_start_method({start_method!r})\n"
    script.write_text(choose + example)
    ids = start_runs(fast_emu, 4)
    env = {**os.environ, "EIGENPAL_API_KEY": fast_emu.api_key, "EIGENPAL_BASE_URL": fast_emu.url}
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr[-3000:]
    statuses = eval(result.stdout)  # the example prints a dict literal of ids and statuses
    assert sorted(statuses) == sorted(ids) and set(statuses.values()) == {"completed"}

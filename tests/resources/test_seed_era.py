"""The June 2026 API's calls keep running as deprecated aliases (aliases.yaml).

The README's quick starts and review flow as they stood at 95ae79f (copied below verbatim, as data) run
unchanged against the emulator, warning where they use an old name; the same old calls run on both clients
(blocking, and async under asyncio and trio) with the review read back through today's ``runs.reviews.get``.
Every old value maps one-to-one or is refused with ``EigenpalUsageError`` before any request (hypothesis,
over a server that records requests).
"""

from __future__ import annotations

import json
import urllib.parse
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eigenpal import AsyncEigenpalClient, EigenpalClient, EigenpalUsageError
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import collect, maybe
from tests.support.spec import ROOT, reference_methods

SEED_ERA = yaml.safe_load((ROOT / "aliases.yaml").read_text(encoding="utf-8"))
VALUES = SEED_ERA["values"]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# README.md at 95ae79f, verbatim: its quick starts and the code that reviews runs.
JUNE_README = {
    "quick start (a script or a notebook)": """\
from pathlib import Path
from eigenpal import EigenpalClient

client = EigenpalClient()  # EIGENPAL_API_KEY (and EIGENPAL_BASE_URL for self-hosted) from the environment

result = client.run_and_wait(
    "workflows.extract-invoice",
    input={"contract": Path("contract.pdf"), "customer": "ACME"},
)
print(result["finished"], result["output"])
print(result.execution.status, result.timing.duration_ms)
""",
    "quick start (an asyncio service)": """\
import asyncio
from pathlib import Path
from eigenpal import AsyncEigenpalClient

async def extract_all(paths: list[Path], concurrency: int = 8) -> list:
    limiter = asyncio.Semaphore(concurrency)  # bounded: at most 8 runs in flight
    async with AsyncEigenpalClient() as client:
        async def one(path: Path):
            async with limiter:
                return await client.run_and_wait("workflows.extract-invoice", {"contract": path})
        return await asyncio.gather(*(one(path) for path in paths))

runs = asyncio.run(extract_all([Path("contract.pdf")] * 3))
print([run.execution.status for run in runs])
""",
    "configuration (a review with per-call options)": """\
import httpx
from eigenpal import EigenpalClient, RequestOptions

client = EigenpalClient()
staging = client.with_options(base_url=client.base_url, timeout_seconds=httpx.Timeout(10.0), max_retries=5)
run = client.run_and_wait("workflows.extract-invoice", {"customer": "ACME"})
client.runs.feedback.update(run.id, rating="pass", options=RequestOptions(extra_body={"reviewer": "ops"}))
""",
    "the review loop": """\
from eigenpal import EigenpalClient
from eigenpal.lifecycle import ReviewQueue

client = EigenpalClient()
queue = ReviewQueue(client, "workflows.extract-invoice", rate=0.15)  # deterministic, nested sampling
for run in queue.pending():                                           # sampled, completed, unreviewed
    output = client.runs.get(run.id).output
    if output.get("total"):
        queue.pass_(run.id)
    else:
        queue.fail(run.id, expected={**output, "total": 0.0}, files=[])  # corrected output, left open
        queue.promote(run.id)                                             # refuses a run with no correction
# ... fix the workflow, then re-run the experiment and resolve what passes:
for outcome in queue.close_loop():
    print(outcome.run_id, "passes" if outcome.passed else "still fails")
""",
}


@pytest.fixture
def june_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """An emulator named by the environment, as the README's snippets expect, and a contract.pdf beside."""
    (tmp_path / "contract.pdf").write_bytes(PDF)
    monkeypatch.chdir(tmp_path)
    with Emulator(latency=0.01) as emu:
        monkeypatch.setenv("EIGENPAL_API_KEY", emu.api_key)
        monkeypatch.setenv("EIGENPAL_BASE_URL", emu.url)
        yield emu


def run_snippet(name: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "__june_readme__"}
    exec(compile(JUNE_README[name], f"README.md@95ae79f[{name}]", "exec"), namespace)
    return namespace


# ---- the June README, unchanged ----------------------------------------------------------------------------
def test_the_script_quick_start_runs_unchanged(june_environment: Emulator) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # nothing in it is deprecated
        result = run_snippet("quick start (a script or a notebook)")["result"]
    assert result["finished"] is True and str(result.execution.status) == "completed"


def test_the_asyncio_quick_start_runs_unchanged(june_environment: Emulator) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        runs = run_snippet("quick start (an asyncio service)")["runs"]
    assert [str(run.execution.status) for run in runs] == ["completed"] * 3


def test_the_june_review_call_reviews_through_runs_reviews(june_environment: Emulator) -> None:
    with pytest.warns(
        DeprecationWarning, match=r"client\.runs\.feedback\.update .* use client\.runs\.reviews\.update"
    ):
        namespace = run_snippet("configuration (a review with per-call options)")
    review = namespace["client"].runs.reviews.get(namespace["run"].id).review
    assert (review.verdict, review.status) == ("correct", "closed")  # rating="pass"; a correct verdict closes


def test_the_june_review_loop_runs_unchanged(june_environment: Emulator) -> None:
    """The loop drives ``eigenpal.lifecycle.ReviewQueue`` with the June names (``pass_``, ``fail``)."""
    with EigenpalClient() as client:
        started = [client.run_and_wait("workflows.extract-invoice", {"customer": f"C{i}"}) for i in range(40)]
        with pytest.warns(DeprecationWarning):  # the queue's June names (pass_, fail)
            run_snippet("the review loop")
        reviewed = {run.id: client.runs.reviews.get(run.id).review for run in started}
        outputs = {run.id: run.output for run in started}
    reviewed = {run_id: review for run_id, review in reviewed.items() if review}
    assert reviewed, "a 15% sample of 40 runs reviewed none"
    for run_id, review in reviewed.items():
        passed = bool(outputs[run_id].get("total"))
        assert review.verdict == ("correct" if passed else "incorrect"), run_id
        assert passed or review.corrected_output == {**outputs[run_id], "total": 0.0}


# ---- the same old calls, on both clients ------------------------------------------------------------------
@pytest.mark.anyio
async def test_the_june_review_flow_on_both_clients(client: Any) -> None:
    run = await maybe(client.run_and_wait("workflows.extract-invoice", {"customer": "ACME"}))
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.update"):
        await maybe(
            client.runs.feedback.update(
                run.id, rating="fail", status="open", body="total is wrong", expected={"total": 0.0}
            )
        )
    review = (await maybe(client.runs.reviews.get(run.id))).review
    assert (review.verdict, review.status, review.note) == ("incorrect", "open", "total is wrong")
    assert review.corrected_output == {"total": 0.0}

    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.update"):
        await maybe(client.runs.feedback.update(run.id, status="resolved"))
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.get"):
        seen = await maybe(client.runs.feedback.get(run.id))
    assert (seen.review.verdict, seen.review.status) == ("incorrect", "closed")

    with pytest.warns(DeprecationWarning, match=r"runs\.list\(review_status=\.\.\.\)"):
        page = await maybe(client.runs.list(feedback_status="resolved", feedback_rating="fail", limit=1))
    assert run.id in [item.id for item in await collect(page.iter_all())]

    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.upload_expected"):
        await maybe(
            client.runs.feedback.upload_expected(run.id, {"content": b'{"total": 0}', "filename": "a.json"})
        )
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.rename_expected"):
        await maybe(client.runs.feedback.rename_expected(run.id, "a.json", name="b.json"))
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.list_expected"):
        listed = await maybe(client.runs.feedback.list_expected(run.id))
    assert [file.name for file in listed.files] == ["b.json"]
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.download_expected"):
        assert await maybe(client.runs.feedback.download_expected(run.id, "b.json")) == b'{"total": 0}'
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.delete_expected"):
        await maybe(client.runs.feedback.delete_expected(run.id, "b.json"))
    with pytest.warns(DeprecationWarning, match=r"use client\.runs\.reviews\.clear"):
        await maybe(client.runs.feedback.clear(run.id))
    assert not (await maybe(client.runs.reviews.get(run.id))).review


@pytest.mark.anyio
async def test_a_june_file_reference_starts_a_run_on_both_clients(client: Any) -> None:
    uploaded = await maybe(client.files.upload({"content": PDF, "filename": "contract.pdf"}))
    with pytest.warns(DeprecationWarning, match=r"\{'\$fileId': file_id\}"):
        run = await maybe(
            client.run_and_wait("workflows.extract-invoice", {"contract": {"fileId": uploaded.id}})
        )
    assert str(run.execution.status) == "completed"
    assert [f["filename"] for f in run.output["files"]["contract"]] == ["contract.pdf"]  # the stored file


def test_the_translated_reference_is_the_one_run_sends() -> None:
    """aliases.yaml's new key is the key ``run`` recognises as a reference (else it would go as plain input)."""
    from eigenpal._async._facade import SEED_ERA_FILE_REFERENCE
    from eigenpal._files import FILE_REFERENCE

    assert (SEED_ERA["file_reference"]["from"], FILE_REFERENCE) == SEED_ERA_FILE_REFERENCE


def test_every_0_9_1_reference_method_is_a_method_of_both_clients() -> None:
    """Each ``client.…`` of the 0.9.1 reference (tests/data/sdk-reference.txt) is today's or an alias."""
    methods = reference_methods()
    assert "runs.feedback.update" in methods and len(methods) >= 50
    for client in (EigenpalClient(api_key="k"), AsyncEigenpalClient(api_key="k")):
        for dotted in methods:
            target: Any = client
            for part in dotted.split("."):
                target = getattr(target, part)
            assert callable(target), dotted


# ---- every old value maps or is refused before any request ------------------------------------------------
ANSWER = Canned(body=b'{"review": null, "runs": []}')
"""A review's answer and an empty page at once (models keep what they do not know)."""


@pytest.fixture(scope="module")
def recorder() -> Iterator[CannedServer]:
    """A server that records requests, shared by the examples of a hypothesis test."""
    with CannedServer(default=ANSWER) as server:
        yield server


@pytest.fixture
def canned_server() -> Iterator[CannedServer]:
    with CannedServer(default=ANSWER) as server:
        yield server


def expected_value(value: Any, values: str | None) -> tuple[str, Any]:
    """``("sent", today's value)`` or ``("refused", reason or None)``, from aliases.yaml."""
    if values is None:
        return "sent", value
    value_map = VALUES[values]
    hashable = not isinstance(value, (list, dict))
    if hashable and value in value_map["map"] and not isinstance(value, bool):
        return "sent", value_map["map"][value]
    refusals = value_map.get("refuse") or {}
    return "refused", " ".join(refusals[value].split()) if hashable and value in refusals else None


OLD_VALUES = st.one_of(
    st.sampled_from(["pass", "fail", "partial", "none", "open", "resolved", "ignored", "correct", "closed"]),
    st.none(), st.text(max_size=8), st.integers(), st.booleans(), st.lists(st.integers(), max_size=2),
)  # fmt: skip
UPDATE = SEED_ERA["methods"]["runs.feedback.update"]["arguments"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argument=st.sampled_from(["rating", "status"]), value=OLD_VALUES)
def test_feedback_update_values_map_or_are_refused_before_sending(
    recorder: CannedServer, argument: str, value: Any
) -> None:
    recorder.requests.clear()
    outcome, expected = expected_value(value, UPDATE[argument]["values"])
    with EigenpalClient(api_key="k", base_url=recorder.url, max_retries=0) as client:
        if outcome == "refused":
            with pytest.raises(EigenpalUsageError) as refused:
                client.runs.feedback.update("run_1", **{argument: value})
            assert recorder.requests == []
            assert expected is None or str(refused.value) == expected
            return
        with pytest.warns(DeprecationWarning, match="runs.reviews.update"):
            client.runs.feedback.update("run_1", **{argument: value})
    (request,) = recorder.requests
    assert (request.method, request.path) == ("PUT", "/v1/runs/run_1/reviews")
    assert json.loads(request.body) == {UPDATE[argument]["to"]: expected}


LIST = SEED_ERA["keywords"]["runs.list"]


def _wire(python: str) -> str:
    head, *rest = python.split("_")
    return head + "".join(part.title() for part in rest)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keyword=st.sampled_from(sorted(LIST)), value=OLD_VALUES)
def test_runs_list_keywords_map_or_are_refused_before_sending(
    recorder: CannedServer, keyword: str, value: Any
) -> None:
    recorder.requests.clear()
    entry = LIST[keyword] if isinstance(LIST[keyword], dict) else {"to": LIST[keyword]}
    flag = entry.get("type") == "flag" or "values" not in entry
    with EigenpalClient(api_key="k", base_url=recorder.url, max_retries=0) as client:
        if value is None or (flag and value is False):  # not given, or a flag that filters nothing
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                client.runs.list(**{keyword: value})
            assert urllib.parse.urlsplit(recorder.requests[-1].path).query == ""
            return
        if "refuse" in entry or (flag and value is not True):
            outcome, expected = "refused", (" ".join(entry["refuse"].split()) if "refuse" in entry else None)
        else:
            outcome, expected = expected_value(value, entry.get("values")) if not flag else ("sent", "true")
        if outcome == "refused":
            with pytest.raises(EigenpalUsageError) as refused:
                client.runs.list(**{keyword: value})
            assert recorder.requests == []
            assert expected is None or expected in str(refused.value)
            return
        with pytest.warns(
            DeprecationWarning, match=rf"{keyword}=\.\.\.\) → runs\.list\({entry['to']}=\.\.\.\)"
        ):
            client.runs.list(**{keyword: value})
    (request,) = recorder.requests
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(request.path).query) == {
        _wire(entry["to"]): [expected]
    }


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("old", "sent"),
    [({"rating": "pass", "status": "resolved", "body": "ok", "expected": {"a": 1}},
      {"verdict": "correct", "status": "closed", "note": "ok", "correctedOutput": {"a": 1}}),
     ({"rating": "fail", "status": "ignored", "body": None, "expected": None},
      {"verdict": "incorrect", "status": "wont_fix", "note": None, "correctedOutput": None}),
     ({"rating": None, "status": "open"}, {"verdict": None, "status": "open"})],
)  # fmt: skip
async def test_the_async_client_translates_alike(
    canned_server: CannedServer, anyio_backend: str, old: dict[str, Any], sent: dict[str, Any]
) -> None:
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as client:
        with pytest.warns(DeprecationWarning, match="runs.reviews.update") as caught:
            await client.runs.feedback.update("run_1", **old)
        assert {Path(w.filename).name for w in caught} == {Path(__file__).name}
        with pytest.raises(EigenpalUsageError, match="no verdict today"):
            await client.runs.feedback.update("run_1", rating="partial")
    assert [json.loads(r.body) for r in canned_server.requests] == [sent]


def test_a_whole_june_body_is_translated(canned_server: CannedServer) -> None:
    with EigenpalClient(api_key="k", base_url=canned_server.url) as client:
        with pytest.warns(DeprecationWarning):
            client.runs.feedback.update(
                "run_1", {"rating": "fail", "body": "x", "expected": [1], "corrections": []}
            )
        with pytest.raises(EigenpalUsageError, match="'partial' has no verdict"):
            client.runs.feedback.update("run_1", {"rating": "partial"})
        with pytest.raises(EigenpalUsageError, match="give 'note' only"):
            client.runs.feedback.update("run_1", {"body": "old", "note": "new"})
    (request,) = canned_server.requests
    assert json.loads(request.body) == {
        "verdict": "incorrect",
        "note": "x",
        "correctedOutput": [1],
        "corrections": [],
    }


def test_an_old_keyword_with_its_new_name_is_refused(canned_server: CannedServer) -> None:
    with (
        EigenpalClient(api_key="k", base_url=canned_server.url) as client,
        pytest.raises(EigenpalUsageError, match="has_feedback is the old name of has_review"),
    ):
        client.runs.list(has_feedback=True, has_review=False)
    assert canned_server.requests == []


def test_iter_all_pages_resend_today_s_keywords_and_warn_once(canned_server: CannedServer) -> None:
    canned_server.push(Canned(body=b'{"runs": [{"id": "run_1"}]}'), Canned(body=b'{"runs": []}'))
    with (
        EigenpalClient(api_key="k", base_url=canned_server.url) as client,
        pytest.warns(DeprecationWarning) as caught,
    ):
        items = list(client.runs.list(feedback_status="ignored", no_feedback=True, limit=1).iter_all())
    assert [item.id for item in items] == ["run_1"] and len(caught) == 1
    queries = [urllib.parse.parse_qs(urllib.parse.urlsplit(r.path).query) for r in canned_server.requests]
    assert queries == [
        {"reviewStatus": ["wont_fix"], "noReview": ["true"], "limit": ["1"]},
        {"reviewStatus": ["wont_fix"], "noReview": ["true"], "limit": ["1"], "offset": ["1"]},
    ]


# ---- run inputs and the June host -------------------------------------------------------------------------
def test_a_june_file_reference_is_sent_in_today_s_form(canned_server: CannedServer) -> None:
    canned_server.push(Canned(status=201, body=b'{"id": "run_1", "finished": false}'))
    with EigenpalClient(api_key="k", base_url=canned_server.url) as client:
        with pytest.warns(DeprecationWarning, match="input 'contract', 'pages'") as caught:
            client.run("workflows.x", {"contract": {"fileId": "file_1"}, "pages": [{"fileId": "file_2"}]})
        assert {Path(w.filename).name for w in caught} == {Path(__file__).name}
    (request,) = canned_server.requests
    assert json.loads(request.body)["files"] == {
        "contract": {"$fileId": "file_1"},
        "pages": [{"$fileId": "file_2"}],
    }


@pytest.mark.anyio
async def test_a_june_file_reference_with_a_filename_is_refused(
    canned_server: CannedServer, anyio_backend: str
) -> None:
    """The June reference could rename the file for the run; today's cannot, so guessing would change it."""
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as client:
        for start in (client.run, client.run_and_wait):
            with pytest.raises(EigenpalUsageError, match=r"input\['contract'\].*filename has no equivalent"):
                await start("workflows.x", {"contract": {"fileId": "file_1", "filename": "renamed.pdf"}})
    assert canned_server.requests == []


def test_the_june_host_is_today_s(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(DeprecationWarning, match="today's API is at 'https://api.eigenpal.com'") as caught:
        client = EigenpalClient(api_key="k", base_url="https://studio.eigenpal.com/")
    assert client.base_url == "https://api.eigenpal.com"
    assert {Path(w.filename).name for w in caught} == {Path(__file__).name}
    monkeypatch.setenv("EIGENPAL_BASE_URL", "https://studio.eigenpal.com")
    with pytest.warns(DeprecationWarning):
        assert AsyncEigenpalClient(api_key="k").base_url == "https://api.eigenpal.com"
    with pytest.warns(DeprecationWarning):
        assert (
            client.with_options(base_url="https://studio.eigenpal.com").base_url == "https://api.eigenpal.com"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # a self-hosted or today's URL is left alone
        assert EigenpalClient(api_key="k", base_url="https://studio.eigenpal.com/api").base_url.endswith(
            "/api"
        )
        assert (
            EigenpalClient(api_key="k", base_url="https://eigenpal.internal").base_url
            == "https://eigenpal.internal"
        )

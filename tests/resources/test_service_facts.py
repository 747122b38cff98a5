"""Facts about the live service and the reference (issue 10), on both clients against the emulator.

Target grammar (folders, rooted ids, ``@latest``), empty successes, JSON-typed multipart parts, the 503
retry, bodies passed positionally, the ``str`` lines of ``create_stream`` and attribute access on
free-form JSON. Answers no emulator sends (an empty 200) come from a scripted loopback server.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import json
import pkgutil
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import (
    AsyncEigenpalClient,
    EigenpalClient,
    EigenpalServerError,
    EigenpalUsageError,
)
from eigenpal._generated import api
from eigenpal._generated.types import Request
from eigenpal._targets import parse_target, run_target
from eigenpal.emulator import Emulator
from eigenpal.types import DatasetExampleMutation, JSONObject, PromoteRunRequest
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import collect, maybe

FOLDER = "workflows.finance.extract-invoice"
TARGET = "workflows.extract-invoice"
pytestmark = pytest.mark.anyio


@asynccontextmanager
async def both(emu: Emulator, **options: Any) -> AsyncIterator[list[Any]]:
    """A sync and an async client on the emulator (the sync one blocks the loop briefly; the emulator
    runs in its own thread)."""
    async with emu.async_client(**options) as async_client:
        with emu.client(**options) as sync_client:
            yield [sync_client, async_client]


def automation_of(emu: Emulator, run_id: str) -> str:
    return emu.world.store.runs[run_id].automation.id


# ---- 2. the target grammar ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("target", "wire"),
    [
        ("workflows.finance.extract-invoice", ("workflows.finance.extract-invoice", None)),
        ("workflows.a.b.c@v2", ("workflows.a.b.c", "v2")),
        ("agents.invoice-agent@latest", ("agents.invoice-agent", None)),
        (
            {"type": "workflow", "slug": "finance/extract-invoice"},
            ("workflows.finance.extract-invoice", None),
        ),
        ({"type": "workflow", "id": "wf_xyz"}, ("workflows.wf_xyz", None)),
        ({"type": "agent", "slug": "agents.invoice-agent"}, ("agents.invoice-agent", None)),
        ({"type": "agent", "slug": "invoice-agent", "version": "latest"}, ("agents.invoice-agent", None)),
        ("wf_xyz", ("wf_xyz", None)),
    ],
)
async def test_target_forms_and_their_wire_strings(target: Any, wire: tuple[str, str | None]) -> None:
    assert parse_target(target) == wire


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("workflow.extract-invoice", "use 'workflows.'"),
        ("workflows.", "empty"),
        ("workflows.finance..x", "empty"),
        ("workflows.finance/x", "joined by '.'"),
        ("workflows.x.", "empty"),
        ({"type": "agent", "slug": "workflows.extract-invoice"}, "rooted at 'agents.'"),
        ({"type": "workflow", "slug": "a//b"}, "'/'"),
        ({"slug": "x"}, "'type'"),
        ("work flows.x", "prefix"),
    ],
)
async def test_malformed_targets_name_the_mistake(target: Any, message: str) -> None:
    with pytest.raises(EigenpalUsageError, match=re.escape(message)):
        parse_target(target)


@given(st.lists(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,12}", fullmatch=True), min_size=1, max_size=4))
def test_a_folder_slug_in_a_dict_is_the_dotted_path_on_the_wire(segments: list[str]) -> None:
    dotted = "agents." + ".".join(segments)
    assert parse_target({"type": "agent", "slug": "/".join(segments)}) == (dotted, None)
    assert parse_target(dotted) == parse_target(dotted + "@latest") == (dotted, None)


async def test_a_run_target_is_always_rooted() -> None:
    with pytest.raises(EigenpalUsageError, match=r"workflows\.wf_xyz"):
        run_target("wf_xyz")


async def test_folder_automations_run_and_resolve_on_both_clients(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(FOLDER, {"n": 1}))
            assert run.finished and automation_of(emu, run.id) == "wf_finance_extract_invoice"
            by_dict = await maybe(c.run({"type": "workflow", "slug": "finance/extract-invoice"}, {"n": 2}))
            assert automation_of(emu, by_dict.id) == "wf_finance_extract_invoice"
            by_id = await maybe(c.run({"type": "workflow", "id": "wf_extract_invoice"}, {"n": 3}))
            assert automation_of(emu, by_id.id) == "wf_extract_invoice"
            latest = await maybe(c.run(FOLDER + "@latest", {}))
            assert emu.world.store.runs[latest.id].version == "v1"
            agent = await maybe(c.run({"type": "agent", "slug": "agents.invoice-agent"}, {}))
            assert automation_of(emu, agent.id) == "ag_invoice_agent"
            assert (await maybe(c.automations.get(FOLDER))).id == "wf_finance_extract_invoice"
            assert (
                await maybe(c.automations.get({"type": "workflow", "id": "wf_finance_extract_invoice"}))
            ).slug
            example = await maybe(
                c.automations.examples.create(FOLDER, {"name": "folder", "input": {"n": 1}})
            )
            assert (await maybe(c.automations.examples.get(FOLDER, example.id))).name == "folder"
            experiment = await maybe(c.automations.experiments.create(FOLDER, {"examples": [example.id]}))
            assert experiment.id
            assert (await maybe(c.automations.dataset.export(FOLDER)))[:2] == b"PK"
            with pytest.raises(EigenpalUsageError, match=r"rooted at 'agents\.'"):
                await maybe(c.run({"type": "agent", "slug": "workflows.extract-invoice"}, {}))


async def test_the_emulator_refuses_an_unrooted_run_target(emu: Emulator) -> None:
    answer = httpx.post(
        f"{emu.url}/api/v1/runs",
        json={"target": "wf_extract_invoice", "input": {}},
        headers={"Authorization": f"Bearer {emu.api_key}"},
    )
    assert answer.status_code == 400 and answer.json()["issues"][0]["field"] == "target"


async def test_latest_sends_no_version(canned_server: CannedServer) -> None:
    accepted = {"id": "run_1", "status": "queued", "finished": False, "createdAt": "2026-01-01T00:00:00Z"}
    canned_server.push(Canned(201, json.dumps(accepted).encode()))
    with EigenpalClient(api_key="k", base_url=canned_server.url) as client:
        client.run("workflows.finance.extract-invoice@latest", {"n": 1})
    sent = canned_server.requests[0]
    assert "version" not in sent.path and json.loads(sent.body)["target"] == FOLDER


# ---- 3. answers the service sends -----------------------------------------------------------------
def _json_operations() -> list[Any]:
    modules = []
    for package in pkgutil.iter_modules(api.__path__):
        tag = importlib.import_module(f"{api.__name__}.{package.name}")
        for module in pkgutil.iter_modules(tag.__path__):
            endpoint = importlib.import_module(f"{tag.__name__}.{module.name}")
            if '"json"' in open(endpoint.__file__, encoding="utf-8").read():  # noqa: SIM115
                modules.append(endpoint)
    return modules


@pytest.mark.parametrize("answer", [Canned(204, b"", {}), Canned(200, b""), Canned(202, b"", {})])
async def test_an_empty_success_is_none_for_every_json_operation_in_the_pipeline(
    canned_server: CannedServer, answer: Canned
) -> None:
    operations = _json_operations()
    assert len(operations) > 40
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for endpoint in operations:
                request = Request(
                    operation_id=endpoint.OPERATION_ID, response_kind="json",
                    parse=endpoint._parse_response, method="GET", url="/api/v1/x",
                )  # fmt: skip
                canned_server.push(answer, answer)
                assert sync_client._pipeline.send(request) is None, endpoint.OPERATION_ID
                assert await async_client._pipeline.send(request) is None, endpoint.OPERATION_ID


async def test_deletes_the_service_may_answer_with_204_return_none(canned_server: CannedServer) -> None:
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for c in (sync_client, async_client):
                canned_server.push(*[Canned(204, b"", {})] * 4)
                assert await maybe(c.files.delete("file_1")) is None
                assert await maybe(c.automations.examples.delete(TARGET, "ex_1")) is None
                assert await maybe(c.runs.feedback.clear("run_1")) is None
                assert await maybe(c.runs.feedback.delete_expected("run_1", "a/b.json")) is None
    assert [r.method for r in canned_server.requests] == ["DELETE"] * 8


def _parts(request_body: bytes, content_type: str) -> dict[str, email.message.Message]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request_body
    )
    return {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}


async def test_multipart_json_parts_are_sent_as_application_json(canned_server: CannedServer) -> None:
    accepted = {"id": "run_1", "status": "queued", "finished": False, "createdAt": "2026-01-01T00:00:00Z"}
    canned_server.push(*[Canned(201, json.dumps(accepted).encode())] * 2)
    async with AsyncEigenpalClient(api_key="k", base_url=canned_server.url) as async_client:
        with EigenpalClient(api_key="k", base_url=canned_server.url) as sync_client:
            for c in (sync_client, async_client):
                await maybe(
                    c.run(TARGET, {"contract": {"content": b"%PDF", "filename": "c.pdf"}, "n": 1},
                          metadata={"m": 1}, overrides={"steps": {}})
                )  # fmt: skip
    for sent in canned_server.requests:
        parts = _parts(sent.body, sent.headers["content-type"])
        assert {name: parts[name].get_content_type() for name in ("input", "metadata", "overrides")} == {
            "input": "application/json",
            "metadata": "application/json",
            "overrides": "application/json",
        }
        assert parts["target"].get_content_type() == "text/plain"
        assert json.loads(parts["input"].get_content()) == {"n": 1}


async def test_the_emulator_reads_json_typed_parts(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(
                c.run_and_wait(TARGET, {"contract": {"content": b"%PDF"}, "n": 7}, metadata={"m": 1})
            )
            assert run.output["input"]["n"] == 7 and emu.world.store.runs[run.id].metadata == {"m": 1}


async def test_a_503_on_start_is_retried_and_starts_one_run(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            before = len(emu.world.store.runs)
            emu.fail_next("runs.start", 503, retry_after="0")
            assert (await maybe(c.run(TARGET, {"n": 1}))).id
            assert len(emu.world.store.runs) == before + 1


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_a_500_502_or_504_on_start_is_never_resent(emu: Emulator, status: int) -> None:
    hits: list[httpx.Request] = []
    sync_http = httpx.Client(event_hooks={"request": [hits.append]})

    async def record(request: httpx.Request) -> None:
        hits.append(request)

    async_http = httpx.AsyncClient(event_hooks={"request": [record]})
    for c in (
        EigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=sync_http),
        AsyncEigenpalClient(api_key=emu.api_key, base_url=emu.url, http_client=async_http),
    ):
        hits.clear()
        emu.fail_next("runs.start", status, retry_after="0")
        with pytest.raises(EigenpalServerError):
            await maybe(c.run(TARGET, {"n": 1}))
        assert len(hits) == 1
    sync_http.close()
    await async_http.aclose()


# ---- 4. code written for the reference runs unchanged ---------------------------------------------
async def test_bodies_are_accepted_positionally_as_dicts_and_models(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            example = await maybe(c.automations.examples.create(TARGET, {"name": "pos", "input": {"n": 1}}))
            events = await collect(
                c.automations.experiments.create_stream(TARGET, {"examples": [example.id]})
            )
            assert events[-1].data.type == "experiment.completed" and all(isinstance(e, str) for e in events)
            model = DatasetExampleMutation.from_dict({"name": "pos-model", "input": {"n": 2}})
            assert (await maybe(c.automations.examples.create(TARGET, model))).name == "pos-model"
            updated = await maybe(c.automations.examples.update(TARGET, example.id, {"annotation": "a"}))
            assert updated.annotation == "a"
            yaml = (await maybe(c.automations.evaluators.get(TARGET))).yaml
            assert (await maybe(c.automations.evaluators.update(TARGET, {"yaml": yaml}))).yaml == yaml
            assert (await maybe(c.automations.evaluators.update(TARGET, yaml))).yaml == yaml
            detail = await maybe(c.runs.feedback.update(run.id, {"rating": "fail", "expected": {"total": 2}}))
            assert detail.feedback.rating == "fail"
            await maybe(c.runs.feedback.upload_expected(run.id, {"content": b"{}", "filename": "a.json"}))
            renamed = await maybe(c.runs.feedback.rename_expected(run.id, "a.json", {"name": "b.json"}))
            assert renamed.name == "b.json"
            await maybe(
                c.automations.examples.expected_files.create(
                    TARGET, example.id, {"content": b"1", "filename": "x.txt"}
                )
            )
            moved = await maybe(
                c.automations.examples.expected_file.update(
                    TARGET, example.id, "x.txt", {"newFilename": "y.txt"}
                )
            )
            assert moved.path.endswith("y.txt")
            promoted = await maybe(
                c.runs.promote(run.id, PromoteRunRequest.from_dict({"name": f"p-{id(c)}"}))
            )
            assert promoted.name == f"p-{id(c)}"
            with pytest.raises(EigenpalUsageError, match="name is required"):
                await maybe(c.runs.feedback.rename_expected(run.id, "b.json"))


async def test_free_form_json_reads_as_attributes_at_every_depth(emu: Emulator) -> None:
    emu.register(
        TARGET, lambda data, files: {"total": 5, "lines": [{"sku": "a"}], "nested": {"deep": {"x": 1}}}
    )
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}, metadata={"source": {"system": "erp"}}))
            assert run.output.total == run.output["total"] == 5
            assert run.output.nested.deep.x == 1 and run.output.lines[0].sku == "a"
            assert isinstance(run.output.nested, JSONObject) and run.output.nested == {"deep": {"x": 1}}
            assert json.dumps(run.to_dict()["output"], sort_keys=True) == json.dumps(
                {"total": 5, "lines": [{"sku": "a"}], "nested": {"deep": {"x": 1}}}, sort_keys=True
            )
            with pytest.raises(AttributeError, match="no key 'missing'"):
                _ = run.output.missing
            example = await maybe(c.automations.examples.create(TARGET, expected={"total": {"gross": 9}}))
            assert example.expected.total.gross == 9 and example.to_dict()["expected"] == {
                "total": {"gross": 9}
            }


async def test_a_json_line_is_a_str_with_its_parsed_value() -> None:
    from eigenpal.types import JSONLine

    line = JSONLine.parse('{"type": "run.completed", "score": {"value": 1}}')
    assert line == '{"type": "run.completed", "score": {"value": 1}}' and line.data.score.value == 1
    with pytest.raises(ValueError):
        JSONLine.parse("[" * 100_000)


def test_sync_and_async_share_these_facts() -> None:
    """A guard for this file: both clients expose the methods it exercises with the same signatures."""
    import inspect

    for path in ("run", "runs.promote", "runs.feedback.update", "automations.evaluators.update"):
        sync_method: Any = EigenpalClient(api_key="k")
        async_method: Any = AsyncEigenpalClient(api_key="k")
        for name in path.split("."):
            sync_method, async_method = getattr(sync_method, name), getattr(async_method, name)
        assert list(inspect.signature(sync_method).parameters) == list(
            inspect.signature(async_method).parameters
        )


async def test_comma_separated_arguments_take_a_string_or_a_list_and_check_each_value(emu: Emulator) -> None:
    async with both(emu) as clients:
        for c in clients:
            run = await maybe(c.run_and_wait(TARGET, {"n": 1}))
            for expand in ("input,usage", ["input", "usage"]):
                got = await maybe(c.runs.get(run.id, expand=expand))
                assert got["input"].args == {"n": 1} and got.usage is not None
            assert run.id in {r.id for r in await maybe(c.runs.list(status="completed,failed", limit=100))}
            with pytest.raises(EigenpalUsageError, match="expand"):
                await maybe(c.runs.get(run.id, expand="input,bogus"))
            with pytest.raises(EigenpalUsageError, match="without commas"):
                await maybe(c.runs.get(run.id, expand=["input,usage"]))

"""Target grammar (folders, rooted ids, ``@latest``) on both clients against the emulator, and the
wire strings the targets become."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eigenpal import EigenpalClient, EigenpalUsageError
from eigenpal._targets import parse_target, run_target
from eigenpal.emulator import Emulator
from tests.support.canned_server import Canned, CannedServer
from tests.support.either import both, maybe

FOLDER = "workflows.finance.extract-invoice"
pytestmark = pytest.mark.anyio


def automation_of(emu: Emulator, run_id: str) -> str:
    return emu.world.store.runs[run_id].automation.id


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
        f"{emu.url}/v1/runs",
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

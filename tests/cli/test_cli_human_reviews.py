"""``eigenpal human-reviews`` against the emulator's ``workflows.review-invoice``: the pending tasks as a
table, one task's fields, approve with ``--set`` (the command reads the version itself), the refusal that
names unconfirmed required fields, reject with a reason, and a decided task."""

from __future__ import annotations

import json
import re

from eigenpal.emulator import Emulator
from eigenpal.lifecycle import waiting_task_id
from tests.support.cli import cli, cli_all, ok, refused
from tests.support.human_review import LONG, REVIEW_TARGET


def waiting(emu: Emulator, **input: object) -> tuple[str, str]:
    """A run held for review: its id and its task's id."""
    with emu.client() as client:
        run = client.run_and_wait(REVIEW_TARGET, input, timeout_seconds=LONG)
    return run.id, str(waiting_task_id(run))


def run_of(emu: Emulator, run_id: str) -> object:
    with emu.client() as client:
        return client.runs.wait(run_id, timeout_seconds=LONG, human_review="wait")


def test_list_get_and_their_json(emu: Emulator) -> None:
    (_, first), (_, second) = waiting(emu), waiting(emu, total=99.5)
    table, as_json, limited, shown = cli_all(
        emu,
        ("human-reviews", "list", "--automation", REVIEW_TARGET, "--wide"),
        ("human-reviews", "list", "--json"),
        ("human-reviews", "list", "--limit", "1"),
        ("human-reviews", "get", second),
    )
    lines = ok(table).splitlines()
    assert re.split(r"\s{2,}", lines[0]) == ["ID", "AUTOMATION", "LABEL", "CONFIRMED", "WAITING SINCE"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert {first, second} <= set(rows)
    assert "Extract invoice with review" in rows[first] and "Review extracted fields" in rows[first]
    assert " 0/1 " in rows[first]
    assert {first, second} <= {task["id"] for task in json.loads(ok(as_json))}
    assert len(ok(limited).splitlines()) == 2 and "raise --limit" in limited.stderr
    view = ok(shown)
    assert re.search(rf"^id\s+{second}$", view, re.M) and re.search(r"^version\s+1$", view, re.M)
    total = next(line for line in view.splitlines() if line.startswith("total "))
    assert re.split(r"\s{2,}", total) == ["total", "99.5", "99.5", "0.42", "yes", "no"]


def test_approve_sets_fields_and_the_run_completes_with_them(emu: Emulator) -> None:
    run_id, task_id = waiting(emu)
    result = cli(emu, "human-reviews", "approve", task_id, "--set", "total=1200", "--set", "supplier=ACME AG")
    assert re.search(r"^status\s+approved$", ok(result), re.M)
    assert f"eigenpal runs wait {run_id}" in result.stderr
    run = run_of(emu, run_id)
    assert run.output == {"supplier": "ACME AG", "total": 1200, "currency": "EUR"}  # type: ignore[attr-defined]


def test_approve_names_the_unconfirmed_fields_then_confirm_remaining(emu: Emulator) -> None:
    run_id, task_id = waiting(emu)
    stderr = refused(
        cli(emu, "human-reviews", "approve", task_id, "--set", "supplier=X"), "nobody confirmed: total"
    )
    assert "--set total=VALUE" in stderr and "--confirm-remaining" in stderr
    assert f"eigenpal human-reviews get {task_id}" in stderr and "confirm_remaining" not in stderr
    ok(cli(emu, "human-reviews", "approve", task_id, "--confirm-remaining", "--json"))
    assert run_of(emu, run_id).output["total"] == 1180.0  # type: ignore[attr-defined]
    again = cli(emu, "human-reviews", "approve", task_id, "--confirm-remaining")
    assert again.returncode == 1 and "Re-read it" in again.stderr
    assert f"eigenpal human-reviews get {task_id}" in again.stderr


def test_reject_needs_a_reason_and_ends_the_run_rejected(emu: Emulator) -> None:
    run_id, task_id = waiting(emu)
    no_reason, moved_on = cli_all(
        emu,
        ("human-reviews", "reject", task_id),
        ("human-reviews", "reject", task_id, "--reason", "x", "--expected-version", "9"),
    )
    refused(no_reason, "--reason")
    assert moved_on.returncode == 1 and "is at version 1, not 9" in moved_on.stderr
    reject = ("human-reviews", "reject", task_id, "--reason", "not an invoice", "--expected-version", "1")
    shown = ok(cli(emu, *reject))
    assert re.search(r"^status\s+rejected$", shown, re.M) and re.search(
        r"^reason\s+not an invoice$", shown, re.M
    )
    run = run_of(emu, run_id)
    assert str(run.execution.status) == "rejected" and "not an invoice" in run.error  # type: ignore[attr-defined]


def test_a_run_held_for_a_person_says_which_task_to_decide(emu: Emulator) -> None:
    """``eigenpal run --wait`` hands back a waiting run at once; its view names the task, and the commands
    that decide it follow on stderr."""
    result = cli(emu, "run", REVIEW_TARGET, "--input", "total=5", "--wait")
    task_id = re.search(r"human review\s+(htask_\w+): 0/1 required fields confirmed", ok(result))
    assert task_id, result.stdout
    assert f"eigenpal human-reviews get {task_id.group(1)}" in result.stderr
    assert f"eigenpal human-reviews approve {task_id.group(1)} --set PATH=VALUE" in result.stderr

"""What the command line prints: tables that fit 100 columns (``--wide`` keeps long values whole), the exact
wire JSON with ``--json``, hints when a list has more rows, and no progress when stderr is not a terminal."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from eigenpal.emulator import Emulator
from tests.support.cli import TARGET, cli, cli_all, finished_run, ok

LONG = "x" * 300


@pytest.fixture(scope="module", autouse=True)
def total(emu: Emulator) -> None:
    """The module's emulator holds one example, ``total``."""
    emu.client().automations.examples.create(TARGET, name="total", input={"n": 1}, expected={"n": 1})


@pytest.fixture(scope="module")
def run_ids(emu: Emulator) -> list[str]:
    """Three finished runs started with trigger ``cli``, the first with a 300-character input."""
    return [finished_run(emu, note=LONG), finished_run(emu, n=1), finished_run(emu, n=2)]


@pytest.fixture(scope="module")
def experiment_id(emu: Emulator) -> str:
    """A completed experiment on the one example, ``total``."""
    client = emu.client()
    created = client.automations.experiments.create(TARGET)
    while client.automations.experiments.get(TARGET, created.id).status != "completed":
        time.sleep(0.05)
    return created.id


def test_json_is_the_wire_json_unchanged(emu: Emulator, run_ids: list[str], experiment_id: str) -> None:
    client, run_id = emu.client(), run_ids[0]
    got, experiment = cli_all(
        emu,
        ("runs", "get", run_id, "--expand", "execution", "--json"),
        ("experiments", "get", "--automation", TARGET, experiment_id, "--json"),
    )
    assert json.loads(ok(got)) == client.runs.get(run_id, expand="execution").to_dict()
    detail = json.loads(ok(experiment))
    assert detail == client.automations.experiments.get(TARGET, experiment_id).to_dict()
    assert "resultsByRun" in detail


def test_human_output_fits_100_columns_and_wide_keeps_long_values(emu: Emulator, run_ids: list[str]) -> None:
    cut, wide, table = cli_all(
        emu, ("runs", "get", run_ids[0]), ("runs", "get", run_ids[0], "--wide"), ("runs", "list")
    )
    for text in (ok(cut), ok(table)):
        assert all(len(line) <= 100 for line in text.splitlines()), text
    assert "…" in ok(cut) and LONG not in ok(cut)
    assert LONG in ok(wide)
    lines = dict(line.split(None, 1) for line in ok(cut).splitlines())
    assert lines["id"] == run_ids[0] and lines["automation"] == TARGET and lines["trigger"] == "cli"
    assert lines["status"] == "completed" and lines["output.input"].startswith('{"note": "xxx')
    header, *rows = ok(table).splitlines()
    assert header.split() == ["ID", "AUTOMATION", "STATUS", "TRIGGER", "CREATED"]
    assert any(row.split()[:4] == [run_ids[2], f"{TARGET}@v3", "completed", "cli"] for row in rows)


def test_tables_of_steps_usage_events_and_experiment_results(
    emu: Emulator, run_ids: list[str], experiment_id: str
) -> None:
    steps, usage, events, results = map(
        ok,
        cli_all(
            emu,
            ("runs", "steps", run_ids[1]),
            ("runs", "usage", run_ids[1]),
            ("runs", "events", run_ids[1]),
            ("experiments", "get", "--automation", TARGET, experiment_id),
        ),
    )
    assert steps.splitlines()[0].split() == ["STEP", "STATUS", "STARTED", "COMPLETED", "ERROR"]
    assert steps.splitlines()[1].split()[:2] == ["run", "completed"]
    assert usage.splitlines()[0].split() == ["METRIC", "VALUE"] and "tokens.input" in usage
    assert events.splitlines()[0].split() == ["TIME", "TYPE", "STATUS", "MESSAGE"]
    assert "run.completed" in events
    summary, table = results.split("\n\n", 1)
    assert "runs       1/1 completed" in summary and "resultsByRun" not in results
    rows = table.splitlines()
    assert rows[0].split() == ["RUN", "EXAMPLE", "STATUS", "EVALUATOR", "SCORE", "PASS"]
    assert rows[1].split()[1:] == ["total", "completed", "exact_output", "0", "no"]


def test_lists_say_when_more_rows_exist(emu: Emulator, run_ids: list[str]) -> None:
    page, every, queue = cli_all(
        emu,
        ("runs", "list", "--limit", "2"),
        ("runs", "list", "--limit", "2", "--all"),
        ("review", "queue", "--automation", TARGET, "--rate", "1", "--limit", "1"),
    )
    assert len(ok(page).splitlines()) == 3 and "--all" in page.stderr and "--limit" in page.stderr
    assert len(ok(every).splitlines()) > 3 and every.stderr == ""
    assert len(ok(queue).splitlines()) == 2 and "raise --limit" in queue.stderr


def test_no_progress_when_stderr_is_not_a_terminal(emu: Emulator, tmp_path: Path) -> None:
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.4 " + b"0" * 200_000)
    result = cli(emu, "run", TARGET, "--file", "contract=contract.pdf", "--wait", "--json", cwd=tmp_path)
    assert json.loads(ok(result))["finished"] is True
    assert result.stderr == ""

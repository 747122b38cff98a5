"""The ``eigenpal`` command line, through its real console-script entry point, against the emulator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eigenpal.emulator import Emulator

TARGET = "workflows.extract-invoice"
EIGENPAL = shutil.which("eigenpal", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(latency=0.01) as emulator:
        yield emulator


def cli(
    emu: Emulator, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    assert EIGENPAL, "the eigenpal console script is installed with the package"
    environment = {**os.environ, "EIGENPAL_API_KEY": emu.api_key, "EIGENPAL_BASE_URL": emu.url, **(env or {})}
    return subprocess.run(
        [EIGENPAL, *args], env=environment, capture_output=True, text=True, timeout=60, cwd=cwd
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_auth_check_table_and_json(emu: Emulator) -> None:
    assert "tenantId" in ok(cli(emu, "auth", "check")) and "ten_emulator" in ok(cli(emu, "auth", "check"))
    assert json.loads(ok(cli(emu, "--json", "auth", "check")))["ok"] is True


def test_base_url_and_api_key_options_win_over_the_environment(emu: Emulator) -> None:
    bad = {"EIGENPAL_API_KEY": "wrong", "EIGENPAL_BASE_URL": "http://127.0.0.1:9"}
    assert cli(emu, "auth", "check", env=bad).returncode == 1
    result = cli(emu, "--base-url", emu.url, "--api-key", emu.api_key, "auth", "check", env=bad)
    assert ok(result)


def test_run_with_inputs_files_and_wait(emu: Emulator, tmp_path: Path) -> None:
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.4 cli")
    out = ok(
        cli(
            emu,
            "--json",
            "run",
            TARGET,
            "--input",
            "customer=ACME",
            "--input",
            "count=3",
            "--file",
            "contract=contract.pdf",
            "--wait",
            cwd=tmp_path,
        )
    )
    run = json.loads(out)
    assert run["finished"] is True and run["execution"]["status"] == "completed"
    assert run["output"]["input"] == {"customer": "ACME", "count": 3}
    assert run["output"]["files"]["contract"][0]["filename"] == "contract.pdf"
    accepted = json.loads(ok(cli(emu, "--json", "run", f"{TARGET}@v2", "--input", "n=1")))
    assert accepted["finished"] is False


def test_runs_commands(emu: Emulator, tmp_path: Path) -> None:
    run = json.loads(ok(cli(emu, "--json", "run", TARGET, "--input", "n=7", "--wait")))
    run_id = run["id"]
    table = ok(cli(emu, "runs", "list", "--automation", TARGET, "--limit", "50"))
    assert table.splitlines()[0].split()[:3] == ["ID", "TYPE", "STATUS"] and run_id in table
    assert json.loads(ok(cli(emu, "--json", "runs", "get", run_id, "--expand", "input")))["input"][
        "args"
    ] == {"n": 7}
    assert "finish" in ok(cli(emu, "runs", "trace", run_id))
    assert "run.completed" in ok(cli(emu, "runs", "events", run_id))
    assert json.loads(ok(cli(emu, "--json", "runs", "steps", run_id)))["steps"]
    assert "tokens" in ok(cli(emu, "runs", "usage", run_id))
    assert "already_terminal" in ok(cli(emu, "runs", "cancel", run_id))
    rerun = json.loads(
        ok(cli(emu, "--json", "runs", "rerun", run_id, "--version", "original", "--wait-for", "10"))
    )
    assert rerun["finished"] is True and rerun["execution"]["retry"]["previousRunId"] == run_id
    assert "output/summary.json" in ok(cli(emu, "runs", "artifacts", "list", run_id))
    target = tmp_path / "summary.json"
    ok(cli(emu, "runs", "artifacts", "download", run_id, "output/summary.json", "-o", str(target)))
    assert json.loads(target.read_text())["input"] == {"n": 7}


def test_review_fail_and_promote(emu: Emulator, tmp_path: Path) -> None:
    run_id = json.loads(ok(cli(emu, "--json", "run", TARGET, "--input", "n=1", "--wait")))["id"]
    queue = ok(cli(emu, "review", "queue", "--automation", TARGET, "--rate", "1.0"))
    assert run_id in queue
    assert cli(emu, "promote", run_id).returncode == 2  # no ground truth yet
    expected = tmp_path / "corrected.json"
    expected.write_text('{"total": 12}')
    corrected = tmp_path / "corrected.pdf"
    corrected.write_bytes(b"%PDF fixed")
    detail = json.loads(
        ok(
            cli(
                emu,
                "--json",
                "review",
                "fail",
                run_id,
                "--expected",
                str(expected),
                "--file",
                str(corrected),
                "--note",
                "bad",
            )
        )
    )
    assert detail["feedback"]["rating"] == "fail" and detail["expected"] == {"total": 12}
    assert detail["expectedFiles"] == [{"name": "corrected.pdf"}]
    promoted = json.loads(ok(cli(emu, "--json", "promote", run_id, "--name", "cli-case")))
    assert promoted["name"] == "cli-case"
    assert run_id not in ok(cli(emu, "review", "queue", "--automation", TARGET, "--rate", "1.0"))
    other = json.loads(ok(cli(emu, "--json", "run", TARGET, "--input", "n=2", "--wait")))["id"]
    assert json.loads(ok(cli(emu, "--json", "review", "pass", other)))["feedback"]["status"] == "resolved"


def test_experiments_commands(emu: Emulator, tmp_path: Path) -> None:
    client = emu.client()
    client.automations.examples.create(TARGET, name="cli-example", input={"n": 1}, expected={"n": 1})
    detail = json.loads(ok(cli(emu, "--json", "experiments", "create", "--automation", TARGET, "--wait")))
    assert detail["status"] == "completed" and detail["runCount"] >= 1
    shown = ok(cli(emu, "experiments", "get", "--automation", TARGET, detail["id"]))
    assert detail["id"] in shown
    csv_path = tmp_path / "results.csv"
    ok(cli(emu, "experiments", "export", "--automation", TARGET, detail["id"], "-o", str(csv_path)))
    assert csv_path.read_text().startswith("experimentId,runId")
    rows = json.loads(
        ok(cli(emu, "experiments", "export", "--automation", TARGET, detail["id"], "--format", "json"))
    )
    assert rows and rows[0]["experimentId"] == detail["id"]


def test_errors_go_to_stderr_with_the_request_id_and_exit_codes(emu: Emulator) -> None:
    missing = cli(emu, "runs", "get", "run_missing")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "404" in missing.stderr and "request id: req_" in missing.stderr
    usage = cli(emu, "run", "workflow.typo")
    assert usage.returncode == 2 and "workflows." in usage.stderr
    unknown = cli(emu, "frobnicate")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    no_key = cli(emu, "auth", "check", env={"EIGENPAL_API_KEY": ""})
    assert no_key.returncode == 2 and "EIGENPAL_API_KEY" in no_key.stderr
    assert emu.api_key not in missing.stderr + usage.stderr + no_key.stderr


def test_emulator_command_serves_until_stopped() -> None:
    assert EIGENPAL
    process = subprocess.Popen([EIGENPAL, "emulator", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        url = next(line.split("=", 1)[1].strip() for line in lines if line.startswith("EIGENPAL_BASE_URL="))
        key = next(line.split("=", 1)[1].strip() for line in lines if line.startswith("EIGENPAL_API_KEY="))
        check = subprocess.run(
            [EIGENPAL, "--base-url", url, "--api-key", key, "--json", "auth", "check"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert json.loads(check.stdout)["ok"] is True
    finally:
        process.terminate()
        assert process.wait(15) == 0


def test_targets_in_folders_and_latest(emu: Emulator) -> None:
    folder = "workflows.finance.extract-invoice"
    run = json.loads(ok(cli(emu, "--json", "run", f"{folder}@latest", "--input", "n=1", "--wait")))
    assert (
        run["finished"] is True
        and emu.world.store.runs[run["id"]].automation.slug == "finance/extract-invoice"
    )
    listed = json.loads(ok(cli(emu, "--json", "runs", "list", "--automation", folder)))
    assert run["id"] in {item["id"] for item in listed}
    wrong = cli(emu, "run", "workflow.extract-invoice")
    assert wrong.returncode == 2 and "use 'workflows.'" in wrong.stderr

"""The ``eigenpal`` command line, through its real console-script entry point, against the emulator.

This module covers the commands' main paths (the helpers every ``test_cli_*`` module shares are in
``tests/support/cli.py``); ``test_cli_usage`` covers options, help and refused input, ``test_cli_output``
what is printed, and ``test_cli_waits`` waits, timeouts, Ctrl-C and progress against a slow emulator.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

from eigenpal.emulator import Emulator
from tests.support.cli import (
    EIGENPAL,
    TARGET,
    cli,
    cli_all,
    finished_run,
    ok,
    refused,
)


def test_auth_check_and_connection_options_before_or_after_the_command(emu: Emulator) -> None:
    bad = {"EIGENPAL_API_KEY": "wrong", "EIGENPAL_BASE_URL": f"{emu.url}/elsewhere"}
    connection = ("--base-url", emu.url, "--api-key", emu.api_key)
    without, before, after = cli_all(
        emu,
        ("auth", "check"),
        (*connection, "auth", "check", "--json"),
        ("auth", "check", *connection),
        env=bad,
    )
    assert without.returncode == 1
    assert json.loads(ok(before))["ok"] is True
    assert "tenantId" in ok(after) and "ten_emulator" in ok(after)


def test_run_with_inputs_files_and_wait_carries_the_cli_trigger(emu: Emulator, tmp_path: Path) -> None:
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.4 cli")
    out = ok(
        cli(
            emu, "run", TARGET, "--input", "customer=ACME", "--input-json", "count=3",
            "--file", "contract=contract.pdf", "--wait", "--json", cwd=tmp_path,
        )
    )  # fmt: skip
    run = json.loads(out)
    assert run["finished"] is True and run["execution"]["status"] == "completed"
    assert run["output"]["input"] == {"customer": "ACME", "count": 3}
    assert run["output"]["files"]["contract"][0]["filename"] == "contract.pdf"
    assert run["trigger"]["type"] == "cli" and emu.world.store.runs[run["id"]].trigger == "cli"
    accepted = cli(emu, "run", f"{TARGET}@v2", "--input", "n=1")  # no --wait: the run is started
    fields = dict(line.split(None, 1) for line in ok(accepted).splitlines())
    assert fields["status"] == "not finished" and fields["version"] == "v2"
    assert f"follow it: eigenpal runs wait {fields['id']}" in accepted.stderr
    assert emu.world.store.runs[fields["id"]].trigger == "cli"


def test_runs_commands(emu: Emulator, tmp_path: Path) -> None:
    run_id = finished_run(emu, n=7)
    target = tmp_path / "summary.json"
    got, trace, cancel, waited, rerun, artifacts, _ = map(
        ok,
        cli_all(
            emu,
            ("runs", "get", run_id, "--expand", "input,usage", "--json"),
            ("runs", "trace", run_id),
            ("runs", "cancel", run_id),
            ("runs", "wait", run_id, "--json"),
            ("runs", "rerun", run_id, "--version", "original", "--wait", "--json"),
            ("runs", "artifacts", "list", run_id),
            ("runs", "artifacts", "download", run_id, "output/summary.json", "-o", str(target)),
        ),
    )
    assert json.loads(got)["input"]["args"] == {"n": 7} and "usage" in json.loads(got)
    assert "finish" in trace and "already_terminal" in cancel
    assert json.loads(waited)["id"] == run_id and json.loads(waited)["finished"] is True
    assert json.loads(rerun)["finished"] is True
    assert json.loads(rerun)["execution"]["retry"]["previousRunId"] == run_id
    assert "output/summary.json" in artifacts
    assert json.loads(target.read_text())["input"] == {"n": 7}


def test_review_incorrect_and_promote_once(emu: Emulator, tmp_path: Path) -> None:
    run_id, other = finished_run(emu, n=1), finished_run(emu, n=2)
    queue, unreviewed = cli_all(
        emu, ("review", "queue", "--automation", TARGET, "--rate", "1.0"), ("promote", run_id)
    )
    assert run_id in ok(queue)
    no_truth = refused(
        unreviewed, "--allow-without-expected", "eigenpal review incorrect <run-id> --corrected-output"
    )
    assert "allow_without_expected" not in no_truth and "runs.reviews" not in no_truth
    expected = tmp_path / "corrected.json"
    expected.write_text('{"total": 12}')
    corrected = tmp_path / "corrected.pdf"
    corrected.write_bytes(b"%PDF fixed")
    incorrect = (
        "review", "incorrect", run_id, "--corrected-output", str(expected), "--file", str(corrected),
        "--note", "bad",
    )  # fmt: skip
    detail = json.loads(ok(cli(emu, *incorrect, "--json")))
    assert detail["review"]["verdict"] == "incorrect" and detail["review"]["correctedOutput"] == {"total": 12}
    assert [f.name for f in emu.client().runs.reviews.list_expected(run_id).files] == ["corrected.pdf"]
    promoted = json.loads(ok(cli(emu, "promote", run_id, "--json")))
    assert promoted["name"] == run_id  # the default name: the run id, without a second prefix
    again, passed = cli_all(emu, ("promote", run_id), ("review", "correct", other, "--json"))
    refused(again, "already promoted to the example", f"eigenpal promote {run_id} --force")
    assert [example.name for example in emu.client().automations.examples.list(TARGET, limit=100)].count(
        run_id
    ) == 1
    assert json.loads(ok(passed))["review"]["status"] == "closed"
    forced = json.loads(ok(cli(emu, "promote", run_id, "--force", "--name", "cli-case", "--json")))
    assert forced["name"] == "cli-case"


def test_experiments_commands(emu: Emulator, tmp_path: Path) -> None:
    client = emu.client()
    client.automations.examples.create(TARGET, name="cli-example", input={"n": 1}, expected={"n": 1})
    detail = json.loads(ok(cli(emu, "experiments", "create", "--automation", TARGET, "--wait", "--json")))
    assert detail["status"] == "completed" and detail["runCount"] >= 1
    csv_path = tmp_path / "results.csv"
    _, exported = map(
        ok,
        cli_all(
            emu,
            ("experiments", "export", "--automation", TARGET, detail["id"], "-o", str(csv_path)),
            ("experiments", "export", "--automation", TARGET, detail["id"], "--format", "json"),
        ),
    )
    assert csv_path.read_text().startswith("experimentId,runId")
    rows = json.loads(exported)
    assert rows and rows[0]["experimentId"] == detail["id"]


def test_errors_go_to_stderr_with_the_request_id_and_exit_codes(emu: Emulator) -> None:
    missing, unknown = cli_all(emu, ("runs", "get", "run_missing"), ("frobnicate",))
    assert missing.returncode == 1 and missing.stdout == ""
    assert "404" in missing.stderr and "request id req_" in missing.stderr
    assert emu.api_key not in missing.stderr
    refused(unknown, "invalid choice: 'frobnicate'")


def test_emulator_command_prints_exports_and_serves_until_stopped() -> None:
    assert EIGENPAL
    process = subprocess.Popen(
        [EIGENPAL, "emulator", "--port", "0", "--host", "127.0.0.1", "--api-key", "sk-cli-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        exports = [process.stdout.readline() for _ in range(2)]
        assert exports[0].startswith("export EIGENPAL_BASE_URL=http://127.0.0.1:")
        assert exports[1] == "export EIGENPAL_API_KEY=sk-cli-test\n"
        env = {key: value for key, value in os.environ.items() if not key.startswith("EIGENPAL_")}
        env["PATH"] = f"{Path(EIGENPAL).parent}{os.pathsep}{env.get('PATH', '')}"
        pasted = "".join(exports) + "eigenpal auth check --json\n"  # pasted into a shell as printed
        check = subprocess.run(["sh", "-c", pasted], env=env, capture_output=True, text=True, timeout=30)
        assert json.loads(check.stdout)["ok"] is True, check.stderr
    finally:
        process.terminate()
        assert process.wait(15) == 0


def test_emulator_on_a_port_in_use_exits_1() -> None:
    assert EIGENPAL
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = subprocess.run(
            [EIGENPAL, "emulator", "--port", port], capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 1 and "in use" in result.stderr and result.stdout == ""
    assert "eigenpal emulator --port 0" in result.stderr


def test_targets_in_folders_and_latest(emu: Emulator) -> None:
    folder = "workflows.finance.extract-invoice"
    run = json.loads(ok(cli(emu, "run", f"{folder}@latest", "--input", "n=1", "--wait", "--json")))
    assert (
        run["finished"] is True
        and emu.world.store.runs[run["id"]].automation.slug == "finance/extract-invoice"
    )
    listed = json.loads(ok(cli(emu, "runs", "list", "--automation", folder, "--json")))
    assert run["id"] in {item["id"] for item in listed}

"""Spec commands over loopback against the emulator: a list (one page, every page), a create from options
and from ``--data @file`` / ``--data -``, a binary answer to ``--output`` or a pipe, usage errors that name
the option, and the help of a spec group beside a hand-made one. The first case of each goes through the
console script; variants run in this process."""

from __future__ import annotations

import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from eigenpal.cli import EXIT_USAGE, main
from eigenpal.emulator import Emulator
from tests.support.canned_server import CannedServer
from tests.support.cli import TARGET, cli, cli_all, environment, in_process, ok, refused

Run = Callable[..., subprocess.CompletedProcess[str]]
TABLE_ROWS = 2


@pytest.fixture
def here(emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return lambda *args: in_process(emu, monkeypatch, capsys, *args)


def example_names(emu: Emulator) -> set[str]:
    return {example.name for example in emu.client().automations.examples.list(TARGET).iter_all()}


def test_a_list_prints_one_page_as_a_table_and_every_page_with_all(emu: Emulator, here: Run) -> None:
    client = emu.client()
    for name in ("list-a", "list-b", "list-c"):
        client.automations.examples.create(TARGET, name=name)
    one_page = cli(emu, "automations", "examples", "list", TARGET, "--limit", str(TABLE_ROWS))
    header, *rows = ok(one_page).splitlines()
    assert header.split()[:2] == ["ID", "NAME"] and len(rows) == TABLE_ROWS
    assert "more exist: pass --all" in one_page.stderr
    every = json.loads(ok(here("automations", "examples", "list", TARGET, "--limit", "1", "--all", "--json")))
    assert {"list-a", "list-b", "list-c"} <= {item["name"] for item in every}
    assert len(every) == len(list(client.automations.examples.list(TARGET).iter_all()))


def test_a_create_sends_its_options_as_the_body(emu: Emulator, here: Run) -> None:
    created = json.loads(
        ok(
            cli(
                emu, "automations", "examples", "create", TARGET, "--name", "from-options",
                "--input", '{"contract": {"$file": "input/a.pdf"}}', "--expected", "[1, 2]",
                "--row-order", "3", "--annotation", "typed", "--json",
            )
        )
    )  # fmt: skip
    stored = emu.client().automations.examples.get(TARGET, created["id"])
    assert stored.to_dict() | {"updatedAt": None} == created | {"updatedAt": None}
    assert (stored.name, stored.row_order, stored.annotation) == ("from-options", 3, "typed")
    assert stored.to_dict()["input"] == {"contract": {"$file": "input/a.pdf"}} and stored.expected == [1, 2]
    shown = dict(
        line.split(None, 1)
        for line in ok(here("automations", "examples", "get", TARGET, created["id"])).splitlines()
    )
    assert shown["name"] == "from-options" and shown["rowOrder"] == "3"


def test_a_create_takes_its_body_from_a_file_or_stdin_with_options_over_it(
    emu: Emulator, here: Run, tmp_path: Path
) -> None:
    body = {"name": "from-file", "input": {"n": {"v": 1}}, "expected": {"total": 7}, "rowOrder": 9}
    (tmp_path / "example.json").write_text(json.dumps(body), encoding="utf-8")
    from_file = json.loads(
        ok(
            cli(
                emu,
                "automations",
                "examples",
                "create",
                TARGET,
                "--data",
                "@example.json",
                "--json",
                cwd=tmp_path,
            )
        )
    )
    assert {key: from_file[key] for key in body} == body
    overridden = json.loads(
        ok(here("automations", "examples", "create", TARGET, "--data", f"@{tmp_path / 'example.json'}",
                "--name", "over", "--json"))
    )  # fmt: skip
    assert overridden["name"] == "over" and overridden["expected"] == {"total": 7}
    piped = subprocess.run(
        [*cli_command(), "automations", "examples", "create", TARGET, "--data", "-", "--json"],
        input=json.dumps({"name": "from-stdin"}), env=environment(emu), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert json.loads(ok(piped))["name"] == "from-stdin"
    assert {"from-file", "over", "from-stdin"} <= example_names(emu)
    refused(here("automations", "examples", "create", TARGET, "--data", "[1]"), "--data", "JSON object")
    refused(
        here("automations", "examples", "create", TARGET, "--data", "@missing.json"), "--data", "missing.json"
    )


def cli_command() -> list[str]:
    from tests.support.cli import EIGENPAL

    assert EIGENPAL
    return [EIGENPAL]


def test_a_binary_answer_goes_to_output_or_a_pipe(emu: Emulator, here: Run, tmp_path: Path) -> None:
    content = bytes(range(256)) * 8
    (tmp_path / "blob.bin").write_bytes(content)
    uploaded = json.loads(ok(cli(emu, "files", "upload", str(tmp_path / "blob.bin"), "--json")))
    target = tmp_path / "copy.bin"
    to_file = cli(emu, "files", "download", uploaded["id"], "--output", str(target))
    assert target.read_bytes() == content
    assert dict(line.split(None, 1) for line in ok(to_file).splitlines()) == {
        "path": str(target),
        "bytes": str(len(content)),
    }
    piped = subprocess.run(
        [*cli_command(), "files", "download", uploaded["id"]],
        env=environment(emu),
        capture_output=True,
        timeout=60,
    )
    assert piped.returncode == 0 and piped.stdout == content, piped.stderr
    archive = tmp_path / "dataset.zip"
    ok(here("automations", "dataset", "export", TARGET, "-o", str(archive)))
    assert zipfile.is_zipfile(archive)


def test_a_binary_answer_is_never_written_to_a_terminal(
    canned_server: CannedServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code = main(["files", "download", "file_1", "--base-url", canned_server.url, "--api-key", "k"])
    out, err = capsys.readouterr()
    assert (code, out) == (EXIT_USAGE, "") and "binary" in err and "--output FILE" in err
    assert canned_server.requests == []


def test_folders_email_servers_steps_and_review_requests(emu: Emulator, here: Run, tmp_path: Path) -> None:
    server = {"name": "mail", "transport": "smtp", "host": "smtp.example.com", "port": 587,
              "fromEmail": "ops@example.com", "fromName": "Ops"}  # fmt: skip
    (tmp_path / "server.json").write_text(json.dumps(server), encoding="utf-8")
    created, folder = cli_all(
        emu,
        ("email-servers", "create", "--data", f"@{tmp_path / 'server.json'}", "--json"),
        ("folders", "create", "--name", "Finance Ops", "--type", "workflow", "--json"),
    )
    assert {key: json.loads(ok(created))[key] for key in ("name", "transport", "host")} == {
        "name": "mail", "transport": "smtp", "host": "smtp.example.com",
    }  # fmt: skip
    listed = ok(here("folders", "list", "--type", "workflow"))
    assert json.loads(ok(folder))["id"] in listed and "Finance Ops" in listed
    assert "mail" in ok(here("email-servers", "list"))
    run = emu.client().run_and_wait(TARGET, {"n": 1})
    step = emu.client().runs.steps(run.id).to_dict()["steps"][0]
    shown = json.loads(ok(here("runs", "get-step", run.id, step["id"], "--json")))
    assert shown["id"] == step["id"] and shown["status"] == "completed"
    assert ok(here("automations", "dataset-review-requests", "list", TARGET)).strip() == "(none)"
    missing = here("human-reviews", "approve", "task_missing", "--expected-version", "3")
    assert missing.returncode == 1 and "task_missing" in missing.stderr


def test_a_stream_prints_each_json_line_as_it_was_sent(emu: Emulator, here: Run) -> None:
    emu.client().automations.examples.create(TARGET, name="streamed", input={"n": 1})
    lines = ok(here("automations", "experiments", "create-stream", TARGET)).splitlines()
    events = [json.loads(line) for line in lines]
    assert events[0]["type"] == "experiment.started" and events[-1]["type"] == "experiment.completed"
    assert len(events) == events[0]["total"] + 2


def test_bad_values_are_usage_errors_that_name_the_option(emu: Emulator, here: Run) -> None:
    bad_enum = cli(emu, "automations", "experiments", "export-all", TARGET, "--format", "xml")
    refused(bad_enum, "--format", "invalid choice: 'xml'", "csv, json")
    refused(
        here("folders", "list", "--type", "flow"), "--type", "invalid choice: 'flow'", "workflow, template"
    )
    refused(here("folders", "list"), "--type")  # required by the spec
    refused(
        here("automations", "reviews", "health", TARGET, "--rolling-window", "0"),
        "--rolling-window",
        "from 1 to 1000",
    )
    refused(here("automations", "reviews", "health", TARGET, "--status", "a,,b"), "--status", "empty item")
    refused(
        here("automations", "examples", "create", TARGET, "--metadata", "{oops"), "--metadata", "valid JSON"
    )
    refused(
        here("human-reviews", "confirm-field", "task_1", "--confirmed", "yes"), "unrecognized arguments: yes"
    )
    missing = here("human-reviews", "confirm-field", "task_1")  # approve is hand-made: it reads the version
    refused(missing, "--expected-version is required", "in --data")
    assert "expected_version" not in missing.stderr
    shapeless = here("email-servers", "create", "--data", "{}")
    refused(shapeless, "--data matches none of its shapes", "'fromEmail' is required in --data")
    assert "--api-key" not in shapeless.stderr and "from_email" not in shapeless.stderr


def test_the_help_of_a_spec_group_lists_its_commands_and_a_hand_made_group_lists_both_kinds(
    emu: Emulator,
) -> None:
    examples_help, runs_help, top_help = map(
        ok, cli_all(emu, ("automations", "examples", "--help"), ("runs", "--help"), ("--help",))
    )
    commands = examples_help.split("\ncommands:\n")[1].split("\nexamples:\n")[0]
    for name in ("list", "create", "get", "update", "delete", "run", "input-files", "expected-file"):
        assert f"\n    {name} " in commands, name
    assert "eigenpal automations examples list AUTOMATION" in examples_help
    for hand_made in ("list", "wait", "rerun", "artifacts"):
        assert f"\n    {hand_made} " in runs_help, hand_made
    for spec in ("reviews", "get-step", "promote", "scores"):
        assert f"\n    {spec} " in runs_help, spec
    for group in ("folders", "human-reviews", "email-servers", "templates", "run ", "review "):
        assert f"\n    {group}" in top_help, group

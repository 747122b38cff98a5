"""How the command line reads its arguments: global options anywhere, help with examples, exit code 2 for
every typo (with the valid choices or close matches), inputs as typed, and messages in command-line terms.

The first case of each behaviour runs the console script; further variants run ``eigenpal.cli.main`` in
this process (``in_process``), since each process costs about half a second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import eigenpal
from eigenpal.cli._main import build_parser
from eigenpal.emulator import Emulator
from tests.support.cli import TARGET, cli, cli_all, finished_run, in_process, ok, refused

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def here(emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``here("runs", "list")``: the command in this process, against the module's emulator."""
    return lambda *args: in_process(emu, monkeypatch, capsys, *args)


def command_paths(
    parser: argparse.ArgumentParser | None = None, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[argparse.ArgumentParser, tuple[str, ...]]]:
    """Every command and group with the words that name it (``("runs", "artifacts")``)."""
    parser = parser or build_parser()
    yield parser, prefix
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from command_paths(sub, (*prefix, name))


def check_help(text: str, path: tuple[str, ...]) -> None:
    """The global options are listed, and the help ends with examples of this command."""
    for option in ("global options", "--json", "--wide", "--base-url", "--api-key", "--timeout"):
        assert option in text, (path, option)
    examples = text.rstrip().split("\nexamples:\n")[-1].splitlines()
    command = f"  eigenpal {' '.join(path)}".rstrip()
    assert examples and all(line.startswith(command) for line in examples), text


def test_global_options_go_before_or_after_the_command(emu: Emulator, here: Run) -> None:
    run_id = finished_run(emu, a="1")
    after, before, mixed = cli_all(
        emu,
        ("runs", "get", run_id, "--json"),
        ("--json", "runs", "get", run_id),
        ("--timeout", "30", "runs", "get", run_id, "--base-url", emu.url, "--wide"),
    )
    assert (
        json.loads(ok(after))
        == json.loads(ok(before))
        == json.loads(ok(here("runs", "--json", "get", run_id)))
    )
    assert ok(mixed).startswith("id ")


def test_every_help_lists_the_global_options_and_ends_with_examples(emu: Emulator) -> None:
    sample: list[tuple[str, ...]] = [("runs", "get"), ("emulator",)]
    for words in sample:
        check_help(ok(cli(emu, *words, "--help")), words)
    every = list(command_paths())
    assert len(every) > 20
    for parser, words in every:
        check_help(parser.format_help(), words)


def test_version_and_a_group_without_its_command(emu: Emulator, here: Run) -> None:
    version, group = cli_all(emu, ("--version",), ("runs",))
    assert ok(version).strip() == f"eigenpal {eigenpal.__version__}"
    for result, command in ((group, "list"), (here(), "runs"), (here("runs", "artifacts"), "download")):
        refused(result, "usage:", command, "needs a command")


def test_typos_are_refused_with_the_valid_choices(emu: Emulator, here: Run) -> None:
    statuses = ("cancelled", "completed", "created", "failed", "pending", "running")
    refused(cli(emu, "runs", "list", "--status", "bogus"), "'bogus' is not a run status", *statuses)
    refused(here("runs", "list", "--status", "completed,bogus"), "'bogus' is not a run status")
    refused(here("runs", "get", "run_x", "--expand", "inputs"), "'inputs'", "input, usage, execution, debug")
    refused(here("runs", "list", "--review-status", "opn"), "invalid choice", "open")
    refused(here("runs", "list", "--review-verdict", "pass"), "invalid choice", "correct")
    refused(here("runs", "list", "--sample-rate", "15"), "fraction from 0 to 1")
    refused(here("runs", "list", "--limit", "500"), "from 1 to 100")
    refused(here("runs", "list", "--lim", "5"), "unrecognized arguments: --lim")
    refused(
        here("experiments", "export", "--automation", TARGET, "e", "--format", "xml"), "invalid choice: 'xml'"
    )
    refused(here("review", "queue", "--automation", TARGET, "--rate", "15"), "fraction from 0 to 1")
    refused(here("run", TARGET, "--wait-timeout", "-1"), "--wait-timeout", "more than 0")
    refused(here("emulator", "--port", "99999"), "not a port")
    assert json.loads(ok(here("runs", "list", "--status", "completed,failed", "--json"))) is not None


def test_an_unknown_automation_is_refused_with_close_matches(emu: Emulator, here: Run) -> None:
    unprefixed, nowhere = cli_all(
        emu,
        ("runs", "list", "--automation", "extract-invoice"),
        ("review", "queue", "--automation", "workflows.nope"),
    )
    refused(
        unprefixed, "'extract-invoice'", "Did you mean workflows.extract-invoice?", "start with workflows."
    )
    refused(nowhere, "no automation is named 'workflows.nope'", "Known automations:", TARGET)
    refused(here("review", "queue", "--automation", "workflows.extract-invoce"), f"Did you mean {TARGET}")
    refused(
        here("experiments", "get", "--automation", "agents.invoice", "e"),
        "Did you mean agents.invoice-agent?",
    )


def test_a_file_or_json_option_says_which_it_is_neither(emu: Emulator, here: Run, tmp_path: Path) -> None:
    typo = cli(emu, "review", "incorrect", "run_x", "--corrected-output", "corected.json")
    refused(typo, "'corected.json' is neither a readable file nor valid JSON")
    (tmp_path / "broken.json").write_text("{not json")
    refused(
        here("review", "incorrect", "r", "--corrected-output", str(tmp_path / "broken.json")),
        "does not hold valid JSON",
    )
    refused(
        here("review", "incorrect", "r", "--correction", "[1]"), "'[1]' is not a correction", "JSON object"
    )
    refused(here("run", TARGET, "--inputs", "[1, 2]"), "must be a JSON object")
    refused(here("run", TARGET, "--file", "contract=nope.pdf"), "'nope.pdf' is not a readable file")


def test_inputs_are_text_unless_given_as_json(emu: Emulator, here: Run, tmp_path: Path) -> None:
    (tmp_path / "inputs.json").write_text('{"po": 1, "region": "EU"}')
    out = cli(
        emu, "run", TARGET, "--inputs", str(tmp_path / "inputs.json"),
        "--input", "po=12345", "--input", "zip=02134", "--input", "big=1e3", "--input", "flag=true",
        "--input-json", "n=12345", "--input-json", "ok=true", "--input-json", 'tags=["a", "b"]',
        "--input-json", 'address={"city": "Oslo"}', "--input-json", 'quoted="02134"', "--wait", "--json",
    )  # fmt: skip
    assert json.loads(ok(out))["output"]["input"] == {
        "po": "12345", "region": "EU", "zip": "02134", "big": "1e3", "flag": "true", "n": 12345,
        "ok": True, "tags": ["a", "b"], "address": {"city": "Oslo"}, "quoted": "02134",
    }  # fmt: skip
    refused(here("run", TARGET, "--input", "n=1", "--input-json", "n=2"), "'n' is given twice")
    refused(here("run", TARGET, "--input-json", "po=abc"), "'abc' is not valid JSON", "--input po=")
    inline = json.loads(ok(here("run", TARGET, "--inputs", '{"n": 1}', "--wait", "--json")))
    assert inline["output"]["input"] == {"n": 1}


def test_messages_speak_in_flags_and_commands(emu: Emulator, here: Run) -> None:
    no_key, target = cli_all(emu, ("auth", "check", "--api-key", ""), ("run", "workflow.typo"))
    refused(no_key, "pass --api-key or set the EIGENPAL_API_KEY")
    refused(target, "use 'workflows.' (plural)", "workflows.<slug> or agents.<slug>")
    versioned = refused(here("runs", "list", "--automation", f"{TARGET}@v2"), f"--automation '{TARGET}@v2'")
    base_url = refused(
        here("auth", "check", "--base-url", "ftp://example.com"), "--base-url 'ftp://example.com'"
    )
    python = ("client.", "EigenpalClient", "api_key=", "=True", "a dict", "{'type'", "base_url")
    for stderr in (no_key.stderr, target.stderr, versioned, base_url):
        assert not any(word in stderr for word in python), stderr


def test_a_request_timeout_names_the_timeout_option(emu: Emulator) -> None:
    emu.add_latency("auth.check", 1.0, count=3)  # the first try and both retries
    result = cli(emu, "auth", "check", "--timeout", "0.2")
    emu.clear_faults()
    assert result.returncode == 1 and result.stdout == ""
    assert "timed out" in result.stderr and "raise --timeout" in result.stderr
    assert "timeout_seconds" not in result.stderr

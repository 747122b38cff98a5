"""Every operation of the spec is reachable from the command line: a hand-made command covers it
(``_main.COVERED``) or a spec command built from ``cli/_operations.py`` is its command line; each spec
command fits its method's real signature; and a command builds only the parsers it needs.

The commands' behaviour over loopback against the emulator is in ``test_spec_commands_emulator.py``, the
values of their options on the wire in ``test_spec_options.py``.
"""

from __future__ import annotations

import argparse
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eigenpal import EigenpalClient
from eigenpal.cli import _spec_commands
from eigenpal.cli._main import COVERED, build_parser
from eigenpal.cli._operations import COMMANDS, Entry, Rule
from eigenpal.cli._spec_call import call_arguments
from tests.support.spec import operations

SCALARS = ("string", "integer", "number")


def find(
    parser: argparse.ArgumentParser, words: list[str] | tuple[str, ...]
) -> argparse.ArgumentParser | None:
    """The parser the words name in the tree below ``parser``, if any."""
    for word in words:
        found = None
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                found = action.choices.get(word)
        if found is None:
            return None
        parser = found
    return parser


def is_command(parser: argparse.ArgumentParser | None) -> bool:
    """A command that runs something (a group without its command only prints its help)."""
    if parser is None:
        return False
    return not any(isinstance(action, argparse._SubParsersAction) for action in parser._actions)


def test_every_operation_is_reachable_by_a_command() -> None:
    tree = build_parser()
    generated = {entry["operation"]: entry for entry in _spec_commands.entries(COVERED)}
    for _, _, operation in operations():
        operation_id = operation["operationId"]
        words = COVERED[operation_id].split() if operation_id in COVERED else generated[operation_id]["words"]
        assert is_command(find(tree, words)), f"{operation_id}: `eigenpal {' '.join(words)}` is not a command"
    assert {entry["operation"] for entry in COMMANDS} | set(COVERED) == {
        operation["operationId"] for _, _, operation in operations()
    }


def test_a_hand_made_command_wins_over_a_spec_command_of_its_name() -> None:
    runs = find(build_parser(), ["runs"])
    assert runs is not None
    listing = find(runs, ["list"])
    assert listing is not None and listing.get_default("handler").__module__ == "eigenpal.cli.runs"
    for spec_command in (["reviews", "update"], ["get-step"], ["promote"], ["scores", "list"]):
        found = find(runs, spec_command)
        assert is_command(found) and found is not None
        assert found.get_default("handler").__module__ == "eigenpal.cli._spec_call"


def test_the_hand_made_table_and_the_top_level_names_match_the_commands() -> None:
    """``HAND_MADE`` names every top-level command its modules add, and nothing else."""
    from eigenpal.cli._main import HAND_MADE

    top = find(build_parser(), [])
    assert top is not None
    names = [
        name
        for action in top._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]
    assert [name for name in names if name in HAND_MADE] == list(HAND_MADE)
    assert set(names) - set(HAND_MADE) == set(_spec_commands.top_words(COVERED)) - set(HAND_MADE)


# ---- each spec command fits its method ---------------------------------------------------------------------
def sample(rule: Rule) -> str:
    """A value an option of this rule accepts."""
    if rule.get("values"):
        return rule["values"][0]
    kind = rule["type"]
    if kind in ("integer", "number"):
        return f"{rule.get('minimum', 1):g}"
    if kind == "array":
        items = rule.get("items") or {"type": "any"}
        return sample(items) if items["type"] in SCALARS else "[]"
    return {"object": "{}", "any": "1"}.get(kind, "x")


def command_line(entry: Entry, *, every_option: bool, file: Path) -> list[str]:
    """The command with its positionals and its required options, or every option."""
    kinds = {"automation": "workflows.x", "path": "folder/a.txt", "id": "id_1"}
    argv = [*entry["words"], *(kinds[argument["kind"]] for argument in entry["arguments"])]
    argv += [str(file) for item in entry["files"] if item["required"] or every_option]
    for option in entry["options"]:
        if option["required"] or every_option:
            flag = option["rule"]["type"] in ("flag", "boolean")
            argv.append(option["flag"] if flag else f"{option['flag']}={sample(option['rule'])}")
    return argv + (["--output", str(file)] if entry["answer"] == "bytes" else [])


def special(entry: Entry) -> bool:
    """A method the spec leaves to be written by hand: an upload, a download, a stream, two bodies."""
    operation = next(o for _, _, o in operations() if o["operationId"] == entry["operation"])
    bodies = (operation.get("requestBody") or {}).get("content") or {}
    return entry["body"] in ("multipart", "bytes") or entry["answer"] in ("bytes", "lines") or len(bodies) > 1


def method_of(client: EigenpalClient, entry: Entry) -> Any:
    found: Any = client
    for part in entry["method"].split("."):
        found = getattr(found, part, None)
    return found


@pytest.mark.parametrize("entry", _spec_commands.entries(COVERED), ids=lambda entry: " ".join(entry["words"]))
def test_every_spec_command_fits_its_methods_signature(entry: Entry, tmp_path: Path) -> None:
    """Plain methods (generated) take every option; a hand-written one takes at least the required ones
    (``tests/spec/test_drift.py`` holds it to every spec parameter). A method the client lacks must be one
    the spec leaves to be written by hand, and the command says so when run."""
    client = EigenpalClient(api_key="k", base_url="http://cli.invalid")
    method = method_of(client, entry)
    if method is None:
        assert special(entry), f"client.{entry['method']} is a plain method, so the client must have it"
        return
    file = tmp_path / "file.bin"
    file.write_bytes(b"x")
    for every_option in (False, True) if not special(entry) else (False,):
        argv = command_line(entry, every_option=every_option, file=file)
        positional, keywords = call_arguments(entry, build_parser(argv).parse_args(argv))
        if entry["answer"] == "bytes":
            keywords["to"] = str(file)
        inspect.signature(method).bind(*positional, **keywords)


# ---- what a command builds -----------------------------------------------------------------------------------
def built(monkeypatch: pytest.MonkeyPatch, argv: list[str] | None) -> list[str]:
    """The spec commands ``build_parser(argv)`` builds a parser for."""
    found: list[str] = []
    real = _spec_commands._command

    def counting(commands: Any, entry: Entry) -> argparse.ArgumentParser:
        found.append(" ".join(entry["words"]))
        return real(commands, entry)

    monkeypatch.setattr(_spec_commands, "_command", counting)
    build_parser(argv)
    return found


def test_a_command_builds_only_its_own_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    assert built(monkeypatch, ["--help"]) == []
    assert built(monkeypatch, ["folders", "list", "--type", "workflow"]) == ["folders list"]
    assert built(monkeypatch, ["--json", "runs", "--timeout", "5", "reviews", "get", "run_1"]) == [
        "runs reviews get"
    ]
    assert built(monkeypatch, ["automations", "examples", "--help"]) == []
    assert built(monkeypatch, ["automations", "exampels", "list"]) == []
    assert built(monkeypatch, ["runs", "list"]) == []
    assert len(built(monkeypatch, None)) == len(_spec_commands.entries(COVERED))


def test_the_top_level_help_imports_no_more_of_the_sdk_than_the_command_line_does() -> None:
    """``eigenpal --help`` reads the spec groups' names from the table: no endpoint or model module is
    imported for it beyond those ``import eigenpal.cli`` loads."""
    probe = (
        "import contextlib, io, sys\n"
        "import eigenpal.cli\n"
        "before = {m for m in sys.modules if m.startswith('eigenpal._generated')}\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):\n"
        "    eigenpal.cli.main(['--help'])\n"
        "assert 'human-reviews' in out.getvalue(), out.getvalue()\n"
        "print(sorted({m for m in sys.modules if m.startswith('eigenpal._generated')} - before))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_method_the_sdk_lacks_or_an_argument_it_does_not_take_is_said_plainly() -> None:
    """An SDK older than the table (a method or an argument missing) fails before sending, naming them."""
    from eigenpal.cli._messages import CliError
    from eigenpal.cli._spec_call import _check_call, _method

    (upload,) = [entry for entry in COMMANDS if entry["method"] == "files.upload"]
    client = EigenpalClient(api_key="k", base_url="http://cli.invalid")
    with pytest.raises(CliError, match=r"has no client\.files\.nothing \(files\.create\); upgrade eigenpal"):
        _method(client, {**upload, "method": "files.nothing"})

    def upload_without_purpose(file: str) -> None: ...

    with pytest.raises(CliError, match=r"client\.files\.upload cannot send --purpose; upgrade eigenpal"):
        _check_call(upload, upload_without_purpose, ["a.pdf"], {"purpose": "run-input"})
    assert set(_check_call(upload, upload_without_purpose, ["a.pdf"], {})) == {"file"}

"""Old command and option names keep working with a warning on stderr (``cli/_aliases.py``): the June
API's ``runs feedback`` commands run as ``runs reviews`` with their fields and values mapped, an old value
without a counterpart is refused before anything is sent, and every alias leads to a command and an
option that exist."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
from contextlib import redirect_stderr, redirect_stdout

from hypothesis import given
from hypothesis import strategies as st

from eigenpal.cli import EXIT_OK, EXIT_USAGE, main
from eigenpal.cli._aliases import ALIASES, Alias, rewrite
from eigenpal.cli._main import build_parser
from tests.cli.test_spec_commands import find
from tests.cli.test_spec_options import answer
from tests.support.canned_server import Canned, CannedServer
from tests.support.cli import EIGENPAL

OLD_UPDATE = [
    "runs", "feedback", "update", "run_1", "--rating", "pass", "--body", "looks right",
    "--status=resolved", "--expected", '{"total": 1}',
]  # fmt: skip
WARNINGS = [
    "warning: 'eigenpal runs feedback' is deprecated; use 'eigenpal runs reviews'",
    "warning: 'eigenpal runs reviews update --rating pass' is deprecated; use 'eigenpal runs reviews update --verdict correct'",
    "warning: 'eigenpal runs reviews update --body' is deprecated; use 'eigenpal runs reviews update --note'",
    "warning: 'eigenpal runs reviews update --expected' is deprecated; use 'eigenpal runs reviews update --corrected-output'",
    "warning: 'eigenpal runs reviews update --status resolved' is deprecated; use 'eigenpal runs reviews update --status closed'",
]


def test_an_old_command_runs_as_todays_with_a_warning_on_stderr(canned_server: CannedServer) -> None:
    assert EIGENPAL
    canned_server.push(Canned(body=answer("runs.reviews.update")))
    result = subprocess.run(
        [EIGENPAL, *OLD_UPDATE, "--base-url", canned_server.url, "--api-key", "k", "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert sorted(result.stderr.splitlines()) == sorted(WARNINGS)
    assert json.loads(result.stdout) == json.loads(answer("runs.reviews.update"))
    (request,) = canned_server.requests
    assert (request.method, request.path) == ("PUT", "/v1/runs/run_1/reviews")
    assert json.loads(request.body) == {
        "verdict": "correct",
        "note": "looks right",
        "status": "closed",
        "correctedOutput": {"total": 1},
    }


def run_at(server: CannedServer, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([*args, "--base-url", server.url, "--api-key", "k"])
    return code, out.getvalue(), err.getvalue()


def test_an_old_value_without_a_counterpart_is_refused_before_anything_is_sent(
    canned_server: CannedServer,
) -> None:
    code, out, err = run_at(canned_server, "runs", "feedback", "update", "run_1", "--rating=partial")
    assert (code, out, canned_server.requests) == (EXIT_USAGE, "", [])
    assert "'eigenpal runs reviews update --rating partial' has no counterpart today" in err
    assert "--verdict incorrect" in err and "--corrections" in err
    canned_server.push(Canned(body=answer("runs.reviews.get")))
    code, _, err = run_at(canned_server, "--json", "runs", "--timeout", "5", "feedback", "get", "run_1")
    assert code == EXIT_OK and err.splitlines() == WARNINGS[:1]
    assert [(r.method, r.path) for r in canned_server.requests] == [("GET", "/v1/runs/run_1/reviews")]


def test_rewrite_finds_the_command_words_between_global_options(capsys: object) -> None:
    assert rewrite(["--json", "runs", "--timeout", "5", "feedback", "get", "r"]) == [
        "--json", "runs", "--timeout", "5", "reviews", "get", "r",
    ]  # fmt: skip
    assert rewrite(["runs", "feedback", "update", "r", "--body=x", "--", "--body"]) == [
        "runs", "reviews", "update", "r", "--note=x", "--", "--body",
    ]  # fmt: skip
    unchanged = ["runs", "list", "--status", "resolved", "--body", "x"]
    assert rewrite(unchanged) == unchanged
    assert rewrite(["runs", "reviews", "update", "r", "--status", "open"])[-1] == "open"


WORDS = st.lists(
    st.sampled_from(["runs", "reviews", "list", "get", "--json", "--timeout", "5", "x", "--status"])
)


@given(WORDS)
def test_words_no_alias_names_are_left_as_typed(argv: list[str]) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        found = rewrite(argv)
    old_words = {alias.old.split()[-1] for alias in ALIASES} - {"--status"}
    if not old_words & set(argv) and "resolved" not in argv:
        assert (found, err.getvalue()) == (argv, "")


def test_every_alias_leads_to_a_command_and_an_option_that_exist() -> None:
    tree = build_parser()
    for alias in ALIASES:
        words = alias.new.split()
        command = find(tree, words[:-1] if alias.option else words)
        assert command is not None, alias
        if alias.option is None:
            continue
        assert alias.option[1] in command._option_string_actions, alias
        for value in {*alias.values.values()}:
            check_value(command, alias, value)


def check_value(command: argparse.ArgumentParser, alias: Alias, value: str) -> None:
    """The new option takes the mapped value."""
    assert alias.option is not None
    positionals = ["x" for action in command._actions if not action.option_strings and action.nargs != 0]
    command.parse_args([*positionals, f"{alias.option[1]}={value}"])

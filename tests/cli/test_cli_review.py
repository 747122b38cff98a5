"""``eigenpal review`` and ``eigenpal runs list`` in review terms against the emulator: closing a review,
the review filters, the run view's review summary, and the June words kept with a warning on stderr
(``review pass|fail``, ``--expected``, ``--feedback-*``, ``--has/--no-feedback``; ``partial`` refused)."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from eigenpal.emulator import Emulator
from tests.support.cli import TARGET, cli, cli_all, finished_run, ok, refused


def listed(result: subprocess.CompletedProcess[str]) -> set[str]:
    return {run["id"] for run in json.loads(ok(result))}


def view(out: str) -> dict[str, str]:
    """A human view's ``key  value`` lines (keys may hold one space, columns are two apart)."""
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines())


def test_close_an_open_review_as_handled_or_wont_fix(emu: Emulator) -> None:
    handled, declined = finished_run(emu, n=1), finished_run(emu, n=2)
    for run_id in (handled, declined):
        ok(cli(emu, "review", "incorrect", run_id, "--corrected-output", '{"total": 1}'))
    closed, wont = map(
        ok,
        cli_all(
            emu,
            ("review", "close", handled, "--note", "fixed in v2", "--json"),
            ("review", "close", declined, "--wont-fix"),
        ),
    )
    review = json.loads(closed)["review"]
    assert (review["verdict"], review["status"], review["closedNote"]) == (
        "incorrect",
        "closed",
        "fixed in v2",
    )
    fields = view(wont)
    assert fields["verdict"] == "incorrect" and fields["status"] == "wont_fix"
    assert fields["corrected output.total"] == "1"


def test_runs_list_filters_by_review_and_samples_by_rank(emu: Emulator) -> None:
    wrong, right, unreviewed = (finished_run(emu, n=n) for n in (1, 2, 3))
    client = emu.client()
    client.runs.reviews.update(
        wrong, verdict="incorrect", corrections=[{"kind": "field", "path": "/total", "correctedValue": 4}]
    )
    client.runs.reviews.update(right, verdict="correct")
    every = ("runs", "list", "--automation", TARGET, "--all", "--json")
    open_, incorrect, corrected, reviewed, unreviewed_, sample = cli_all(
        emu,
        (*every, "--review-status", "open"),
        (*every, "--review-verdict", "incorrect"),
        (*every, "--has-corrections"),
        (*every, "--has-review"),
        (*every, "--no-review"),
        (*every, "--sample-rate", "0.5"),
    )
    mine = {wrong, right, unreviewed}  # the module's emulator holds the other tests' runs too
    assert listed(open_) & mine == listed(incorrect) & mine == listed(corrected) & mine == {wrong}
    assert listed(reviewed) & mine == {wrong, right} and listed(unreviewed_) & mine == {unreviewed}
    ranks = {run.id: run.sample_rank for run in client.runs.list(source=TARGET, limit=100).iter_all()}
    assert listed(sample) == {run_id for run_id, rank in ranks.items() if rank < 0.5}
    since = listed(cli(emu, *every, "--since-last-closed"))
    assert wrong not in since and right not in since  # made before the review closed by `correct`


def test_the_run_view_summarises_its_review(emu: Emulator) -> None:
    run_id = finished_run(emu, n=5)
    ok(cli(emu, "review", "incorrect", run_id, "--corrected-output", '{"total": 5}', "--correction",
           '[{"kind": "field", "path": "/total", "correctedValue": 5}]', "--note", "misread"))  # fmt: skip
    full, brief = cli_all(emu, ("runs", "get", run_id, "--expand", "execution"), ("runs", "get", run_id))
    assert view(ok(full))["review"] == "incorrect, open, 1 correction, corrected output"
    assert view(ok(brief))["review"].startswith("incorrect, open, 1 correction")


def test_the_june_review_words_warn_and_do_the_new_work(emu: Emulator) -> None:
    failed, passed, partial = (finished_run(emu, n=n) for n in (6, 7, 8))
    fail, pass_, refused_partial = cli_all(
        emu,
        ("review", "fail", failed, "--expected", '{"total": 6}', "--json"),
        ("review", "pass", passed, "--note", "fine", "--json"),
        ("review", "partial", partial, "--expected", '{"total": 8}'),
    )
    assert "warning: 'eigenpal review fail' is deprecated; use 'eigenpal review incorrect'" in fail.stderr
    assert (
        "warning: 'eigenpal review incorrect --expected' is deprecated; "
        "use 'eigenpal review incorrect --corrected-output'"
    ) in fail.stderr
    review = json.loads(ok(fail))["review"]
    assert (review["verdict"], review["status"], review["correctedOutput"]) == (
        "incorrect",
        "open",
        {"total": 6},
    )
    assert "warning: 'eigenpal review pass' is deprecated; use 'eigenpal review correct'" in pass_.stderr
    assert json.loads(ok(pass_))["review"]["status"] == "closed"
    refused(
        refused_partial,
        "'eigenpal review partial' has no counterpart today",
        "no partial verdict",
        "eigenpal review incorrect",
    )
    assert emu.client().runs.reviews.get(partial).review is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (("--feedback-status", "resolved"), ("--review-status", "closed")),
        (("--feedback-status", "ignored"), ("--review-status", "wont_fix")),
        (("--feedback-status", "open"), ("--review-status", "open")),
        (("--feedback-rating", "pass"), ("--review-verdict", "correct")),
        (("--feedback-rating", "fail"), ("--review-verdict", "incorrect")),
        (("--feedback-rating", "none"), ("--review-verdict", "none")),
        (("--has-feedback",), ("--has-review",)),
        (("--no-feedback",), ("--no-review",)),
    ],
)
def test_the_june_runs_filters_warn_and_filter_as_the_new_ones(
    emu: Emulator, old: tuple[str, ...], new: tuple[str, ...]
) -> None:
    client = emu.client()
    for verdict in ("correct", "incorrect", None):
        client.runs.reviews.update(finished_run(emu, n=9), verdict=verdict)
    client.runs.reviews.update(finished_run(emu, n=10), verdict="incorrect", status="wont_fix")
    every = ("runs", "list", "--automation", TARGET, "--all", "--json")
    before, after = cli_all(emu, (*every, *old), (*every, *new))
    said, meant = (old, new) if old[1:] != new[1:] else (old[:1], new[:1])  # a kept value is not repeated
    assert (
        f"warning: 'eigenpal runs list {' '.join(said)}' is deprecated; "
        f"use 'eigenpal runs list {' '.join(meant)}'"
    ) in before.stderr
    assert after.stderr == ""
    assert listed(before) == listed(after) and listed(after)


def test_the_june_values_without_a_meaning_today_are_refused(emu: Emulator) -> None:
    partial, typo = cli_all(
        emu, ("runs", "list", "--feedback-rating", "partial"), ("runs", "list", "--feedback-status", "opn")
    )
    refused(
        partial,
        "--feedback-rating partial' has no counterpart",
        "no partial verdict",
        "--review-verdict incorrect",
    )
    refused(typo, "invalid choice", "open", "closed", "wont_fix")


def test_review_rate_recommends_from_the_automations_review_health(emu: Emulator) -> None:
    target = "workflows.rated-on-the-command-line"  # its own automation: the module shares one emulator
    emu.add_automation(target)
    client = emu.client()
    client.runs.reviews.update(client.run_and_wait(target, {}).id, verdict="correct")
    shown, as_json = cli_all(
        emu, ("review", "rate", "--automation", target), ("review", "rate", "--automation", target, "--json")
    )
    advice = json.loads(ok(as_json))
    assert (advice["stage"], advice["rate"], advice["reviewed_runs"]) == ("start", 0.15, 1)
    assert "until 30 have one" in view(ok(shown))["reason"]

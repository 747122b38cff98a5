"""``make generate`` refuses an aliases.yaml entry whose target method, argument or value does not exist (as
it refuses an incomplete spec), naming the entry, and writes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from tests.support.spec import ROOT

BROKEN = {
    "values": {
        "verdict": {"map": {"pass": "correct"}, "refuse": {"partial": "no verdict today"}},
        "wrong": {"map": {"pass": "right"}},
    },
    "methods": {
        "runs.feedback.get": {"to": "runs.reviews.gett"},
        "runs.feedback.clear": "runs.reviews.clear",
        "runs.feedback.update": {
            "to": "runs.reviews.update",
            "arguments": {
                "rating": {"to": "verdict", "values": "wrong"},
                "body": "notes",
                "status": {"to": "status", "values": "missing"},
            },
        },
        "runs.reviews.get": {"to": "runs.reviews.clear"},
        "runs.feedback.upload_expected": {
            "to": "runs.reviews.upload_expected",
            "arguments": {"file": "upload"},
        },
    },
    "keywords": {
        "runs.list": {
            "has_feedback": "has_reviews",
            "has_review": "no_review",
            "feedback_rating": {"to": "review_verdict", "values": "verdict"},
        },
        "runs.lists": {"has_feedback": "has_review"},
    },
    "file_reference": {"from": "fileId", "to": "$fileIdentifier"},
    "base_urls": {},
}
EXPECTED = [
    "methods.runs.feedback.get: its target 'runs.reviews.gett' is not a method of today's client tree",
    "methods.runs.feedback.clear: give today's method as {to: <method>}",
    "methods.runs.feedback.update.arguments.rating: values.wrong maps 'pass' to 'right', which update(verdict=...) does not take",
    "methods.runs.feedback.update.arguments.body: update has no argument 'notes'",
    "methods.runs.feedback.update.arguments.status: no value map 'missing' under values:",
    "methods.runs.reviews.get: runs.reviews.get is in today's client tree; an alias cannot hide it",
    "methods.runs.feedback.upload_expected: runs.reviews.upload_expected is hand-written; rename its arguments in its mixin instead",
    "keywords.runs.list.has_feedback: list has no argument 'has_reviews'",
    "keywords.runs.list.has_review: list still takes has_review; an alias cannot hide it",
    "keywords.runs.lists: 'runs.lists' is not a generated method of today's client tree",
    "file_reference: '$fileIdentifier' is not a field of the run start body (runs.start)",
]


def test_generate_refuses_aliases_that_name_nothing(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(yaml.safe_dump(BROKEN, sort_keys=False), encoding="utf-8")
    output = tmp_path / "out" / "_generated"
    result = subprocess.run(
        [sys.executable, "codegen/generate.py", "--output", str(output), "--aliases", str(aliases)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    for message in EXPECTED:
        assert f"generator: aliases.yaml: {message}" in result.stderr, result.stderr
    assert result.stderr.count("generator: ") == len(EXPECTED), result.stderr
    assert not output.exists() and not (tmp_path / "out" / "_async").exists()


def test_generate_refuses_to_run_without_aliases_yaml(tmp_path: Path) -> None:
    """A missing aliases.yaml would silently drop every alias from the client tree."""
    output = tmp_path / "out" / "_generated"
    result = subprocess.run(
        [sys.executable, "codegen/generate.py", "--output", str(output), "--aliases", str(tmp_path / "none.yaml")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1 and "none.yaml does not exist" in result.stderr, result.stderr
    assert not output.exists()

"""Helpers to read openapi.yaml and the reference facts kept in ``tests/data`` (see its README)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
REFERENCE = DATA / "sdk-reference.txt"
WIRE_FACTS = DATA / "wire-facts.json"
METHODS = ("get", "put", "post", "patch", "delete")


@functools.cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def operations(spec: dict[str, Any] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec."""
    spec = spec or load_spec()
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def sdk_methods(operation: dict[str, Any]) -> list[str]:
    value = operation["x-eigenpal-method"]
    return value if isinstance(value, list) else [value]


def alias_methods() -> dict[str, str]:
    """Each deprecated 0.9.1 method of ``aliases.yaml`` with the method it now calls."""
    path = ROOT / "aliases.yaml"
    if not path.exists():
        return {}
    methods = yaml.safe_load(path.read_text(encoding="utf-8")).get("methods") or {}
    return {old: entry["to"] for old, entry in methods.items()}


def reference_methods() -> dict[str, tuple[str, str]]:
    """Every ``client.…`` method of the 0.9.1 SDK reference with its HTTP method and path template (``/api/v1``)."""
    lines = [line.strip() for line in REFERENCE.read_text(encoding="utf-8").splitlines()]
    found: dict[str, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        heading = re.fullmatch(r"client\.([\w.]+)(?: / (\w+))?", line)
        route = (
            re.fullmatch(r"(GET|POST|PUT|PATCH|DELETE) (/api/v1/\S*)", lines[index + 2])
            if index + 2 < len(lines)
            else None
        )
        if not heading or not route:
            continue
        path = re.sub(r":(\w+)", r"{\1}", route.group(2))
        found[heading.group(1)] = (route.group(1), path)
        if heading.group(2):
            sibling = heading.group(1).rsplit(".", 1)[0] + "." + heading.group(2)
            found[sibling] = (route.group(1), path)
    return found

"""`make spec-diff`: what changed between two versions of the OpenAPI spec, as a Markdown report.

    python codegen/spec_diff.py [--old SRC] [--new SRC] [--fail-on-breaking]

A source is a YAML or JSON file, or a committed version written ``REV:PATH`` (``HEAD~3:openapi.yaml``).
``--new`` defaults to ``openapi.yaml`` and ``--old`` to the previous committed version of ``--new``
(`previous_version`). The report lists operations added, removed, renamed or moved, then per operation
and per component schema the parameters, bodies, fields, enum values, union variants, status codes and
content types that changed, each classified. A change inside a component schema is reported once, under
that schema and the direction it is read in, with the operations that reach it; the schemas added and
removed close the report.

Matching. An operation is its ``operationId``. Operations are paired, in this order: by the same id;
by an ``x-eigenpal-renamed-from: <old operationId>`` hint (on the new operation, or on the old one when
diffing backwards); by the same route, that is the same method and the same path after stripping the
server prefix (the server URL's path joined with the path, less a leading ``/api`` and ``/vN``:
``/api/v1/x`` and ``/v1/x`` are one route) with path parameter names ignored. Path parameters are
matched by position, the others by location and name. ``x-values`` (known values) counts as an enum,
as does ``const``; ``anyOf``/``oneOf`` members that are ``null`` make the schema nullable; inline
``allOf`` members are merged, component ones compared as base schemas; ``$ref`` is followed, with
cycle protection.

Classification (request = parameters and request bodies, what a client sends; response = what it reads):

- operation removed, moved to another route, or its SDK method (``x-eigenpal-method``) renamed:
  breaking; operation added, or renamed (a new operationId on the same wire): additive;
- parameter, request body, field, enum value or union variant removed: breaking, in either direction;
- added: a required parameter, request body or request field is breaking, anything else additive;
  an enum value or union variant added to a response is additive but flagged "clients must tolerate";
- became required: breaking in a request, additive in a response; became optional: the reverse;
- retyped: breaking, except a request type that now accepts more (a new type, ``null``, ``number`` for
  ``integer``: additive) and a response type that now sends less (additive); the reverse is narrowing
  a request or widening a response: breaking. A format is part of the type;
- enum restriction added: breaking in a request, additive in a response; dropped: the reverse;
- constraints (minimum, maximum, lengths, item counts, pattern) narrowed: breaking in a request,
  additive in a response; widened: additive (flagged "clients must tolerate" in a response);
- content type removed: breaking; added: additive; success status (2xx) removed: breaking, added:
  additive, clients must tolerate; any other status added or removed: additive;
- a component schema merged by ``allOf`` removed: breaking; added: additive, unless a request must
  now send its required fields (breaking);
- component schema removed (its model class goes): breaking; added: additive;
- base URL (the first server's URL plus the prefix every path shares) changed: breaking.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spec_diff_walk import RENAMED_FROM, TOLERATE, Change, Operation, Scope, Spec, SpecDiffError, Walker


@dataclass
class Report:
    """Every change between two specs, with what the headings of their scopes say."""

    old_name: str
    new_name: str
    changes: list[Change] = field(default_factory=list)
    headings: dict[Scope, str] = field(default_factory=dict)

    @property
    def breaking(self) -> int:
        return sum(change.breaking for change in self.changes)

    def summary(self) -> str:
        additive = [change for change in self.changes if not change.breaking]
        tolerate = sum(change.tolerate for change in additive)
        line = f"**{self.breaking} breaking, {len(additive)} additive**"
        return line + (f" ({tolerate} of them: {TOLERATE})" if tolerate else "")

    def markdown(self) -> str:
        lines = [f"# Spec changes: {self.old_name} → {self.new_name}", "", self.summary()]
        by_scope: dict[Scope, list[Change]] = {}
        for change in self.changes:
            by_scope.setdefault(change.scope, []).append(change)
        for scope in sorted(by_scope, key=_scope_order):
            changes = sorted(by_scope[scope], key=lambda change: not change.breaking)
            lines += ["", f"## {self.headings.get(scope, scope.name)}", ""]
            lines += _grouped(changes) if scope.kind == "components" else [c.line() for c in changes]
        if not self.changes:
            lines += ["", "No changes."]
        return "\n".join(lines) + "\n"


def _scope_order(scope: Scope) -> tuple[int, str, str]:
    order = ("api", "operations", "operation", "schema", "components")
    return order.index(scope.kind), scope.name.replace("`", ""), scope.direction


def _grouped(changes: list[Change]) -> list[str]:
    """Component schemas in two lines, one per action, rather than one line each."""
    lines = []
    for action in ("removed", "added"):
        names = [change.target for change in changes if change.action == action]
        if names:
            label = "**breaking**" if action == "removed" else "additive"
            lines.append(f"- {label}: {action} ({len(names)}): {', '.join(names)}")
    return lines


# ------------------------------------------------------------------------------------------------ diff


def match(old: dict[str, Operation], new: dict[str, Operation]) -> Iterator[tuple[Operation, Operation, str]]:
    """Pairs of the same operation (old, new, how they were paired); see the module docstring."""
    old_left = {key: old[key] for key in sorted(old) if key not in new}
    new_left = {key: new[key] for key in sorted(new) if key not in old}
    for key in sorted(set(old) & set(new)):
        yield old[key], new[key], "same id"
    for key, operation in list(new_left.items()):
        hint = next((name for name in operation.renamed_from if name in old_left), None)
        if hint is not None:
            del new_left[key]
            yield old_left.pop(hint), operation, RENAMED_FROM
    for key, operation in list(old_left.items()):
        hint = next((name for name in operation.renamed_from if name in new_left), None)
        if hint is not None:
            del old_left[key]
            yield operation, new_left.pop(hint), RENAMED_FROM
    routes = {operation.route: key for key, operation in reversed(old_left.items())}
    for key, operation in list(new_left.items()):
        if routes.get(operation.route) in old_left:
            del new_left[key]
            yield old_left.pop(routes[operation.route]), operation, "same route"


def diff(
    old_document: Mapping[str, Any],
    new_document: Mapping[str, Any],
    old_name: str = "old",
    new_name: str = "new",
) -> Report:
    """Every change from ``old_document`` to ``new_document``, classified (see the module docstring)."""
    old, new = Spec(old_document), Spec(new_document)
    walker = Walker(old, new)
    api, listed = Scope("api"), Scope("operations")
    walker.headings.update({api: "API", listed: "Operations", Scope("components"): "Component schemas"})
    if old.base_url() != new.base_url():
        walker.add(api, "base URL", f"`{old.base_url()}` → `{new.base_url()}`", breaking=True)
    old_ops, new_ops = old.operations(), new.operations()
    paired = list(match(old_ops, new_ops))
    for before, after, how in paired:
        if before.id != after.id:
            walker.add(listed, f"operation `{before.id}`", f"renamed to `{after.id}` ({how})", breaking=False)
        if before.route != after.route:
            walker.add(
                listed, f"operation `{after.id}`", f"moved {before.label()} → {after.label()}", breaking=True
            )
        if before.sdk_method != after.sdk_method:
            shown = " → ".join(
                f"`{method}`" if method else "none" for method in (before.sdk_method, after.sdk_method)
            )
            walker.add(
                listed,
                f"operation `{after.id}`",
                f"changed SDK method {shown}",
                breaking=before.sdk_method is not None,
            )
        walker.operation(before, after)
    for key in sorted(set(old_ops) - {before.id for before, _, _ in paired}):
        walker.add(listed, f"operation `{key}` ({old_ops[key].label()})", "removed", breaking=True)
    for key in sorted(set(new_ops) - {after.id for _, after, _ in paired}):
        walker.add(listed, f"operation `{key}` ({new_ops[key].label()})", "added", breaking=False)
    for name in sorted(set(old.schemas()) ^ set(new.schemas())):
        removed = name not in new.schemas()
        walker.add(Scope("components"), f"`{name}`", "removed" if removed else "added", breaking=removed)
    _schema_headings(walker, len(paired))
    return Report(old_name, new_name, _shared(list(walker.changes.values()), len(paired)), walker.headings)


def _shared(changes: list[Change], operation_count: int) -> list[Change]:
    """The changes made alike to every kept operation (a new error status) as one item of the API
    section."""
    scopes: dict[tuple[str, str, bool, bool], set[Scope]] = {}
    for change in changes:
        if change.scope.kind == "operation":
            key = (change.target, change.action, change.breaking, change.tolerate)
            scopes.setdefault(key, set()).add(change.scope)
    everywhere = sorted(key for key, found in scopes.items() if len(found) == operation_count > 1)
    kept = [
        change
        for change in changes
        if change.scope.kind != "operation"
        or (change.target, change.action, change.breaking, change.tolerate) not in everywhere
    ]
    shared = [
        Change(Scope("api"), f"{target} of every kept operation", action, breaking, tolerate)
        for target, action, breaking, tolerate in everywhere
    ]
    return kept + shared


def _schema_headings(walker: Walker, operation_count: int) -> None:
    used_by = walker.used_by()
    for old_name, new_name, direction in walker.walked:
        label = f"`{old_name}`" if old_name == new_name else f"`{old_name}` → `{new_name}`"
        users = used_by.get((old_name, new_name, direction), [])
        shown = (
            "every kept operation"
            if len(users) == operation_count > 1
            else ", ".join(f"`{op}`" for op in users)
        )
        walker.headings[Scope("schema", label, direction)] = (
            f"Schema {label} in {direction}s, used by {shown}"
        )


# ------------------------------------------------------------------------------------------- sources


def parse(text: str, name: str) -> Mapping[str, Any]:
    """A YAML or JSON document that must be a mapping."""
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecDiffError(f"{name}: not YAML or JSON ({error})") from None
    if not isinstance(document, Mapping):
        raise SpecDiffError(f"{name}: not an OpenAPI document (expected a mapping at the top)")
    paths = document.get("paths") or {}
    if not isinstance(paths, Mapping) or not all(isinstance(item, Mapping) for item in paths.values()):
        raise SpecDiffError(f"{name}: `paths` must map each path to its operations")
    return document


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as error:
        raise SpecDiffError(f"git {' '.join(args)}: {error}") from None


def read_source(source: str, cwd: Path) -> Mapping[str, Any]:
    """A file, or a committed version ``REV:PATH`` (read with ``git show`` in ``cwd``)."""
    path = cwd / source
    if path.is_file():
        return parse(path.read_text(encoding="utf-8"), source)
    if ":" not in source:
        raise SpecDiffError(
            f"{source}: no such file (give a YAML or JSON file, or REV:PATH for a committed version)"
        )
    shown = _git(cwd, "show", source)
    if shown.returncode != 0:
        raise SpecDiffError(f"{source}: git cannot show it ({shown.stderr.decode(errors='replace').strip()})")
    return parse(shown.stdout.decode("utf-8", errors="replace"), source)


def previous_version(spec: Path) -> str | None:
    """The committed version to compare a working spec with, as ``REV:PATH``: ``HEAD``'s when the working
    file differs from it (an edit not yet committed), else the one before the last commit that changed
    it (that commit's first parent's). None when there is none (never committed, or added by that
    commit)."""
    cwd = spec.resolve().parent
    prefix = _git(cwd, "rev-parse", "--show-prefix")
    if prefix.returncode != 0:
        raise SpecDiffError(f"{spec}: not in a git repository; give the old version (OLD=...)")
    tracked = prefix.stdout.decode().strip() + spec.name
    head = _git(cwd, "show", f"HEAD:{tracked}")
    if head.returncode != 0:
        return None
    if head.stdout != spec.read_bytes():
        return f"HEAD:{tracked}"
    last = _git(cwd, "log", "-1", "--format=%h", "HEAD", "--", spec.name).stdout.decode().strip()
    before = f"{last}^:{tracked}"
    return before if _git(cwd, "cat-file", "-e", before).returncode == 0 else None


def main(argv: list[str] | None = None, cwd: Path | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--old", help="YAML/JSON file or REV:PATH (default: the previous committed version of --new)"
    )
    parser.add_argument("--new", help="YAML/JSON file or REV:PATH (default: openapi.yaml)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    cwd = cwd or Path.cwd()
    new = args.new or "openapi.yaml"
    try:
        old = args.old
        if old is None:
            if not (cwd / new).is_file():
                raise SpecDiffError(f"{new} is not a file, so it has no previous committed version: give OLD")
            old = previous_version(cwd / new)
        old_document = read_source(old, cwd) if old else {}
        report = diff(old_document, read_source(new, cwd), f"`{old}`" if old else "nothing", f"`{new}`")
    except SpecDiffError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(report.markdown())
    return 1 if args.fail_on_breaking and report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())

"""Automation targets, in the grammar the service uses.

- ``workflows.<path>`` or ``agents.<path>``: the path is a slug, or folders and a slug joined by dots
  (``workflows.finance.extract-invoice`` is ``extract-invoice`` in the folder ``finance``).
- Any of those with ``@<version>``; ``@latest`` means the latest version, the same as no suffix.
- A bare automation id (``wf_xyz``), where a route takes an automation in its path.
- A dict: ``{"type": "workflow" | "agent", "slug": "finance/extract-invoice"}`` (folders written with
  ``/``, sent with dots), or ``{"type": ..., "id": "wf_xyz"}`` (sent rooted: ``workflows.wf_xyz``), with an
  optional ``"version"``. A slug already rooted at its type (``"agents.invoice-agent"``) is used as given.

``parse_target`` turns any accepted form into the wire string and an optional version, and rejects a
malformed one before a request is sent, with a message that names the mistake and the accepted forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from ._errors import EigenpalUsageError

_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_VERSION = re.compile(r"[^\s@]+")
ROOTS = {"workflow": "workflows", "agent": "agents"}
LATEST = "latest"

ACCEPTED_FORMS = (
    "'workflows.<slug>' or 'agents.<slug>' (folders joined by dots: 'workflows.finance.extract-invoice'), "
    "an automation id where a route takes one, any of those with '@<version>' or '@latest', or a dict "
    "{'type': 'workflow' | 'agent', 'slug': 'finance/extract-invoice' | 'id': ..., 'version': ...}"
)


class TargetDict(TypedDict, total=False):
    """A target as a dict: ``type`` with ``slug`` (folders joined by ``/``) or ``id``; ``version`` is optional."""

    type: Literal["workflow", "agent"]
    slug: str
    id: str
    version: str


Target = str | TargetDict | Mapping[str, Any]


def _invalid(argument: str, target: object, why: str) -> EigenpalUsageError:
    return EigenpalUsageError(
        f"{argument}={target!r} is not a valid target: {why}. Accepted forms: {ACCEPTED_FORMS}."
    )


def _version(value: str | None) -> str | None:
    return None if value in (None, "", LATEST) else value


def parse_target(target: Target, *, argument: str = "target") -> tuple[str, str | None]:
    """The wire target (rooted path, or a bare id) and the version, if the target names one."""
    if isinstance(target, Mapping):
        return _parse_mapping(target, argument)
    if not isinstance(target, str):
        raise _invalid(argument, target, f"expected a str or a dict, got {type(target).__name__}")
    name, at, version = target.strip().partition("@")
    if at and not _VERSION.fullmatch(version):
        raise _invalid(argument, target, "the version after '@' is empty or contains spaces")
    root, dot, path = name.partition(".")
    if not dot:
        if _SEGMENT.fullmatch(name):
            return name, _version(version)
        raise _invalid(argument, target, _segment_problem(name))
    if root not in ROOTS.values():
        hint = ROOTS.get(root)
        why = (
            f"use '{hint}.' (plural), not '{root}.'"
            if hint
            else "the prefix must be 'workflows.' or 'agents.' followed by a slug"
        )
        raise _invalid(argument, target, why)
    _check_path(path.split("."), argument, target, "folders and the slug are joined by '.'")
    return name, _version(version)


def _segment_problem(segment: str) -> str:
    if segment in ("", ".", ".."):
        return "it is empty or a '.'/'..' segment"
    if "/" in segment:
        return "folders in a target string are joined by '.', not '/' (a dict slug uses '/')"
    return "it contains characters an automation id or slug cannot have (letters, digits, '-' and '_')"


def _check_path(segments: list[str], argument: str, target: object, joiner: str) -> None:
    for segment in segments:
        if not _SEGMENT.fullmatch(segment):
            raise _invalid(argument, target, f"{_segment_problem(segment)}; {joiner}")


def _parse_mapping(target: Mapping[str, Any], argument: str) -> tuple[str, str | None]:
    shown = dict(target)
    unknown = set(target) - {"type", "slug", "id", "version"}
    if unknown:
        raise _invalid(argument, shown, f"unknown keys {sorted(unknown)}")
    version = target.get("version")
    if version is not None and (not isinstance(version, str) or not _VERSION.fullmatch(version)):
        raise _invalid(argument, shown, "'version' must be a non-empty string without spaces")
    kind = target.get("type")
    if kind is not None and kind not in ROOTS:
        raise _invalid(argument, shown, "'type' must be 'workflow' or 'agent'")
    if "id" in target:
        if "slug" in target:
            raise _invalid(argument, shown, "give 'slug' or 'id', not both")
        ident = target["id"]
        if not isinstance(ident, str) or not _SEGMENT.fullmatch(ident):
            raise _invalid(argument, shown, "'id' must be an automation id such as 'wf_xyz'")
        return (f"{ROOTS[kind]}.{ident}" if kind else ident), _version(version)
    slug = target.get("slug")
    if kind is None:
        raise _invalid(argument, shown, "'type' must be 'workflow' or 'agent'")
    if not isinstance(slug, str) or not slug:
        raise _invalid(
            argument, shown, "'slug' must be a slug such as 'extract-invoice' or 'finance/extract-invoice'"
        )
    root = ROOTS[kind]
    first, dot, rest = slug.partition(".")
    if dot and first in ROOTS.values():
        if first != root:
            raise _invalid(argument, shown, f"the {kind} target must be rooted at '{root}.'")
        _check_path(rest.split("."), argument, shown, "folders and the slug are joined by '.'")
        return slug, _version(version)
    _check_path(slug.split("/"), argument, shown, "folders in a dict slug are joined by '/'")
    return f"{root}.{slug.replace('/', '.')}", _version(version)


def run_target(target: Target, *, argument: str = "target") -> tuple[str, str | None]:
    """A ``POST /runs`` target: always rooted at ``workflows.`` or ``agents.``, as the service requires."""
    wire, version = parse_target(target, argument=argument)
    if "." not in wire:
        raise _invalid(
            argument,
            target,
            f"a run target is rooted: write 'workflows.{wire}' or 'agents.{wire}', "
            f"or {{'type': 'workflow', 'id': {wire!r}}}",
        )
    return wire, version


def automation_ref(target: Target, *, argument: str = "id") -> str:
    """An automation path parameter: an id or rooted path, without a version (these routes take none)."""
    ref, version = parse_target(target, argument=argument)
    if version is not None:
        raise EigenpalUsageError(
            f"{argument}={target!r}: this operation works on the automation, not one version; drop '@{version}'."
        )
    return ref

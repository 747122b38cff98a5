"""Automation targets: ``workflows.<slug>``, ``agents.<slug>``, ``<target>@<version>``, ids and dicts.

``parse_target`` turns any accepted form into the wire ``target`` string and an optional version, and
rejects malformed ones before a request is sent, with a message that lists the accepted forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from ._errors import EigenpalUsageError

_SLUG = r"[A-Za-z0-9][A-Za-z0-9_-]*"
_ALIAS = re.compile(rf"(workflows|agents)\.({_SLUG})")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_VERSION = re.compile(r"[^\s@]+")

ACCEPTED_FORMS = (
    "'workflows.<slug>', 'agents.<slug>', an automation id, any of those with '@<version>' "
    "(e.g. 'workflows.extract-invoice@v3'), or a dict "
    "{'type': 'workflow' | 'agent', 'slug' | 'id': ..., 'version': ...}"
)


class TargetDict(TypedDict, total=False):
    """A target as a dict: ``type`` with ``slug``, or ``id``; ``version`` is optional."""

    type: Literal["workflow", "agent"]
    slug: str
    id: str
    version: str


Target = str | TargetDict | Mapping[str, Any]


def _invalid(argument: str, target: object, why: str) -> EigenpalUsageError:
    return EigenpalUsageError(
        f"{argument}={target!r} is not a valid target: {why}. Accepted forms: {ACCEPTED_FORMS}."
    )


def parse_target(target: Target, *, argument: str = "target") -> tuple[str, str | None]:
    """The wire target (alias or id) and the version, if the target names one."""
    if isinstance(target, Mapping):
        return _parse_mapping(target, argument)
    if not isinstance(target, str):
        raise _invalid(argument, target, f"expected a str or a dict, got {type(target).__name__}")
    name, at, version = target.strip().partition("@")
    if at and not _VERSION.fullmatch(version):
        raise _invalid(argument, target, "the version after '@' is empty or contains spaces")
    if _ALIAS.fullmatch(name):
        return name, version or None
    if "." in name:
        prefix = name.split(".", 1)[0]
        hint = {"workflow": "workflows", "agent": "agents"}.get(prefix)
        why = (
            f"use '{hint}.' (plural), not '{prefix}.'"
            if hint
            else "the prefix must be 'workflows.' or 'agents.' followed by a slug"
        )
        raise _invalid(argument, target, why)
    if _ID.fullmatch(name):
        return name, version or None
    raise _invalid(
        argument, target, "it is empty or contains characters an automation id or slug cannot have"
    )


def _parse_mapping(target: Mapping[str, Any], argument: str) -> tuple[str, str | None]:
    unknown = set(target) - {"type", "slug", "id", "version"}
    if unknown:
        raise _invalid(argument, dict(target), f"unknown keys {sorted(unknown)}")
    version = target.get("version")
    if version is not None and (not isinstance(version, str) or not _VERSION.fullmatch(version)):
        raise _invalid(argument, dict(target), "'version' must be a non-empty string without spaces")
    if "id" in target:
        if "slug" in target:
            raise _invalid(argument, dict(target), "give 'slug' or 'id', not both")
        if not isinstance(target["id"], str) or not _ID.fullmatch(target["id"]):
            raise _invalid(argument, dict(target), "'id' must be an automation id")
        return target["id"], version
    kind, slug = target.get("type"), target.get("slug")
    if kind not in ("workflow", "agent"):
        raise _invalid(argument, dict(target), "'type' must be 'workflow' or 'agent'")
    if not isinstance(slug, str) or not re.fullmatch(_SLUG, slug):
        raise _invalid(argument, dict(target), "'slug' must be a slug such as 'extract-invoice'")
    return f"{kind}s.{slug}", version


def automation_ref(target: Target, *, argument: str = "id") -> str:
    """An automation path parameter: an id or typed alias, without a version (these routes take none)."""
    ref, version = parse_target(target, argument=argument)
    if version is not None:
        raise EigenpalUsageError(
            f"{argument}={target!r}: this operation works on the automation, not one version; drop '@{version}'."
        )
    return ref

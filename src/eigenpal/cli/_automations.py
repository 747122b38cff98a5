"""Automations by name: ``--automation`` names one that exists (a typo is refused with close matches,
never listed as an empty result), and the name a person reads for a type and a slug."""

from __future__ import annotations

import difflib
from typing import Any

from eigenpal import EigenpalClient, EigenpalNotFoundError
from eigenpal.spec import ROOTS, automation_ref

from ._messages import usage_error

SHOWN_NAMES = 8


def alias(kind: Any, slug: Any) -> str | None:
    """``workflows.finance.extract-invoice`` from the type and the slug (folders joined by ``/``)."""
    if not kind or not slug:
        return None
    return f"{kind}s.{str(slug).replace('/', '.')}"


def known_automation(client: EigenpalClient, name: str) -> str:
    """``name`` if the automation exists (``GET /automations/{id}``); else a usage error with suggestions."""
    ref = automation_ref(name, argument="--automation")
    try:
        client.automations.get(ref)
    except EigenpalNotFoundError:
        raise usage_error(f"no automation is named {name!r}. {suggest(name, _names(client))}") from None
    return ref


def _names(client: EigenpalClient) -> list[str]:
    found = (alias(item.type_, item.slug) for item in client.automations.list(limit=100).iter_all())
    return sorted(name for name in found if name)


def suggest(name: str, names: list[str]) -> str:
    """The prefixed name when only ``workflows.``/``agents.`` is missing, else close matches, else a list."""
    prefixed = [f"{root}.{name}" for root in ROOTS.values() if f"{root}.{name}" in names]
    if prefixed:
        return f"Did you mean {' or '.join(prefixed)}? Names start with workflows. or agents."
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    if close:
        return f"Did you mean {' or '.join(close)}?"
    shown = ", ".join(names[:SHOWN_NAMES]) + (", …" if len(names) > SHOWN_NAMES else "")
    return f"Known automations: {shown}." if names else "This key sees no automations."

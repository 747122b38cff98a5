"""What a request may say: the facts the SDK checks before sending, for code that checks them too.

    from eigenpal.spec import QUERY_RULES, parse_target

    QUERY_RULES["runs.list"]["limit"]                     # {'maximum': 100, 'minimum': 1, 'type': 'integer'}
    parse_target("workflows.finance.extract-invoice@v2")  # ('workflows.finance.extract-invoice', 'v2')

- Request rules, from openapi.yaml: ``QUERY_RULES[operation][parameter]`` for each operation's query
  parameters (the operation by its ``operationId``, the parameter by its wire name) and
  ``BODY_RULES[schema][field]`` for each JSON body's fields. A rule holds what the spec says of the value:
  ``type``, ``values`` (the allowed ones), ``minimum``/``maximum``, ``minLength``/``maxLength``,
  ``nullable``, ``csv`` (a comma-separated list).
- Limits of waiting: ``MAX_WAIT_SECONDS``, the longest the server holds a start request
  (``wait_for_completion``); ``MAX_RUN_WAIT_SECONDS``, the longest ``timeout_seconds`` that
  ``run_and_wait`` and ``runs.wait`` accept.
- Run states: ``TERMINAL_STATUSES`` end a run (``rejected`` is a human review's refusal); a run in
  ``WAITING_STATUS`` is held for a person, and ``waiting_task_id(run)`` names the human review task to
  decide (``None`` for a run that is not waiting).
- Target forms (see README, "Targets and versions"): ``parse_target`` gives the wire target and version of
  any accepted form, ``run_target`` one that ``POST /runs`` takes (always rooted), ``automation_ref`` an
  automation path parameter (no version); each raises ``EigenpalUsageError`` naming the mistake and
  ``ACCEPTED_FORMS``. ``ROOTS`` maps a dict target's ``type`` to its root (``workflow`` to ``workflows``),
  ``LATEST`` is the version that means no version. ``Target`` and ``TargetDict`` annotate a target.

The mappings are the SDK's own, typed read-only: reading them is free, changing them would change what
every client checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _targets
from ._constants import MAX_WAIT_SECONDS
from ._generated import rules as _rules
from ._sync._wait import MAX_RUN_WAIT_SECONDS, TERMINAL_STATUSES, WAITING_STATUS, waiting_task_id
from ._targets import ACCEPTED_FORMS, LATEST, Target, TargetDict, automation_ref, parse_target, run_target

QUERY_RULES: Mapping[str, Mapping[str, Mapping[str, Any]]] = _rules.QUERY_RULES
"""Each operation's query parameters, by wire name: ``QUERY_RULES["runs.get"]["expand"]["values"]``."""
BODY_RULES: Mapping[str, Mapping[str, Mapping[str, Any]]] = _rules.BODY_RULES
"""Each JSON body's fields, by schema and wire name: ``BODY_RULES["PromoteRunRequest"]["name"]``."""
ROOTS: Mapping[str, str] = _targets.ROOTS
"""A target's type and its root: ``{"workflow": "workflows", "agent": "agents"}``."""

__all__ = [
    "ACCEPTED_FORMS",
    "BODY_RULES",
    "LATEST",
    "MAX_RUN_WAIT_SECONDS",
    "MAX_WAIT_SECONDS",
    "QUERY_RULES",
    "ROOTS",
    "TERMINAL_STATUSES",
    "WAITING_STATUS",
    "Target",
    "TargetDict",
    "automation_ref",
    "parse_target",
    "run_target",
    "waiting_task_id",
]

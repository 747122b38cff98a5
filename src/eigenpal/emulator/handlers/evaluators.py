"""``automations.evaluators``: the evaluators that score an automation's experiment runs.

A workflow's are YAML kept by the service, read and replaced here. An agent's live in its repository: the
emulator reads them from the same YAML, shows them as the agent's evaluation (each evaluator an
``exact-diff``, passed by weight against ``passThreshold``) at the release ``sourceRef`` names (the
current one by default), and refuses to replace them over the API (400).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response
from .._render import commit_sha
from .._state import Automation

AGENT_EVALUATION_PATH = "evaluation.yaml"


def _evaluators(ctx: Ctx, automation: Automation, ref: str | None = None) -> Response:
    config = ctx.world.parse_evaluators(automation.evaluator_yaml)
    if automation.type == "workflow":
        return json_response(
            {
                "automationId": automation.id,
                "automationType": "workflow",
                "yaml": automation.evaluator_yaml,
                "config": config,
            }
        )
    version = ref or automation.current_version
    evaluators = {e["name"]: {"kind": "exact-diff"} for e in config["evaluators"]}
    weights = {e["name"]: float(e.get("weight", 1)) for e in config["evaluators"]}
    evaluation: dict[str, Any] = {
        "evaluators": evaluators,
        "pass": {"kind": "weighted", "weights": weights, "threshold": config["passThreshold"]},
    }
    return json_response(
        {
            "automationId": automation.id,
            "automationType": "agent",
            "source": {
                "path": AGENT_EVALUATION_PATH,
                "ref": version,
                "commit": commit_sha(automation.id, version),
            },
            "evaluation": evaluation,
        }
    )


async def evaluators_get(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    ref = ctx.query.get("sourceRef")
    if ref is not None and ref not in automation.versions:
        raise not_found("Version", str(ref), "sourceRef")
    return _evaluators(ctx, automation, ref)


async def evaluators_update(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    if automation.type == "agent":
        raise fail(
            400,
            "id",
            f"{automation.alias} is an agent: its evaluators live in its repository ({AGENT_EVALUATION_PATH})",
        )
    text = (ctx.body or {})["yaml"]
    ctx.world.parse_evaluators(text)
    automation.evaluator_yaml = text
    return _evaluators(ctx, automation)


HANDLERS: dict[str, Handler] = {
    "automations.evaluators.get": evaluators_get,
    "automations.evaluators.update": evaluators_update,
}

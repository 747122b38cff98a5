"""``automations.evaluators``: the evaluator YAML that scores an automation's experiment runs."""

from __future__ import annotations

from starlette.responses import Response

from .._http import Ctx, Handler, json_response
from .._state import Automation


def _evaluators(ctx: Ctx, automation: Automation) -> Response:
    config = ctx.world.parse_evaluators(automation.evaluator_yaml)
    return json_response(
        {
            "automationId": automation.id,
            "automationType": automation.type,
            "yaml": automation.evaluator_yaml,
            "config": config,
        }
    )


async def evaluators_get(ctx: Ctx) -> Response:
    return _evaluators(ctx, ctx.world.automation(ctx.path["id"]))


async def evaluators_update(ctx: Ctx) -> Response:
    automation = ctx.world.automation(ctx.path["id"])
    text = (ctx.body or {})["yaml"]
    ctx.world.parse_evaluators(text)
    automation.evaluator_yaml = text
    return _evaluators(ctx, automation)


HANDLERS: dict[str, Handler] = {
    "automations.evaluators.get": evaluators_get,
    "automations.evaluators.update": evaluators_update,
}

"""``automations.examples``: the rows of an automation's dataset, and running one."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._errors import fail, not_found
from .._http import Ctx, Handler, json_response, offset_page
from .._state import Automation, DatasetExample, new_id, now_iso
from .._world import example_input_files

EXAMPLE_FIELDS = {
    "name": "name",
    "input": "input",
    "expected": "expected",
    "metadata": "metadata",
    "annotation": "annotation",
    "rowOrder": "row_order",
    "overrides": "overrides",
}


def example_of(ctx: Ctx) -> tuple[Automation, DatasetExample]:
    """The automation and the example the request's path names; 404 when either is unknown."""
    automation = ctx.world.automation(ctx.path["id"])
    example = automation.examples.get(ctx.path["exampleId"])
    if example is None:
        raise not_found("Dataset example", ctx.path["exampleId"], "exampleId")
    return automation, example


def in_row_order(automation: Automation) -> list[DatasetExample]:
    """The dataset's examples by ``rowOrder``, those without one last."""
    examples = list(automation.examples.values())
    return sorted(examples, key=lambda e: (e.row_order is None, e.row_order or 0))


async def examples_list(ctx: Ctx) -> Response:
    examples = in_row_order(ctx.world.automation(ctx.path["id"]))
    return json_response(offset_page([e.to_json() for e in examples], ctx))


async def examples_create(ctx: Ctx) -> Response:
    automation, body = ctx.world.automation(ctx.path["id"]), ctx.body or {}
    example = DatasetExample(
        id=new_id("ex"),
        name=body.get("name") or f"example-{len(automation.examples) + 1}",
        automation=automation,
        input=body.get("input"),
        expected=body.get("expected"),
    )
    apply_fields(example, {k: v for k, v in body.items() if k not in ("name", "input", "expected")})
    automation.examples[example.id] = example
    return json_response(example.to_json(), 201)


def apply_fields(example: DatasetExample, body: dict[str, Any]) -> None:
    """Set the fields ``body`` names by their wire names (``EXAMPLE_FIELDS``); a null name is ignored."""
    for wire, attribute in EXAMPLE_FIELDS.items():
        if wire in body and not (wire == "name" and body[wire] is None):
            setattr(example, attribute, body[wire])


async def examples_get(ctx: Ctx) -> Response:
    return json_response(example_of(ctx)[1].to_json())


async def examples_update(ctx: Ctx) -> Response:
    _, example = example_of(ctx)
    apply_fields(example, ctx.body or {})
    example.updated_at = now_iso()
    return json_response(example.to_json())


async def examples_delete(ctx: Ctx) -> Response:
    automation, example = example_of(ctx)
    del automation.examples[example.id]
    return json_response(example.to_json())


async def examples_run(ctx: Ctx) -> Response:
    automation, example = example_of(ctx)
    if not automation.triggers["manual"]:
        raise fail(
            403,
            "exampleId",
            f"The manual trigger of {automation.alias} is disabled",
            "manual_trigger_disabled",
        )
    run = ctx.world.start_run(
        automation,
        version=None,
        trigger="manual",
        input=dict(example.input or {}),
        input_files=example_input_files(example),
        overrides=example.overrides,
        example=example,
    )
    return json_response({"id": run.id, "type": automation.type, "batchId": None, "finished": False}, 201)


HANDLERS: dict[str, Handler] = {
    "automations.examples.list": examples_list,
    "automations.examples.create": examples_create,
    "automations.examples.get": examples_get,
    "automations.examples.update": examples_update,
    "automations.examples.delete": examples_delete,
    "automations.examples.run": examples_run,
}

"""``models``: the models a tenant can use, and whether document parsing can read images.

The emulator runs no model: it lists ``Config.models`` (``Emulator(models=[EmulatedModel(...)])``; by default a
language model with text and vision and an OCR model, all configured). Parser readiness follows them: its OCR
and vision providers are the first configured model with each capability, image reading is ``configured``
when there is either, and each missing one adds a warning. So ``Emulator(models=[])`` (or only unconfigured
models) emulates a tenant whose parser cannot read images.
"""

from __future__ import annotations

from starlette.responses import Response

from .._http import Ctx, Handler, json_response
from .._records import EmulatedModel

WARNINGS = {
    "ocr": "No OCR model is configured: scanned pages are read by the vision model only",
    "vision": "No vision model is configured: pages without a text layer are read by OCR only",
}


def _defaults(models: tuple[EmulatedModel, ...]) -> dict[str, str]:
    """The tenant's default model id for each capability: the first configured model that has it."""
    defaults: dict[str, str] = {}
    for model in models:
        for capability in model.capabilities if model.configured else ():
            defaults.setdefault(capability, model.id)
    return defaults


async def models_list(ctx: Ctx) -> Response:
    models, wanted = ctx.world.config.models, ctx.query.get("capability")
    defaults = _defaults(models)
    found = [
        m.to_json([c for c in m.capabilities if defaults.get(c) == m.id])
        for m in models
        if wanted is None or wanted in m.capabilities
    ]
    return json_response({"data": found, "total": len(found)})


async def parser_readiness(ctx: Ctx) -> Response:
    defaults = _defaults(ctx.world.config.models)
    providers = {"ocr": defaults.get("ocr"), "vision": defaults.get("vision")}
    if not any(providers.values()):
        warnings = ["No OCR or vision model is configured: pages without a text layer cannot be read"]
    else:
        warnings = [WARNINGS[kind] for kind, model in providers.items() if model is None]
    return json_response(
        {
            "stepType": "ai.parse-v2",
            "imageReading": "configured" if any(providers.values()) else "unconfigured",
            "providers": providers,
            "nativeExtraction": "requires-worker-probe",
            "liveProbe": False,
            "warnings": warnings,
        }
    )


HANDLERS: dict[str, Handler] = {
    "models.list": models_list,
    "models.parserReadiness": parser_readiness,
}

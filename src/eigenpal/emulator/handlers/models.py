"""``models``: the models a tenant can use, and whether document parsing can read images. Static: the
emulator runs no model, so it lists one of each kind, all configured."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._http import Ctx, Handler, json_response


def _model(model_id: str, kind: str, label: str, capabilities: list[str], rank: int) -> dict[str, Any]:
    return {
        "id": model_id,
        "kind": kind,
        "provider": "emulator",
        "label": label,
        "capabilities": capabilities,
        "configured": True,
        "available": True,
        "health": "configured",
        "defaultFor": capabilities,
        "location": "local",
        "aliases": [],
        "tags": ["emulated"],
        "cost": {"unit": "credits", "creditsPerPage": 0.0},
        "capabilityRank": rank,
    }


MODELS = [
    _model("emulator/text-vision", "llm", "Emulated language model", ["text", "vision"], 1),
    _model("emulator/ocr", "ocr", "Emulated OCR", ["ocr"], 1),
]


async def models_list(ctx: Ctx) -> Response:
    wanted = ctx.query.get("capability")
    found = [m for m in MODELS if wanted is None or wanted in m["capabilities"]]
    return json_response({"data": found, "total": len(found)})


async def parser_readiness(ctx: Ctx) -> Response:
    return json_response(
        {
            "stepType": "ai.parse-v2",
            "imageReading": "configured",
            "providers": {"ocr": "emulator/ocr", "vision": "emulator/text-vision"},
            "nativeExtraction": "requires-worker-probe",
            "liveProbe": False,
            "warnings": [],
        }
    )


HANDLERS: dict[str, Handler] = {
    "models.list": models_list,
    "models.parserReadiness": parser_readiness,
}
